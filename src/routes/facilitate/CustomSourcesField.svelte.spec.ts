import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SessionEditor } from '$lib/state/session-editor.svelte';
import CustomSourcesField from './CustomSourcesField.svelte';

function setup() {
	const editor = new SessionEditor();
	editor.startNew();
	render(CustomSourcesField, { editor });
	return { editor, user: userEvent.setup() };
}

const rows = () => screen.queryAllByRole('group', { name: /^Your source \d$/ });
const names = () => rows().map((row) => (within(row).getByLabelText('Name') as HTMLInputElement).value);
const undoButton = () => screen.queryByRole('button', { name: 'Undo' });

/** Adds three sources, the middle one a suggestion whose description is then rewritten. */
async function threeSources(user: ReturnType<typeof userEvent.setup>) {
	for (const add of ['Add a source of your own', 'Add Lived experience', 'Add a source of your own']) {
		await user.click(screen.getByRole('button', { name: add }));
	}
	await user.type(screen.getByLabelText('Name', { selector: '#field-custom-0-name' }), 'Faith');
	await user.type(screen.getByLabelText('Name', { selector: '#field-custom-2-name' }), 'Music');
	const description = screen.getByLabelText(/^description/i, { selector: '#field-custom-1-description' });
	await user.clear(description);
	await user.type(description, 'What we have lived through ourselves');
}

describe('CustomSourcesField', () => {
	it('says what was removed, with Undo taking focus; Undo puts it back where it was, as typed, and focuses its name', async () => {
		const { user } = setup();
		await threeSources(user);
		await user.click(screen.getByRole('button', { name: /Remove your source 2, Lived experience/ }));
		expect(names()).toEqual(['Faith', 'Music']);
		expect(screen.getByRole('status')).toHaveTextContent('Removed “Lived experience”.');
		expect(undoButton()).toHaveFocus();

		await user.click(undoButton()!);
		expect(names()).toEqual(['Faith', 'Lived experience', 'Music']);
		expect(within(rows()[1]!).getByLabelText(/^description/i)).toHaveValue('What we have lived through ourselves');
		expect(within(rows()[1]!).getByLabelText('Name')).toHaveFocus();
		expect(screen.getByRole('status')).toHaveTextContent('Put back “Lived experience”.');
		expect(undoButton()).toBeNull();
	});

	it.each([
		['a source is added', 'Add a source of your own'],
		['a suggestion is added', 'Add Lived experience']
	])('takes Undo away once %s', async (_, add) => {
		const { user } = setup();
		await threeSources(user);
		await user.click(screen.getByRole('button', { name: /Remove your source 2/ }));
		await user.click(screen.getByRole('button', { name: add }));
		expect(undoButton()).toBeNull();
		expect(screen.getByRole('status')).not.toHaveTextContent('Removed');
	});

	it('puts back only the source removed last', async () => {
		const { user } = setup();
		await threeSources(user);
		await user.click(screen.getByRole('button', { name: /Remove your source 1, Faith/ }));
		await user.click(screen.getByRole('button', { name: /Remove your source 2, Music/ }));
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Removed “Music”.'));
		await user.click(undoButton()!);
		expect(names()).toEqual(['Lived experience', 'Music']);
		expect(undoButton()).toBeNull();
	});

	it('says a source with no name was removed, and put back', async () => {
		const { user } = setup();
		await user.click(screen.getByRole('button', { name: 'Add a source of your own' }));
		await user.click(screen.getByRole('button', { name: /Remove your source 1/ }));
		expect(screen.getByRole('status')).toHaveTextContent('Removed a source.');
		await user.click(undoButton()!);
		expect(rows()).toHaveLength(1);
		expect(screen.getByRole('status')).toHaveTextContent('Source put back.');
	});

	it.each([
		['two sources with no name', ['', '']],
		['two sources with the same name', ['Faith', 'Faith']]
	])('blanks the note before saying the second of %s was removed, so it is heard again', async (_, typed) => {
		const { user } = setup();
		for (const [index, name] of typed.entries()) {
			await user.click(screen.getByRole('button', { name: 'Add a source of your own' }));
			if (name) await user.type(screen.getByLabelText('Name', { selector: `#field-custom-${index}-name` }), name);
		}
		const note = typed[0] ? `Removed “${typed[0]}”.` : 'Removed a source.';
		await user.click(screen.getByRole('button', { name: /Remove your source 1/ }));
		expect(screen.getByRole('status')).toHaveTextContent(note);

		const heard: string[] = [];
		const status = screen.getByRole('status');
		const observer = new MutationObserver(() => heard.push(status.textContent?.trim() ?? ''));
		observer.observe(status, { childList: true, characterData: true, subtree: true });
		await user.click(screen.getByRole('button', { name: /Remove your source 1/ }));
		expect(rows()).toHaveLength(0);
		await waitFor(() => expect(heard.at(-1)).toBe(note));
		observer.disconnect();
		expect(heard).toEqual(['', note]);
		expect(undoButton()).toHaveFocus();
	});
});
