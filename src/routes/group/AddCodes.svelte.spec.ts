import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { goto } from '$app/navigation';
import { MISFIT_REASONS } from '$lib/group/code-check';
import { mistyped, six, standardCode } from '$lib/group/share-codes.test-helper';
import { encodeShareCode } from '$lib/share/share-code';
import { spokenText } from '$lib/components/live-region.test-helper';
import { spelledCode } from '$lib/share/spelled-code';
import { fingerprintNumber } from '$lib/share/session-fingerprint';
import { encodeSession } from '$lib/share/session-link';
import type { SessionSettings } from '$lib/share/session-settings';
import { deleteSession, listSessions, saveSession } from '$lib/storage/sessions';
import { GroupState } from '$lib/state/group.svelte';
import { closeDatabase } from '$lib/storage/db';
import { DB_NAME } from '$lib/storage/schema';
import AddCodes from './AddCodes.svelte';

vi.mock('$app/navigation', () => ({ goto: vi.fn(async () => undefined) }));

beforeEach(async () => {
	await closeDatabase();
	await deleteDB(DB_NAME);
});
afterEach(() => closeDatabase());

const [a, b, c] = [six(10, 20), six(30, 40), six(50, 60)].map(standardCode) as [string, string, string];
const elsewhere = encodeShareCode(12345, six(50, 50));

async function setup() {
	const group = new GroupState();
	await group.open(null);
	render(AddCodes, { group });
	return { group, user: userEvent.setup() };
}

