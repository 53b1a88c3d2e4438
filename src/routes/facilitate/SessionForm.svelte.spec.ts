import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { SESSION_LIMITS } from '$lib/share/session-settings';
import { describe, expect, it, vi } from 'vitest';
import { STANDARD_SOURCES } from '$lib/questionnaire/standard-sources';
import { CUSTOM_SOURCE_SUGGESTIONS } from '$lib/share/custom-suggestions';
import { localDate } from '$lib/local-date';
import { SessionEditor } from '$lib/state/session-editor.svelte';
import SessionForm from './SessionForm.svelte';

/** Renders the form on a fresh editor; by default pressing the button really tries to save. */
function setup() {
	const editor = new SessionEditor();
	editor.startNew();
	const onSubmit = vi.fn(() => editor.save('https://example.org'));
	render(SessionForm, { editor, onSubmit });
	return { editor, onSubmit, user: userEvent.setup() };
}

const sourcesGroup = () => screen.getByRole('group', { name: /which sources of power/i });
const ownGroup = () => screen.getByRole('group', { name: /sources of your own/i });
const rows = () => within(ownGroup()).queryAllByRole('group', { name: /^Your source \d$/ });
const addButton = () => screen.getByRole('button', { name: 'Add a source of your own' });
/** The summary of problems: the box its heading heads. */
const findSummary = async () => (await screen.findByRole('heading', { name: 'There is a problem' })).parentElement!;

