import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { six, standardCode } from '$lib/group/share-codes.test-helper';
import { GroupState } from '$lib/state/group.svelte';
import { closeDatabase } from '$lib/storage/db';
import { addCodes } from '$lib/storage/group-codes';
import { DB_NAME } from '$lib/storage/schema';
import { STANDARD_FINGERPRINT } from '$lib/share/session-fingerprint';
import { FORUM } from '$lib/state/group.test-helper';
import { saveSession } from '$lib/storage/sessions';
import { ViewChoice } from '$lib/state/view-choice.svelte';
import GroupScreen from './GroupScreen.svelte';

beforeEach(async () => {
	await closeDatabase();
	await deleteDB(DB_NAME);
});
afterEach(() => closeDatabase());

const codes = [six(10, 90), six(30, 70), six(50, 50), six(70, 30)].map(standardCode);

async function screenWith(count: number) {
	await addCodes(STANDARD_FINGERPRINT, codes.slice(0, count));
	const group = new GroupState();
	await group.open(null);
	const view = render(GroupScreen, { group, choice: new ViewChoice() });
	return { group, ...view };
}

describe('GroupScreen threshold', () => {
	it('below the threshold shows how many are needed and why, and no chart, middle value or score', async () => {
		const { container } = await screenWith(2);
		// Named for what it is, not for what its codes were made without.
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Group screen$/);
		expect(screen.getByText('2 codes collected')).toBeInTheDocument();
		expect(screen.getByText('2 of 3 needed')).toHaveAttribute('aria-hidden', 'true');
		expect(screen.getByRole('progressbar', { name: '2 of 3 needed' })).toHaveAttribute('value', '2');
		expect(screen.getByText(/To protect everyone’s privacy, the group picture appears once at least 3 people/)).toBeInTheDocument();
		expect(screen.queryByRole('tablist')).toBeNull();
		expect(screen.queryByRole('img')).toBeNull();
		expect(screen.queryByRole('table')).toBeNull();
		expect(container.querySelector('svg[data-export]')).toBeNull();
		// the scores in the two codes are 10/90 and 30/70: none of them may show
		expect(container.textContent).not.toMatch(/\b(10|20|30|70|80|90)\b/);
	});

	it('once the picture shows, warns where codes are pasted that a code added alone on a shared screen could be linked to its sender', async () => {
		await screenWith(2);
		const warning = /A line that appears just after someone shares could be linked to them/;
		expect(screen.queryByText(warning)).toBeNull();
		const user = userEvent.setup();
		await user.click(screen.getByLabelText('Paste codes'));
		await user.paste(codes[2]!);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		// The form folds once the picture shows: opened again, the warning is above the box, and describes it.
		await user.click(await screen.findByRole('button', { name: 'Add more codes' }));
		expect(screen.getByText(warning)).toBeInTheDocument();
		expect(screen.getByLabelText('Paste codes')).toHaveAccessibleDescription(warning);
	});

	it('to someone arriving with the picture showing, offers adding codes above it behind one button, which opens the box with the cursor in it', async () => {
		await screenWith(3);
		const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
		expect(headings.indexOf('Add codes')).toBeLessThan(headings.indexOf('The group picture'));
		expect(screen.queryByLabelText('Paste codes')).toBeNull();
		await userEvent.setup().click(screen.getByRole('button', { name: 'Add more codes' }));
		expect(screen.getByLabelText('Paste codes')).toHaveFocus();
		// Focus lands past the warning, so the box itself says it.
		expect(screen.getByLabelText('Paste codes')).toHaveAccessibleDescription(/A line that appears just after someone shares could be linked to them/);
		expect(screen.queryByRole('button', { name: 'Add more codes' })).toBeNull();
	});

	it('opens the box once the codes fall below the threshold; the press that brings the picture back folds it again, above the picture, focus on its button', async () => {
		const { group } = await screenWith(3);
		await group.remove(group.codes[0]!);
		const user = userEvent.setup();
		await user.click(await screen.findByLabelText('Paste codes'));
		await user.paste(codes[3]!);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		await screen.findByText('The group picture is now showing.', { exact: false });
		const more = screen.getByRole('button', { name: 'Add more codes' });
		expect(more).toHaveFocus();
		expect(screen.queryByLabelText('Paste codes')).toBeNull();
		const picture = screen.getByRole('heading', { name: 'The group picture', level: 2 });
		expect(more.compareDocumentPosition(picture) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
	});

	it('keeps what is typed in the box while the picture comes and goes by other means (a code removed, then put back)', async () => {
		const { group } = await screenWith(3);
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: 'Add more codes' }));
		await user.type(screen.getByLabelText('Paste codes'), 'Sam: 5K7Q');
		await group.remove(group.codes[0]!);
		await waitFor(() => expect(screen.queryByRole('tablist')).toBeNull());
		await group.undo();
		await screen.findByRole('tablist');
		expect(screen.getByLabelText('Paste codes')).toHaveValue('Sam: 5K7Q');
	});

	it.each([
		[0, false],
		[2, true]
	])('with %i codes, asks who is missing: %s', async (count, asked) => {
		await screenWith(count);
		expect(screen.queryByText(/whose voice is missing\?/) !== null).toBe(asked);
	});

	it('at the threshold shows the views, starting with everyone together and its table', async () => {
		const { container } = await screenWith(3);
		expect(screen.queryByText(/of 3 needed/)).toBeNull();
		const tabs = within(screen.getByRole('tablist', { name: 'Ways to see the group' })).getAllByRole('tab');
		expect(tabs.map((tab) => tab.textContent)).toEqual(['Everyone together', 'Side by side', 'Source by source', 'Biggest gaps']);
		expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
		expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Everyone together');
		expect(screen.getByRole('img', { name: /Everyone’s power outlines together/ })).toBeInTheDocument();
		// three people, two outlines each, as thin paths
		expect(container.querySelectorAll('svg[data-export] g.everyone path')).toHaveLength(6);
		const education = screen.getByRole('row', { name: /^Education/ });
		expect(education).toHaveTextContent('30'); // middle of 10, 30, 50
	});

	it.each([
		['explains the ring', [six(40, 40), six(30, 50), six(50, 30)], true],
		['has no ring to explain', codes.slice(0, 3), false]
	])('where the group’s middle perceived and actual meet, the key %s', async (_, scores, ringed) => {
		await addCodes(STANDARD_FINGERPRINT, scores.map((code) => (typeof code === 'string' ? code : standardCode(code))));
		await screenWith(0);
		expect(screen.queryByText('Group’s middle: perceived and actual meet') !== null).toBe(ringed);
	});

	it('says in the table how many gave no answer for a source', async () => {
		await addCodes(STANDARD_FINGERPRINT, [six(null, 20), six(null, 40)].map(standardCode));
		await screenWith(2);
		const perceived = within(screen.getByRole('row', { name: /^Education/ })).getAllByRole('cell')[0]!;
		expect(perceived).toHaveTextContent(/\b2 gave no answer$/);
	});

	it('when a code brings the group to the threshold, offers a way to the picture, which appears below the form', async () => {
		await screenWith(2);
		const user = userEvent.setup();
		await user.click(screen.getByLabelText('Paste codes'));
		await user.paste(codes[2]!);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		await screen.findByText('The group picture is now showing.', { exact: false });
		// Beside the message, not in it, so its name is not read out as part of it.
		const button = screen.getByRole('button', { name: 'See the group picture' });
		expect(button.closest('[role=status]')).toBeNull();
		await user.click(button);
		expect(screen.getByRole('heading', { name: 'The group picture', level: 2 })).toHaveFocus();
	});

	it('on Source by source, gives each source’s spread in plain words, with where the middle half answered', async () => {
		await screenWith(4);
		const user = userEvent.setup();
		await user.click(screen.getByRole('tab', { name: 'Source by source' }));
		// Perceived Education of 10, 30, 50 and 70: middle 40, quartiles 25 and 55.
		const perceived = within(screen.getByRole('row', { name: /^Education/ })).getAllByRole('cell')[0];
		expect(perceived).toHaveTextContent(/^middle value 40, lowest 10, highest 70, the middle half answered between 25 and 55$/);
		expect(screen.getByRole('tabpanel')).not.toHaveTextContent('no power');
	});

	it('says what the standard group picture is for, and where a session’s own one is', async () => {
		await screenWith(0);
		expect(screen.getByText(/This screen takes codes from reflections done without a session link/)).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'your sessions' })).toHaveAttribute('href', '/facilitate');
	});

	it('links to the group screens of the sessions saved on this device, the 3 changed last, then to all of them', async () => {
		const ids: string[] = [];
		// Saved a minute apart, the last one first in the list.
		const clock = vi.spyOn(Date, 'now');
		for (const [minute, title] of ['Tenants panel', 'Youth board', 'Ward forum', 'Carers forum'].entries()) {
			clock.mockReturnValue(Date.UTC(2026, 2, 1, 10, minute));
			ids.push((await saveSession({ ...FORUM, title })).id);
		}
		clock.mockRestore();
		await screenWith(0);
		const list = await screen.findByRole('list', { name: 'Each session you made has its own group screen:' });
		const links = within(list).getAllByRole('link');
		expect(links.map((link) => [link.textContent?.trim(), link.getAttribute('href')])).toEqual([
			['Group screen for Carers forum', `/group?session=${ids[3]}`],
			['Group screen for Ward forum', `/group?session=${ids[2]}`],
			['Group screen for Youth board', `/group?session=${ids[1]}`],
			['All your sessions', '/facilitate']
		]);
		expect(screen.queryByRole('link', { name: 'your sessions' })).toBeNull();
	});

	it('says nothing of the kind on a session’s own group picture', async () => {
		const { id } = await saveSession(FORUM);
		const group = new GroupState();
		await group.open(id);
		render(GroupScreen, { group, choice: new ViewChoice() });
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(FORUM.title);
		expect(screen.queryByText(/This screen takes codes from reflections done without a session link/)).toBeNull();
		expect(screen.queryByRole('list', { name: /own group screen/ })).toBeNull();
	});

	it('moves between views with the arrow keys, like any tab list', async () => {
		await screenWith(3);
		const user = userEvent.setup();
		await user.click(screen.getByRole('tab', { name: 'Everyone together' }));
		await user.keyboard('{ArrowRight}');
		expect(screen.getByRole('tab', { name: 'Side by side' })).toHaveFocus();
		expect(screen.getByRole('tab', { name: 'Side by side' })).toHaveAttribute('aria-selected', 'true');
		expect(screen.getAllByRole('img', { name: /^Chart [ABC]\./ })).toHaveLength(3);
		await user.keyboard('{End}');
		expect(screen.getByRole('tab', { name: 'Biggest gaps' })).toHaveFocus();
		expect(screen.getByRole('tabpanel')).toHaveTextContent('What are we waiting for permission to do?');
		await user.keyboard('{ArrowRight}');
		expect(screen.getByRole('tab', { name: 'Everyone together' })).toHaveAttribute('aria-selected', 'true');
		// only the chosen tab is in the tab order
		expect(screen.getAllByRole('tab').filter((tab) => tab.tabIndex === 0)).toHaveLength(1);
	});

	it('on Biggest gaps, asks a different question for each source, even when all feel less powerful', async () => {
		await screenWith(3);
		await userEvent.setup().click(screen.getByRole('tab', { name: 'Biggest gaps' }));
		const cards = within(screen.getByRole('tabpanel'))
			.getAllByRole('listitem')
			.filter((item) => within(item).queryByRole('heading', { level: 3 }));
		expect(cards).toHaveLength(6);
		const prompts = cards.map((card) => within(card).getAllByRole('paragraph').at(-1)?.textContent ?? '');
		expect(new Set(prompts).size).toBe(6);
		expect(prompts.every((prompt) => /\b(we|us|our)\b/i.test(prompt) && prompt.endsWith('?'))).toBe(true);
	});

	it('always asks who is not here, with the number invited when given', async () => {
		const { group } = await screenWith(3);
		expect(screen.getByText(/You have 3 codes\. Who is not here/)).toBeInTheDocument();
		const user = userEvent.setup();
		await user.type(screen.getByLabelText('How many people were invited?'), '12');
		await user.tab();
		expect(await screen.findByText(/You have 3 codes from 12 people invited\. Who is not here/)).toBeInTheDocument();
		expect(group.invited).toBe(12);
	});

	it('saves the number invited once typed, points out one it cannot take and saves nothing, and forgets it when emptied', async () => {
		const { group } = await screenWith(3);
		const user = userEvent.setup();
		const field = screen.getByLabelText('How many people were invited?');
		await user.clear(field);
		await user.type(field, '8');
		await user.tab();
		await waitFor(() => expect(group.invited).toBe(8));
		await user.type(field, '000');
		// Nothing is saved while typing: 80 and 800 were never meant.
		expect(group.invited).toBe(8);
		await user.tab();
		expect(screen.getByRole('alert')).toHaveTextContent('Enter a whole number from 1 to 999, or leave it empty.');
		expect(field).toHaveAccessibleDescription(/Enter a whole number from 1 to 999/);
		expect(field).toHaveAttribute('aria-invalid', 'true');
		expect(group.invited).toBe(8);
		await user.type(field, '{Backspace}');
		expect(field).not.toHaveAttribute('aria-invalid');
		expect(screen.queryByText(/Enter a whole number/)).toBeNull();
		await user.clear(field);
		await user.tab();
		await waitFor(() => expect(group.invited).toBeNull());
	});

	it('judges the number invited on leaving it, where Firefox lets letters be typed and sends no change while its value stays empty', async () => {
		const { group } = await screenWith(3);
		const user = userEvent.setup();
		const field = screen.getByLabelText('How many people were invited?');
		await user.type(field, '8');
		await user.tab();
		await waitFor(() => expect(group.invited).toBe(8));
		// As Firefox has it once '8' became '8x': an empty value, with the letters it cannot read still in the field.
		const shows = (letters: boolean) => Object.defineProperty(field, 'validity', { configurable: true, value: { badInput: letters } });
		await user.clear(field);
		shows(true);
		await fireEvent.input(field);
		await user.tab();
		expect(screen.getByRole('alert')).toHaveTextContent('Enter a whole number from 1 to 999, or leave it empty.');
		// Emptied from '8x', its value was empty and still is: Firefox sends no change, but the number is forgotten.
		await user.click(field);
		shows(false);
		await fireEvent.input(field);
		await user.tab();
		await waitFor(() => expect(group.invited).toBeNull());
		expect(screen.queryByText(/Enter a whole number/)).toBeNull();
		// Letters typed into the empty field: no change again, and they are pointed out.
		await user.click(field);
		shows(true);
		await fireEvent.input(field);
		await user.tab();
		expect(screen.getByRole('alert')).toHaveTextContent('Enter a whole number from 1 to 999, or leave it empty.');
		expect(group.invited).toBeNull();
	});

	it('saves a number typed but not yet left when the page is hidden (a reload, or a phone putting the tab away)', async () => {
		const { group } = await screenWith(3);
		const user = userEvent.setup();
		const field = screen.getByLabelText('How many people were invited?');
		await user.clear(field);
		await user.type(field, '15');
		expect(field).toHaveFocus();
		const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
		document.dispatchEvent(new Event('visibilitychange'));
		await waitFor(() => expect(group.invited).toBe(15));
		visibility.mockRestore();
	});
});
