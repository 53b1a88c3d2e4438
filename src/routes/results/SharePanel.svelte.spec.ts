import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { STANDARD_SOURCES } from '$lib/questionnaire/standard-sources';
import { decodeShareCode } from '$lib/share/share-code';
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

function setup() {
	render(SharePanel, { sources: STANDARD_SOURCES, scores, session: null });
	return userEvent.setup();
}

describe('SharePanel', () => {
	// First, while the QR code's module has not been loaded yet: a later import would come from the module cache.
	it('says what to do instead when the QR code cannot be loaded, as offline with nothing cached', async () => {
		vi.doMock('$lib/components/QrCode.svelte', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
		const user = setup();
		await user.click(screen.getByRole('button', { name: 'Show my share code' }));
		expect(await screen.findByText('The QR code could not be loaded. Copy the code, or read it out, instead.')).toBeVisible();
		expect(screen.getByRole('button', { name: 'Copy code' })).toBeInTheDocument();
		vi.doUnmock('$lib/components/QrCode.svelte');
	});

	it('shows no code until the person chooses to', () => {
		setup();
		expect(screen.queryByText(/^[0-9A-Z]{4}-/)).toBeNull();
		expect(screen.getByRole('button', { name: 'Show my share code' })).toBeInTheDocument();
	});

	it('lists exactly what the code carries, rounded to 5, with blanks as blanks', () => {
		setup();
		const table = screen.getByRole('table', { name: 'Scores carried by your share code' });
		const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
		expect(rows).toEqual([
			['75', '10'],
			['blank', '50'],
			['0', '100'],
			['50', 'blank'],
			['100', '0'],
			['20', '90']
		]);
		expect(screen.getByText(/not your label, not what you wrote, no name and no date/)).toBeInTheDocument();
	});

	it('gives a code that decodes to those same numbers, for the standard reflection, and can hide it again', async () => {
		const user = setup();
		await user.click(screen.getByRole('button', { name: 'Show my share code' }));
		const shown = screen.getByText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
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
});