describe('AddCodes', () => {
	it('finds every code in a pasted chat log and reports what was added and what was not, with reasons', async () => {
		const { group, user } = await setup();
		const chat = `[09:58] Facilitator: please paste your codes here\n[10:01] Sam: ${a}\n[10:02] Alex: mine is ${b}!\n[10:03] Jo: ${mistyped(c)}\n[10:04] Kim: ${elsewhere}`;
		await user.click(screen.getByLabelText('Paste codes'));
		await user.paste(chat);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));

		const status = screen.getByRole('status');
		await waitFor(() => expect(status).toHaveTextContent('2 codes added. 2 codes could not be added.'));
		expect(within(status).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
			'A character looks mistyped. Check the code against the one you were given.',
			MISFIT_REASONS.session
		]);
		// What to do about them is shown after the report, not said with it.
		const advice = screen.getByText(/paste that session’s link, the one you sent people, into the box above/);
		expect(status).not.toContainElement(advice);
		// No part of a code is on the shared screen unless asked for: a code's start carries its first scores.
		expect(document.body).not.toHaveTextContent(elsewhere.slice(0, 4));
		expect(document.body).not.toHaveTextContent(mistyped(c).slice(0, 4));
		expect(group.codes).toEqual([a, b].sort());
		// The chat may hold names and it is on a shared screen: it is cleared even when some codes were bad.
		expect(screen.getByLabelText('Paste codes')).toHaveValue('');

		// Asked for, they are put in the box in the order listed, to correct.
		await user.click(screen.getByRole('button', { name: 'Put the 2 codes back in the box to fix them, in this order' }));
		expect(screen.getByLabelText('Paste codes')).toHaveValue(`${mistyped(c)}\n${elsewhere}`);
		expect(screen.getByLabelText('Paste codes')).toHaveFocus();
	});

	it('says so when a line looks like a code but is not one, apart from the codes that could not be added', async () => {
		const { group, user } = await setup();
		const box = screen.getByLabelText('Paste codes');
		await user.click(box);
		await user.paste(`Sam: ${a}\nAlex: ${b}\nKim: ABCD-EFGH-JKMN-PQRS-TUVW\nJo: ${mistyped(c)}`);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		const status = screen.getByRole('status');
		await waitFor(() => expect(status).toHaveTextContent('2 codes added. 1 code could not be added. 1 line looked like a code but is not one.'));
		expect(within(status).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
			'This looks like a share code but is not one. Ask them to send their code again.',
			'A character looks mistyped. Check the code against the one you were given.'
		]);
		expect(group.codes).toEqual([a, b].sort());
		// Like a code, it may be someone's answers badly copied: not on the shared screen unless asked for.
		expect(document.body).not.toHaveTextContent('ABCD');
		await user.click(screen.getByRole('button', { name: 'Put the 2 codes back in the box to fix them, in this order' }));
		expect(box).toHaveValue(`ABCD-EFGH-JKMN-PQRS-TUVW\n${mistyped(c)}`);
	});

	it('puts a mistyped code back in the box when asked, to be put right, and adds it once it is', async () => {
		const { group, user } = await setup();
		const box = screen.getByLabelText('Paste codes');
		await user.click(box);
		await user.paste(`Jo: ${mistyped(a)}`);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		const status = screen.getByRole('status');
		await waitFor(() => expect(status).toHaveTextContent('1 code could not be added. A character looks mistyped.'));
		expect(status).not.toContainElement(screen.getByText('It is not shown, since a code carries someone’s answers.'));
		expect(box).toHaveValue('');
		await user.click(screen.getByRole('button', { name: 'Put the code back in the box to fix it' }));
		expect(box).toHaveValue(mistyped(a));

		await user.clear(box);
		await user.type(box, a);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		await waitFor(() => expect(status).toHaveTextContent('1 code added.'));
		expect(group.codes).toEqual([a]);
		expect(box).toHaveValue('');
	});

	it('clears the pasted chat from the box once added, even when the box was changed while it was being added', async () => {
		const { group, user } = await setup();
		let letGo = () => {};
		const held = new Promise<void>((resolve) => (letGo = resolve));
		const addText = group.addText.bind(group);
		vi.spyOn(group, 'addText').mockImplementationOnce(async (text) => {
			await held;
			return addText(text);
		});
		const box = screen.getByLabelText('Paste codes');
		await user.click(box);
		await user.paste(`Sam Jones: ${a}`);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		await user.type(box, ' thanks Sam');
		letGo();
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 code added.'));
		expect(box).toHaveValue('');
		expect(group.codes).toEqual([a]);
	});

	it('says which codes were already here, and clears the box when all went well', async () => {
		const { group, user } = await setup();
		const box = screen.getByLabelText('Paste codes');
		await user.click(box);
		await user.paste(`${a} ${b}`);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		await screen.findByText('2 codes added.');
		expect(screen.queryByText(/counted once/)).toBeNull();
		await user.click(box);
		await user.paste(`${b}\n${c}\n${a}`);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		await waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent(`1 code added. 2 were already here, listed as ${group.tags.of(b)} and ${group.tags.of(a)}.`)
		);
		// A screen reader hears each tag letter by letter, as the list's buttons say them.
		const spoken = `2 were already here, listed as ${spelledCode(group.tags.of(b))} and ${spelledCode(group.tags.of(a))}.`;
		expect(screen.getByText(spoken, { exact: false })).toHaveClass('visually-hidden');
		expect(screen.getByText(/listed as [0-9A-Z]{5} and/)).toHaveAttribute('aria-hidden', 'true');
		// Two people with the same answers have the same code: the facilitator is told it may not be a repeat, after the report.
		const once = screen.getByText(/counted once/);
		expect(once).toHaveTextContent(/two people may have given exactly the same answers/);
		expect(screen.getByRole('status')).not.toContainElement(once);
		// The third code showed the picture, and the form folded: opened again, the box is empty.
		await user.click(screen.getByRole('button', { name: 'Add more codes' }));
		expect(screen.getByLabelText('Paste codes')).toHaveValue('');
	});

	it('says when a code was in the text twice, and that it may be two people with the same answers', async () => {
		const { user } = await setup();
		await user.click(screen.getByLabelText('Paste codes'));
		await user.paste(`Sam: ${a}\nJo: ${b}\nKim: ${a}`);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 codes added.'));
		// Said after the report, to be read when reached, not with it.
		const note = screen.getByText(/in the text more than once/);
		expect(note).toHaveTextContent(/^1 code was in the text more than once\. The same code is counted once\./);
		expect(note).toHaveTextContent(/two people may have given exactly the same answers/);
		expect(screen.getByRole('status')).not.toContainElement(note);
	});

	it('says what happened in a few words, with the reason, and shows what to do about it after, not said', async () => {
		const { group, user } = await setup();
		const box = screen.getByLabelText('Paste codes');
		await user.click(box);
		await user.paste(a);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		const status = screen.getByRole('status');
		await waitFor(() => expect(status).toHaveTextContent('1 code added.'));

		await user.click(box);
		await user.paste(`${a}\n${b}\n${elsewhere}`);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		await waitFor(() => expect(status).toHaveTextContent('1 code could not be added.'));
		expect(spokenText(status)).toBe(
			`1 code added. 1 was already here, listed as ${spelledCode(group.tags.of(a))}. 1 code could not be added. ${MISFIT_REASONS.session}`
		);
		// Still on the screen, straight after it, as the report's end.
		const rest = status.nextElementSibling as HTMLElement;
		for (const words of [
			'It is not shown, since a code carries someone’s answers.',
			'To gather another session’s codes here, paste that session’s link, the one you sent people, into the box above. You can paste it with the codes.'
		])
			expect(rest).toContainElement(screen.getByText(words));
		expect(within(rest).getByRole('button', { name: 'Put the code back in the box to fix it' })).toBeInTheDocument();
		// "It is not shown" is about the code that could not be added: the note on the code already here comes after it.
		const paragraphs = [...rest.querySelectorAll('p')].map((paragraph) => paragraph.textContent ?? '');
		expect(paragraphs.findIndex((text) => text.startsWith('It is not shown'))).toBeLessThan(
			paragraphs.findIndex((text) => text.startsWith('The same code is counted once'))
		);
	});

	it('says what happened right under the Add codes button, before the file field, and next in the tab order', async () => {
		const { user } = await setup();
		const add = screen.getByRole('button', { name: 'Add codes' });
		await user.click(screen.getByLabelText('Paste codes'));
		await user.paste(`Jo: ${mistyped(a)}`);
		await user.click(add);
		const status = screen.getByRole('status');
		await waitFor(() => expect(status).toHaveTextContent('1 code could not be added.'));
		const after = (first: Node, second: Node) => Boolean(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING);
		expect(after(add, status)).toBe(true);
		expect(after(status, screen.getByLabelText('Load a text file'))).toBe(true);
		expect(add).toHaveFocus();
		await user.tab();
		expect(screen.getByRole('button', { name: 'Put the code back in the box to fix it' })).toHaveFocus();
	});

	it('explains when nothing looks like a code, and when the box is empty', async () => {
		const { user } = await setup();
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		expect(screen.getByRole('status')).toHaveTextContent('Paste some text with share codes in it first.');
		await user.type(screen.getByLabelText('Paste codes'), 'See you on Thursday at 10:30, room 2B');
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		expect(screen.getByRole('status')).toHaveTextContent('No share codes were found in that text.');
	});

	it('leaves codes typed by hand on a phone as typed: capitals, no correcting, no suggestions', async () => {
		await setup();
		const box = screen.getByLabelText('Paste codes');
		expect(box).toHaveAttribute('autocapitalize', 'characters');
		expect(box).toHaveAttribute('autocorrect', 'off');
		expect(box).toHaveAttribute('autocomplete', 'off');
		expect(box).toHaveAttribute('spellcheck', 'false');
	});

	it('reads codes from a text file', async () => {
		const { group, user } = await setup();
		const file = new File([`Chat export\n${c}\n`], 'chat.txt', { type: 'text/plain' });
		await user.upload(screen.getByLabelText('Load a text file'), file);
		expect(await screen.findByText('1 code added.')).toBeInTheDocument();
		expect(group.codes).toEqual([c]);
	});

	it('says so when a file cannot be read, and changes nothing', async () => {
		const { group, user } = await setup();
		const file = new File([c], 'chat.txt', { type: 'text/plain' });
		file.text = () => Promise.reject(new Error('gone'));
		await user.upload(screen.getByLabelText('Load a text file'), file);
		expect(await screen.findByText(/That file could not be read/)).toBeInTheDocument();
		expect(group.codes).toEqual([]);
	});

	it('turns away a file over 1 MB with a clear message', async () => {
		const { group, user } = await setup();
		const file = new File([`${a} `.repeat(50_000)], 'huge.txt', { type: 'text/plain' });
		await user.upload(screen.getByLabelText('Load a text file'), file);
		expect(screen.getByRole('status')).toHaveTextContent(/That file is too big to read \(1\.\d MB\)\. Choose a text file under 1 MB/);
		expect(group.codes).toEqual([]);
	});
});

