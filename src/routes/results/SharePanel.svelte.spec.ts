import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { STANDARD_SOURCES } from '$lib/questionnaire/standard-sources';
import { decodeShareCode, encodeShareCode } from '$lib/share/share-code';
import { fingerprintNumber } from '$lib/share/session-fingerprint';
import SharePanel from './SharePanel.svelte';

const scores = [
	{ perceived: 73, actual: 12 },
	{ perceived: null, actual: 50 },
	{ perceived: 0, actual: 100 },
	{ perceived: 48, actual: null },
	{ perceived: 100, actual: 0 },
	{ perceived: 22, actual: 88 }
];

function setup(lastShown?: string, onshow = vi.fn()) {
	const rendered = render(SharePanel, { sources: STANDARD_SOURCES, scores, session: null, lastShown, onshow });
	return { user: userEvent.setup(), onshow, unmount: rendered.unmount, rerender: rendered.rerender };
}

const CODE = /^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/;

/** Shows the code and reads it off the page. */
async function showCode(user: ReturnType<typeof userEvent.setup>): Promise<string> {
	await user.click(screen.getByRole('button', { name: 'Show my share code' }));
	// Loaded on pressing: most people never share.
	return (await screen.findAllByText(CODE))[0]!.textContent!;
}

describe('SharePanel', () => {
	// First, while the QR code's module has not been loaded yet: a later import would come from the module cache.
	it('says what to do instead when the QR code cannot be loaded, as offline with nothing cached', async () => {
		vi.doMock('$lib/components/QrCode.svelte', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
		try {
			const { user } = setup();
			await user.click(screen.getByRole('button', { name: 'Show my share code' }));
			expect(await screen.findByText('The QR code could not be loaded. Copy the code, or read it out, instead.')).toBeVisible();
			expect(screen.getByRole('button', { name: 'Copy code' })).toBeInTheDocument();
		} finally {
			vi.doUnmock('$lib/components/QrCode.svelte');
		}
	});

	it('says what to do when the code itself cannot be loaded, as offline with nothing cached, and does not remember it as shown', async () => {
		vi.doMock('./SharedCode.svelte', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
		try {
			const { user, onshow } = setup();
			await user.click(screen.getByRole('button', { name: 'Show my share code' }));
			const alert = await screen.findByRole('alert');
			expect(alert).toHaveTextContent('Your code could not be loaded. Check your connection, then reload the page to try again.');
			expect(alert).toHaveFocus();
			// Remembered as shown, it would take away the notice that an old code shared before has changed.
			expect(onshow).not.toHaveBeenCalled();
		} finally {
			vi.doUnmock('./SharedCode.svelte');
		}
	});

	it('shows no code until the person chooses to', () => {
		setup();
		expect(screen.queryByText(/^[0-9A-Z]{4}-/)).toBeNull();
		expect(screen.getByRole('button', { name: 'Show my share code' })).toBeInTheDocument();
		// Before choosing: the group screen can show each person's shape, and a small group may guess whose it is.
		expect(screen.getByText(/shown as one shape among the others,\s+marked with a letter, not your name: in a small group, people may guess/)).toBeVisible();
	});

	it('lists exactly what the code carries, rounded to 5, with blanks as “No answer”, as the scores table says', () => {
		setup();
		const table = screen.getByRole('table', { name: 'Scores carried by your share code' });
		const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
		expect(rows).toEqual([
			['75', '10'],
			['No answer', '50'],
			['0', '100'],
			['50', 'No answer'],
			['100', '0'],
			['20', '90']
		]);
		expect(screen.getByText(/not your label, not what you wrote, no name and no date/)).toBeInTheDocument();
	});

	it('gives a code that decodes to those same numbers, for the standard reflection, and can hide it again', async () => {
		const { user } = setup();
		await user.click(screen.getByRole('button', { name: 'Show my share code' }));
		const shown = await screen.findByText(CODE);
		const code = shown.textContent!;
		// What a screen reader reads on arriving: the label, the code, then the code one character at a
		// time ("8 4 3 J", not "eight hundred and forty-three J").
		expect(shown.parentElement).toHaveFocus();
		expect(shown.parentElement).toHaveTextContent(new RegExp(`^Your share code\\s*${code}\\s*Spelled out: `));
		const spelled = shown.nextElementSibling!.textContent!.replace(/^Spelled out: |\.$/g, '');
		expect(spelled.replace(/[ ,]/g, '')).toBe(code.replace(/-/g, ''));
		expect(spelled).not.toMatch(/[0-9A-Z]{2}/);
		const decoded = decodeShareCode(code);
		expect(decoded.ok && decoded.payload.fingerprint).toBe(fingerprintNumber(null));
		expect(decoded.ok && decoded.payload.scores.map((s) => [s.perceived, s.actual])).toEqual([
			[75, 10],
			[null, 50],
			[0, 100],
			[50, null],
			[100, 0],
			[20, 90]
		]);
		expect(await screen.findByRole('img', { name: 'QR code of your share link' })).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Hide my code' }));
		expect(screen.queryByText(code)).toBeNull();
		expect(screen.getByRole('button', { name: 'Show my share code' })).toHaveFocus();
	});

	describe('after the answers change', () => {
		// A code these same sources could give, from other answers: what was shown on an earlier visit.
		const OLD = encodeShareCode(fingerprintNumber(null), scores.map(({ perceived }) => ({ perceived, actual: perceived })));

		it('says nothing the first time a code is shown, and remembers it', async () => {
			const { user, onshow } = setup();
			const code = await showCode(user);
			expect(onshow).toHaveBeenCalledWith(code);
			expect(screen.queryByText(/has changed/)).toBeNull();
			expect(screen.queryByRole('button', { name: 'Copy old code' })).toBeNull();
		});

		it('says nothing when the code is the one shown last time', async () => {
			const first = setup();
			const code = await showCode(first.user);
			first.unmount();
			const { user } = setup(code);
			await showCode(user);
			expect(screen.queryByText(/has changed/)).toBeNull();
			expect(screen.getAllByText(CODE)).toHaveLength(1);
		});

		it('shows the old code once the new one is shown: readable, spelled out and copyable, and remembers the new one', async () => {
			const { user, onshow } = setup(OLD);
			expect(screen.queryByText(OLD)).toBeNull();
			const code = await showCode(user);
			expect(code).not.toBe(OLD);
			expect(
				screen.getByText(
					'Your code has changed since you last showed it. If you shared the old one, ask the person running your session to remove it, so you are only counted once.'
				)
			).toBeVisible();
			// Said with the new code, which takes focus, before the buttons to copy and share it.
			expect(document.activeElement).toHaveTextContent('This is a new code. Your old one is below.');
			const old = screen.getByText(OLD);
			expect(screen.getByText('Your old code').nextElementSibling).toContainElement(old);
			const spelled = old.nextElementSibling!.textContent!.replace(/^Spelled out: |\.$/g, '');
			expect(spelled.replace(/[ ,]/g, '')).toBe(OLD.replace(/-/g, ''));
			await user.click(screen.getByRole('button', { name: 'Copy old code' }));
			expect(await navigator.clipboard.readText()).toBe(OLD);
			expect(onshow).toHaveBeenCalledWith(code);
		});

		it('keeps the old code in view for this visit, though the new one is now remembered', async () => {
			const { user, rerender } = setup(OLD);
			// As the results page does once the new code is remembered.
			await rerender({ lastShown: await showCode(user) });
			await user.click(screen.getByRole('button', { name: 'Hide my code' }));
			await showCode(user);
			expect(screen.getByText(OLD)).toBeVisible();
		});
	});
});