describe('SessionForm', () => {
	it('labels every field, with hints read out with them', () => {
		setup();
		const title = screen.getByLabelText('Session title');
		expect(title).toBeRequired();
		expect(title).toHaveAccessibleDescription(/top of their reflection.*You have 80 characters left/);
		expect(screen.getByLabelText(/welcome or purpose note/i).tagName).toBe('TEXTAREA');
		expect(screen.getByLabelText(/date of the session/i)).toHaveAttribute('type', 'date');
		const threshold = screen.getByLabelText(/how many people need to share/i);
		expect(threshold).toHaveAttribute('type', 'number');
		expect(threshold).toHaveAttribute('min', '2');
		expect(threshold).toHaveValue(3);
		expect(threshold).toHaveAccessibleDescription(/shows nothing about any one person until at least this many/);
	});

	it.each([
		['on the screen below the link panel', true, 'details-heading'],
		['for screen readers only when nothing is above it but the session’s heading', false, 'visually-hidden']
	])('has a heading, under the session’s own, that names the form: %s', (_, headingShown, shownAs) => {
		const editor = new SessionEditor();
		editor.startNew();
		render(SessionForm, { editor, onSubmit: vi.fn(), headingShown });
		const heading = screen.getByRole('heading', { level: 3, name: 'Session details' });
		expect(heading).toHaveClass(shownAs);
		expect(screen.getByRole('form', { name: 'Session details' })).toBeInTheDocument();
	});

	it('heads its summary of problems one level under the form’s heading', async () => {
		const { user } = setup();
		await user.click(screen.getByRole('button', { name: 'Create link' }));
		expect(await screen.findByRole('heading', { name: 'There is a problem' })).toHaveProperty('tagName', 'H4');
	});

	it('ticks all six standard sources at first, each described by its description', () => {
		setup();
		const boxes = within(sourcesGroup()).getAllByRole('checkbox');
		expect(boxes).toHaveLength(6);
		for (const [index, source] of STANDARD_SOURCES.entries()) {
			const box = within(sourcesGroup()).getByRole('checkbox', { name: source.name });
			expect(box).toBe(boxes[index]);
			expect(box).toBeChecked();
			expect(box).toHaveAccessibleDescription(source.description);
		}
	});

	it('unticking a source takes it out of the draft', async () => {
		const { editor, user } = setup();
		await user.click(screen.getByRole('checkbox', { name: 'Money' }));
		expect(editor.draft.sources).not.toContain('monetary');
		expect(editor.draft.sources).toHaveLength(5);
	});

	it('counts the welcome note’s characters down from 600', async () => {
		const { user } = setup();
		const welcome = screen.getByLabelText(/welcome or purpose note/i);
		expect(welcome).toHaveAccessibleDescription(/You have 600 characters left/);
		await user.type(welcome, 'Hello team');
		expect(screen.getByText('You have 590 characters left')).toBeInTheDocument();
	});

	it('adds up to four sources of your own, then disables the button and says why', async () => {
		const { user } = setup();
		expect(rows()).toHaveLength(0);
		for (let count = 1; count <= 4; count++) {
			await user.click(addButton());
			expect(rows()).toHaveLength(count);
			expect(within(rows()[count - 1]!).getByLabelText('Name')).toHaveFocus();
			expect(within(rows()[count - 1]!).getByLabelText('Name')).toHaveAccessibleDescription(/You have 40 characters left$/);
		}
		expect(addButton()).toBeDisabled();
		expect(screen.getByText(/the most a session can have/)).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: /^Add Lived experience$/ })).toBeNull();
	});

	it('removes the source asked for and keeps the others as typed', async () => {
		const { editor, user } = setup();
		for (const name of ['Faith', 'Sport', 'Music']) {
			await user.click(addButton());
			await user.type(screen.getByLabelText('Name', { selector: `#field-custom-${rows().length - 1}-name` }), name);
		}
		await user.click(screen.getByRole('button', { name: /Remove your source 2, Sport/ }));
		expect(editor.draft.custom.map((spec) => spec.name)).toEqual(['Faith', 'Music']);
		expect(rows().map((row) => (within(row).getByLabelText('Name') as HTMLInputElement).value)).toEqual(['Faith', 'Music']);
		expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
	});

	it.each(CUSTOM_SOURCE_SUGGESTIONS.map((spec) => [spec.name, spec.description]))(
		'the "%s" suggestion fills in a name and description, then is no longer offered',
		async (name, description) => {
			const { user } = setup();
			await user.click(screen.getByRole('button', { name: `Add ${name}` }));
			const [row] = rows();
			expect(within(row!).getByLabelText('Name')).toHaveValue(name);
			expect(within(row!).getByLabelText(/^description/i)).toHaveValue(description);
			expect(screen.queryByRole('button', { name: `Add ${name}` })).toBeNull();
			expect(screen.getByRole('status')).toHaveTextContent(`Added “${name}”.`);
		}
	);

	it('keeps a source’s description to one paragraph: Enter adds no line break, and pasted lines are joined', async () => {
		const { editor, onSubmit, user } = setup();
		await user.click(screen.getByRole('button', { name: 'Add a source of your own' }));
		const box = within(rows()[0]!).getByLabelText(/^description/i) as HTMLTextAreaElement;
		await user.type(box, 'What you know{Enter} from living it');
		expect(box).toHaveValue('What you know from living it');
		expect(onSubmit).not.toHaveBeenCalled();
		await user.clear(box);
		await user.paste('Who you know\n\nand who knows you');
		expect(box).toHaveValue('Who you know and who knows you');
		expect(editor.draft.custom[0]?.description).toBe('Who you know and who knows you');
		await user.type(box, '.');
		expect(box).toHaveValue('Who you know and who knows you.');
	});

	it('keeps text that is too long whole, counts what is over, and asks for it to be shortened', async () => {
		const { editor, onSubmit, user } = setup();
		Element.prototype.scrollIntoView = vi.fn();
		const title = screen.getByLabelText('Session title');
		const longTitle = 'T'.repeat(SESSION_LIMITS.titleLength + 3);
		expect(screen.queryByText(/Over the limit/)).toBeNull();
		await user.type(title, longTitle);
		expect(screen.getByText('The session title is over the limit of 80 characters.')).toBeInTheDocument();
		expect(title).toHaveValue(longTitle);
		expect(title).toHaveAccessibleDescription(/You have 3 characters too many/);
		await user.click(addButton());
		const row = rows()[0]!;
		const name = within(row).getByLabelText('Name');
		await user.click(name);
		await user.paste('Knowing how the local council system works');
		expect(name).toHaveValue('Knowing how the local council system works');
		expect(name).toHaveAccessibleDescription(/You have 2 characters too many/);
		const box = within(row).getByLabelText(/^description/i);
		const words = 'word '.repeat(SESSION_LIMITS.customDescriptionLength / 5);
		await user.click(box);
		await user.paste(`${words}\n\nand more.`);
		expect(editor.draft.custom[0]?.description).toBe(`${words}and more.`);
		expect(box).toHaveAccessibleDescription(/You have 9 characters too many/);

		await user.click(screen.getByRole('button', { name: 'Create link' }));
		expect(onSubmit).toHaveBeenCalledOnce();
		const summary = await findSummary();
		expect(within(summary).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
			'#field-title',
			'#field-custom-0-name',
			'#field-custom-0-description'
		]);
		expect(title).toHaveAccessibleDescription(/too long/);
		expect(editor.draft.title).toBe(longTitle);
	});

	it('asks for a second look at a date that has passed or is more than a year away, and still makes the link', async () => {
		const { editor, onSubmit, user } = setup();
		const date = screen.getByLabelText(/date of the session/i);
		const nextWeek = localDate(new Date(Date.now() + 7 * 24 * 60 * 60 * 1000));
		const cases: [string, RegExp | null][] = [
			['2000-01-01', /This date has passed/],
			['2999-01-01', /more than a year away/],
			[nextWeek, null],
			['', null]
		];
		for (const [typed, reminder] of cases) {
			await fireEvent.input(date, { target: { value: typed } });
			await fireEvent.blur(date);
			expect(editor.draft.date).toBe(typed);
			if (reminder) expect(date).toHaveAccessibleDescription(reminder);
			else expect(date).not.toHaveAccessibleDescription(/passed|year away/);
		}
		// While a year is being typed (0002, 0020, 0202, 2026), nothing flickers; it is judged on leaving the field.
		await fireEvent.focus(date);
		await fireEvent.input(date, { target: { value: '0202-12-01' } });
		expect(date).not.toHaveAccessibleDescription(/passed|year away/);
		await fireEvent.blur(date);
		expect(date).toHaveAccessibleDescription(/This date has passed/);
		await user.type(screen.getByLabelText('Session title'), 'Forum');
		await user.click(screen.getByRole('button', { name: 'Create link' }));
		expect(onSubmit).toHaveBeenCalledOnce();
		expect(await onSubmit.mock.results[0]?.value).toBe(true);
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('judges a date sent with Enter from its own field, where it was never left', async () => {
		const { onSubmit, user } = setup();
		await user.type(screen.getByLabelText('Session title'), 'Forum');
		const date = screen.getByLabelText(/date of the session/i);
		await user.click(date);
		await fireEvent.input(date, { target: { value: '2000-01-01' } });
		expect(date).not.toHaveAccessibleDescription(/This date has passed/);
		await user.keyboard('{Enter}');
		expect(onSubmit).toHaveBeenCalledOnce();
		expect(date).toHaveFocus();
		expect(date).toHaveAccessibleDescription(/This date has passed/);
		// Typed again without leaving the field: no reminder on the way to the next year.
		await fireEvent.input(date, { target: { value: '0002-01-01' } });
		expect(date).not.toHaveAccessibleDescription(/This date has passed/);
	});

	it('shows a summary of problems linked to each field, and marks the fields, when saving fails', async () => {
		const { onSubmit, user } = setup();
		Element.prototype.scrollIntoView = vi.fn();
		for (const name of ['Education', 'Organisation', 'Money', 'Class and background', 'Role']) {
			await user.click(screen.getByRole('checkbox', { name }));
		}
		await user.click(screen.getByRole('button', { name: 'Create link' }));
		const summary = await findSummary();
		expect(onSubmit).toHaveBeenCalledOnce();
		expect(summary).toHaveFocus();
		// Focus reads it out: a live region as well would have it read twice.
		expect(summary.closest('[role="alert"], [role="status"], [aria-live]')).toBeNull();
		const links = within(summary).getAllByRole('link');
		expect(links.map((link) => link.getAttribute('href'))).toEqual(['#field-title', '#field-sources']);
		expect(links[1]).toHaveTextContent(/chart needs at least 3/);
		const title = screen.getByLabelText('Session title');
		expect(title).toHaveAttribute('aria-invalid', 'true');
		expect(title).toHaveAccessibleDescription(/needs a title/);
		expect(sourcesGroup()).toHaveAccessibleDescription(/chart needs at least 3/);
		await user.click(links[0]!);
		expect(title).toHaveFocus();
	});

	it('says that saving changes makes a new link, and whether the old link’s codes still count', async () => {
		const { editor, user } = setup();
		editor.draft.title = 'Planning';
		await editor.save('https://example.org');
		expect(screen.queryByText(/keeps the old version/)).toBeNull();
		expect(screen.getByRole('button', { name: 'Save and update link' })).toBeInTheDocument();

		await user.type(screen.getByLabelText('Session title'), ' day');
		expect(await screen.findByText(/Anyone who already has the old link keeps the old version/)).toBeInTheDocument();
		expect(screen.getByText(/sources are the same, so share codes made from the old link and the new one all count/)).toBeInTheDocument();

		await user.click(within(sourcesGroup()).getAllByRole('checkbox')[0]!);
		expect(await screen.findByText(/You have changed the sources, so share codes made from the old link will not join/)).toBeInTheDocument();
		expect(screen.queryByText(/sources are the same/)).toBeNull();
	});

	it('says when another saved session has the same title and sources, so their codes would be counted together', async () => {
		const editor = new SessionEditor();
		editor.startNew();
		const { rerender } = render(SessionForm, { editor, onSubmit: vi.fn(), sharedWith: null });
		expect(screen.queryByText(/would count the share codes of both together/)).toBeNull();
		await rerender({ editor, onSubmit: vi.fn(), sharedWith: 'Planning day' });
		expect(screen.getByText(/Another saved session, “Planning day”, has this title and the same sources/)).toBeInTheDocument();
	});

	it('when new sources would leave codes behind, says how many and offers to save a new session instead', async () => {
		const editor = new SessionEditor();
		const record = { id: 'one', settings: { title: 'Forum', welcome: '', date: null, sources: ['class' as const, 'position' as const], custom: [], threshold: 3 }, createdAt: 1, updatedAt: 1 };
		await editor.open(record, 'https://example.org');
		editor.draft.sources = ['class'];
		const onSaveAsNew = vi.fn(async () => true);
		render(SessionForm, { editor, onSubmit: vi.fn(async () => true), onSaveAsNew, codesAtRisk: 2 });
		expect(screen.getByText(/^This session has 2 share codes, made for the sources it had\./)).toHaveClass('notice');
		await userEvent.setup().click(screen.getByRole('button', { name: 'Save as a new session' }));
		expect(onSaveAsNew).toHaveBeenCalledOnce();
	});

	it('offers no second button when no codes are at risk', () => {
		setup();
		expect(screen.queryByRole('button', { name: 'Save as a new session' })).toBeNull();
	});
});