describe('AddCodes once the group picture shows', () => {
	const d = standardCode(six(70, 80));
	const box = () => screen.queryByLabelText('Paste codes');

	async function press(text: string) {
		const user = userEvent.setup();
		await user.click(box()!);
		await user.paste(text);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
	}

	it('folds the form behind “Add more codes” after each press that leaves nothing to put right, with focus on it; it opens the box in place, cursor in it', async () => {
		const { group } = await setup();
		await press(`${a}\n${b}`);
		await screen.findByText('2 codes added.');
		// Below the threshold the form stays open.
		expect(box()).toBeInTheDocument();

		await press(c);
		const more = await screen.findByRole('button', { name: 'Add more codes' });
		expect(group.unlocked).toBe(true);
		expect(more).toHaveFocus();
		expect(box()).toBeNull();
		expect(screen.queryByLabelText('Load a text file')).toBeNull();
		// The report stays, after the button, with its way to the picture next in the tab order.
		const status = screen.getByRole('status');
		expect(status).toHaveTextContent('1 code added. The group picture is now showing.');
		expect(more.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
		await userEvent.setup().tab();
		expect(screen.getByRole('button', { name: 'See the group picture' })).toHaveFocus();

		await userEvent.setup().click(more);
		expect(box()).toHaveFocus();
		expect(box()).toHaveValue('');
		await press(d);
		expect(await screen.findByRole('button', { name: 'Add more codes' })).toHaveFocus();
		expect(status).toHaveTextContent('1 code added.');
		expect(group.codes).toHaveLength(4);
	});

	it('stays open after a press that leaves a code to put right in the box, and puts it there', async () => {
		await setup();
		await press(`${a}\n${b}\n${c}`);
		await userEvent.setup().click(await screen.findByRole('button', { name: 'Add more codes' }));
		await press(`Jo: ${mistyped(d)}`);
		await screen.findByText('1 code could not be added.', { exact: false });
		expect(screen.getByRole('button', { name: 'Add codes' })).toHaveFocus();
		await userEvent.setup().click(screen.getByRole('button', { name: 'Put the code back in the box to fix it' }));
		expect(box()).toHaveValue(mistyped(d));
		expect(screen.queryByRole('button', { name: 'Add more codes' })).toBeNull();
	});

	it('keeps what is typed in the box while a file’s codes are added, and stays open to add it', async () => {
		const { group } = await setup();
		await press(`${a}\n${b}`);
		await screen.findByText('2 codes added.');
		const user = userEvent.setup();
		await user.click(box()!);
		await user.paste(`Kim: ${d}`);
		await user.upload(screen.getByLabelText('Load a text file'), new File([`Chat export\n${c}\n`], 'chat.txt', { type: 'text/plain' }));
		await screen.findByText('1 code added. The group picture is now showing.');
		expect(group.codes).toHaveLength(3);
		expect(box()).toHaveValue(`Kim: ${d}`);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		expect(await screen.findByRole('button', { name: 'Add more codes' })).toHaveFocus();
		expect(group.codes).toHaveLength(4);
	});
});

describe('AddCodes with a session link pasted', () => {
	const forum: SessionSettings = {
		title: 'Ward forum',
		welcome: '',
		date: null,
		sources: ['educational', 'monetary', 'position'],
		custom: [],
		threshold: 3
	};
	beforeEach(() => {
		vi.mocked(goto).mockClear();
	});
	const forumCode = (perceived: number) => encodeShareCode(fingerprintNumber(forum), Array.from({ length: 3 }, () => ({ perceived, actual: 50 })));

	async function paste(text: string) {
		const user = userEvent.setup();
		await user.click(screen.getByLabelText('Paste codes'));
		await user.paste(text);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
	}

	it('offers to take codes pasted on the wrong screen to their session on this device, and shows it there', async () => {
		const { id } = await saveSession(forum);
		const { group } = await setup();
		await paste(`Sam: ${forumCode(20)}\nAlex: ${forumCode(40)}`);
		const status = screen.getByRole('status');
		// Nothing to correct in them: the report is no error, and leads with the one press that takes them to their session.
		await waitFor(() => expect(status).toHaveTextContent(/^Add these 2 codes to “Ward forum”, the session they are for\.$/));
		expect(status.querySelector('.notice')).not.toHaveClass('error');
		expect(screen.getByRole('button', { name: 'Add these 2 to “Ward forum”' }).closest('.notice')).not.toHaveClass('error');
		expect(screen.queryByRole('button', { name: /in the box/ })).toBeNull();
		expect(screen.queryByText(/could not be added/)).toBeNull();

		await paste(`Sam: ${forumCode(20)}\nAlex: ${forumCode(40)}\nJo: ${mistyped(a)}`);
		await waitFor(() => expect(status).toHaveTextContent('3 codes could not be added.'));
		// With one to put right, it is an error again, each code with its reason.
		expect(status.querySelector('.notice')).toHaveClass('error');
		// Three reasons are too long to be said each time: they are shown after the report, to move on to.
		expect(within(status).queryAllByRole('listitem')).toEqual([]);
		expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
			'This code is for “Ward forum”, another session saved on this device.',
			'This code is for “Ward forum”, another session saved on this device.',
			'A character looks mistyped. Check the code against the one you were given.'
		]);
		// The buttons come after the message, so their names are not read out as part of it.
		expect(within(status).queryAllByRole('button')).toEqual([]);
		expect(screen.getByRole('button', { name: 'Put the other code back in the box to fix it' })).toBeInTheDocument();

		await userEvent.setup().click(screen.getByRole('button', { name: 'Add these 2 to “Ward forum”' }));
		await waitFor(() =>
			expect(status).toHaveTextContent('Now showing “Ward forum”, the session those codes are for. The other code is back in the box above. 2 codes added.')
		);
		expect(goto).toHaveBeenCalledWith(`/group?session=${id}`, expect.objectContaining({ keepFocus: true }));
		expect(group.sessionId).toBe(id);
		expect(group.codes).toEqual([forumCode(20), forumCode(40)].sort());
		// The code to correct is not lost on the way.
		expect(screen.getByLabelText('Paste codes')).toHaveValue(mistyped(a));
		expect(screen.getByLabelText('Paste codes')).toHaveFocus();
	});

	it('with the picture showing, folds the form after codes for another session too: nothing is left to put right in the box', async () => {
		await saveSession(forum);
		await setup();
		await paste(`${a}\n${b}\n${c}`);
		await userEvent.setup().click(await screen.findByRole('button', { name: 'Add more codes' }));
		await paste(`Sam: ${forumCode(20)}`);
		expect(await screen.findByRole('button', { name: 'Add more codes' })).toHaveFocus();
		await userEvent.setup().tab();
		expect(screen.getByRole('button', { name: 'Add it to “Ward forum”' })).toHaveFocus();
	});

	describe('with the picture showing and the form folded after codes for another session', () => {
		const beta: SessionSettings = { ...forum, title: 'Beta', sources: ['educational', 'monetary', 'class'] };
		const betaCode = (perceived: number) => encodeShareCode(fingerprintNumber(beta), Array.from({ length: 3 }, () => ({ perceived, actual: 50 })));

		async function foldedWithBetaCodes() {
			const { id } = await saveSession(forum);
			const saved = await saveSession(beta);
			const group = new GroupState();
			await group.open(id);
			render(AddCodes, { group });
			await paste(`${forumCode(10)}\n${forumCode(20)}\n${forumCode(30)}`);
			await userEvent.setup().click(await screen.findByRole('button', { name: 'Add more codes' }));
			await paste(`Sam: ${betaCode(20)}\nAlex: ${betaCode(40)}`);
			await screen.findByRole('button', { name: 'Add more codes' });
			expect(screen.queryByLabelText('Paste codes')).toBeNull();
			return { group, betaId: saved.id };
		}

		it('opens the form with the codes in the box and the cursor there when their session was deleted meanwhile', async () => {
			const { group, betaId } = await foldedWithBetaCodes();
			await deleteSession(betaId);
			await userEvent.setup().click(screen.getByRole('button', { name: 'Add these 2 to “Beta”' }));
			await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('“Beta” is no longer on this device'));
			expect(screen.getByLabelText('Paste codes')).toHaveValue(`${betaCode(20)}\n${betaCode(40)}`);
			expect(screen.getByLabelText('Paste codes')).toHaveFocus();
			expect(screen.queryByRole('button', { name: 'Add more codes' })).toBeNull();
			expect(group.codes).toHaveLength(3);
		});

		it('opens the form with the codes in the box and the cursor there when they could not be added', async () => {
			const { group } = await foldedWithBetaCodes();
			vi.spyOn(group, 'open').mockRejectedValueOnce(new Error('The database is closed'));
			await userEvent.setup().click(screen.getByRole('button', { name: 'Add these 2 to “Beta”' }));
			await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('The codes could not be saved on this device. Please try again.'));
			expect(screen.getByLabelText('Paste codes')).toHaveValue(`${betaCode(20)}\n${betaCode(40)}`);
			expect(screen.getByLabelText('Paste codes')).toHaveFocus();
		});
	});

	it('offers to take a code made without a session link to its own group screen, named by what it takes', async () => {
		const { id } = await saveSession(forum);
		const group = new GroupState();
		await group.open(id);
		render(AddCodes, { group });
		await paste(`Sam: ${a}`);
		const status = screen.getByRole('status');
		await waitFor(() =>
			expect(status).toHaveTextContent(
				'Add this code to the group screen for codes made without a link, since it was made without your session link. Or whoever made it can reflect again with your link.'
			)
		);
		expect(status.querySelector('.notice')).not.toHaveClass('error');

		await userEvent.setup().click(screen.getByRole('button', { name: 'Add it to the group screen for codes made without a link' }));
		await waitFor(() => expect(status).toHaveTextContent('Now showing the group screen for codes made without a link. 1 code added.'));
		expect(goto).toHaveBeenCalledWith('/group', expect.objectContaining({ keepFocus: true }));
		expect(group.sessionId).toBeNull();
		expect(group.codes).toEqual([a]);
	});

	it('says so, stays on this screen and keeps the codes in the box when their session was deleted meanwhile', async () => {
		const { id } = await saveSession(forum);
		const { group } = await setup();
		await paste(`Sam: ${forumCode(20)}`);
		await screen.findByRole('button', { name: 'Add it to “Ward forum”' });
		await deleteSession(id);
		await userEvent.setup().click(screen.getByRole('button', { name: 'Add it to “Ward forum”' }));
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('“Ward forum” is no longer on this device'));
		expect(group.sessionId).toBeNull();
		expect(group.status).toBe('ready');
		expect(goto).not.toHaveBeenCalled();
		expect(screen.getByLabelText('Paste codes')).toHaveValue(forumCode(20));
	});

	it('leaves a note about one session behind when another is shown, by Back or a link', async () => {
		const { id } = await saveSession(forum);
		const { group } = await setup();
		await paste(`Sam: ${forumCode(20)}`);
		await userEvent.setup().click(await screen.findByRole('button', { name: 'Add it to “Ward forum”' }));
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Now showing “Ward forum”'));
		expect(group.sessionId).toBe(id);
		await group.open(null, true);
		await waitFor(() => expect(screen.getByRole('status')).not.toHaveTextContent('Now showing'));
	});

	it('on a device without the session, keeps it, shows it and adds the codes pasted with the link', async () => {
		const { group } = await setup();
		expect(screen.getByText(/Running a session you made with a link\? Paste that link here/)).toBeInTheDocument();
		const link = `https://rebalance.example/join#${await encodeSession(forum)}`;
		await paste(`Our link was ${link}\nSam: ${forumCode(20)}\nAlex: ${forumCode(40)}`);

		const status = screen.getByRole('status');
		await waitFor(() => expect(status).toHaveTextContent('2 codes added.'));
		expect(status).toHaveTextContent('Now showing “Ward forum”, the session in the link you pasted.');
		const [kept] = await listSessions();
		expect(kept?.settings.title).toBe('Ward forum');
		expect(group.sessionId).toBe(kept?.id);
		expect(group.codes).toHaveLength(2);
		expect(goto).toHaveBeenCalledWith(`/group?session=${kept?.id}`, expect.objectContaining({ keepFocus: true }));
		expect(screen.getByLabelText('Paste codes')).toHaveValue('');
	});

	it('uses the session already on this device rather than saving a second copy', async () => {
		const stored = await saveSession(forum);
		const group = new GroupState();
		await group.open(stored.id);
		render(AddCodes, { group });
		await paste(`https://x.org/join#${await encodeSession(forum)}`);
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('That link is for “Ward forum”, the session already showing.'));
		expect(await listSessions()).toHaveLength(1);
		expect(goto).not.toHaveBeenCalled();
	});

	it('with a damaged link, stays on the screen it was on, says so, and still adds the codes pasted with it', async () => {
		const { group } = await setup();
		await paste(`https://x.org/join#${(await encodeSession(forum)).slice(0, 30)} ${a}`);
		const status = screen.getByRole('status');
		await waitFor(() => expect(status).toHaveTextContent('1 code added.'));
		expect(status).toHaveTextContent(
			'The session link you pasted could not be read (it may be cut short or changed), so this screen has not changed.'
		);
		expect(group.sessionId).toBeNull();
		expect(group.codes).toEqual([a]);
		expect(await listSessions()).toEqual([]);
	});

	it('reads a file chosen while a pasted link is still being read, once the link is done', async () => {
		const { group } = await setup();
		const user = userEvent.setup();
		await user.click(screen.getByLabelText('Paste codes'));
		await user.paste(`https://x.org/join#${await encodeSession(forum)}`);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		const input = screen.getByLabelText('Load a text file') as HTMLInputElement;
		await user.upload(input, new File([`Sam: ${forumCode(20)}`], 'chat.txt', { type: 'text/plain' }));
		await waitFor(() => expect(group.codes).toHaveLength(1));
		expect(group.settings?.title).toBe('Ward forum');
		expect(screen.getByRole('status')).toHaveTextContent('1 code added.');
		expect(input.files).toHaveLength(0);
	});

	it('names the session as it is now when the link is from before a rename', async () => {
		const { id } = await saveSession(forum);
		await saveSession({ ...forum, title: 'Ward forum, March' }, id);
		const group = new GroupState();
		await group.open(null);
		render(AddCodes, { group });
		await paste(`https://x.org/join#${await encodeSession(forum)}`);
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Now showing “Ward forum, March”'));
		expect(group.sessionId).toBe(id);
		expect(await listSessions()).toHaveLength(1);
	});
});
