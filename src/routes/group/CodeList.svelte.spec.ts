import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { six, standardCode } from '$lib/group/share-codes.test-helper';
import { GroupState } from '$lib/state/group.svelte';
import { closeDatabase } from '$lib/storage/db';
import { addCodes, listCodes } from '$lib/storage/group-codes';
import { DB_NAME } from '$lib/storage/schema';
import { spelledCode } from '$lib/share/spelled-code';
import { encodeShareCode } from '$lib/share/share-code';
import { STANDARD_FINGERPRINT, fingerprintNumber, sessionFingerprint } from '$lib/share/session-fingerprint';
import { CHANGED_ELSEWHERE } from '$lib/state/group-read';
import { FORUM, codesCannotBeAdded } from '$lib/state/group.test-helper';
import { saveSession } from '$lib/storage/sessions';
import { spokenText, textChanges } from '$lib/components/live-region.test-helper';
import CodeList from './CodeList.svelte';

beforeEach(async () => {
	await closeDatabase();
	await deleteDB(DB_NAME);
});
afterEach(() => closeDatabase());

const codes = [six(90, 90), six(10, 10), six(50, 50)].map(standardCode);

async function setup() {
	// added in this order on purpose: the list must not show it
	for (const code of codes) await addCodes(STANDARD_FINGERPRINT, [code]);
	const group = new GroupState();
	await group.open(null);
	render(CodeList, { group });
	const user = userEvent.setup();
	await user.click(screen.getByText('Show the 3 codes'));
	return { group, user };
}

const listed = () => screen.getAllByRole('listitem').map((item) => item.querySelector('.code')?.textContent);

describe('CodeList', () => {
	it('lists each code by its tag, in the order of the tags, not the order they arrived in', async () => {
		const { group } = await setup();
		expect(listed()).toEqual(codes.map((code) => group.tags.of(code)).sort());
		// Nothing of a code itself is on the screen: its start carries its first scores.
		for (const code of codes) expect(document.body.textContent).not.toContain(code.slice(0, 4));
	});

	it('removes one code at once, offers Undo with focus on it, and Undo puts it back, saying each time what became of the picture', async () => {
		const { group, user } = await setup();
		const target = [...codes].sort()[1]!;
		await user.click(screen.getByRole('button', { name: `Remove code ${spelledCode(group.tags.of(target))}` }));
		await waitFor(() => expect(listed()).not.toContain(group.tags.of(target)));
		expect(group.count).toBe(2);
		const undo = screen.getByRole('button', { name: 'Undo' });
		// Three codes were the standard threshold: the picture above has gone, and that is said.
		const status = screen.getByRole('status');
		expect(status).toHaveTextContent(`Removed ${group.tags.of(target)}`);
		// Heard letter by letter, as the list's buttons say it.
		expect(spokenText(status)).toBe(`Removed ${spelledCode(group.tags.of(target))}. The group picture is hidden until 3 people have shared.`);
		expect(document.body.textContent).not.toContain(target);
		expect(undo).toHaveFocus();
		await user.click(undo);
		await waitFor(() => expect(listed()).toContain(group.tags.of(target)));
		expect(screen.getByRole('status')).toHaveTextContent('Code put back. The group picture is showing again.');
		expect((await listCodes(STANDARD_FINGERPRINT)).map((row) => row.code).sort()).toEqual([...codes].sort());
	});

	it('says a removal in one update with the whole message, and keeps Undo out of it', async () => {
		const { group, user } = await setup();
		const target = [...codes].sort()[1]!;
		const status = screen.getByRole('status');
		const said = `Removed ${spelledCode(group.tags.of(target))}. The group picture is hidden until 3 people have shared.`;
		for (const time of ['first', 'again, after Undo']) {
			const heard = textChanges(status);
			await user.click(screen.getByRole('button', { name: `Remove code ${spelledCode(group.tags.of(target))}` }));
			const undo = await screen.findByRole('button', { name: 'Undo' });
			await waitFor(() => expect(undo).toHaveFocus());
			expect(heard.filter((text) => text !== ''), time).toEqual([said]);
			// A button inside the live region would be read out as part of the message.
			expect(status).not.toContainElement(undo);
			await user.click(undo);
			await waitFor(() => expect(status).toHaveTextContent('Code put back.'));
		}
	});

	it('clears every code only after asking, says so with Undo beside it taking focus, and Undo puts every code back', async () => {
		const { group, user } = await setup();
		const tags = listed();
		await user.click(screen.getByRole('button', { name: 'Clear all codes' }));
		expect(screen.getByRole('group', { name: /^Remove all 3 codes .* You can undo this straight after\./ })).toBeVisible();
		expect(group.codes).toHaveLength(3);
		const status = screen.getByRole('status');
		const heard = textChanges(status);
		await user.click(screen.getByRole('button', { name: 'Yes, clear all codes' }));
		const undo = await screen.findByRole('button', { name: 'Undo' });
		await waitFor(() => expect(undo).toHaveFocus());
		expect(await listCodes(STANDARD_FINGERPRINT)).toEqual([]);
		// Said once, whole, as a removal is; the button is beside the message, not read out in it.
		const said = 'All codes for this session have been cleared from this device. The group picture is hidden until 3 people have shared.';
		expect(heard.filter((text) => text !== '')).toEqual([said]);
		expect(status).not.toContainElement(undo);
		await user.click(undo);
		await waitFor(() => expect(status).toHaveTextContent('3 codes put back. The group picture is showing again.'));
		expect(screen.getByText('Show the 3 codes')).toHaveFocus();
		expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
		// The list was open before clearing, and opens again with the codes.
		expect(listed()).toEqual(tags);
		expect((await listCodes(STANDARD_FINGERPRINT)).map((row) => row.code)).toEqual([...codes].sort());
	});

	it('keeps Undo for the codes cleared while more are added, and removing one then offers Undo for that one only', async () => {
		const { group, user } = await setup();
		await user.click(screen.getByRole('button', { name: 'Clear all codes' }));
		await user.click(screen.getByRole('button', { name: 'Yes, clear all codes' }));
		await screen.findByRole('button', { name: 'Undo' });
		const late = standardCode(six(30, 30));
		await group.addText(late);
		expect(screen.getByRole('button', { name: 'Undo' })).toBeVisible();
		await screen.findByText('Show the 1 code');
		await user.click(screen.getByRole('button', { name: `Remove code ${spelledCode(group.tags.of(late))}` }));
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`Removed ${group.tags.of(late)}`));
		expect(screen.getByRole('status')).not.toHaveTextContent('cleared');
		await user.click(screen.getByRole('button', { name: 'Undo' }));
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Code put back.'));
		expect(group.codes).toEqual([late]);
	});

	it.each([
		{ action: 'removing one code', press: ['Remove code'], said: 'The code could not be put back.', back: 'Code put back.' },
		{ action: 'clearing all codes', press: ['Clear all codes', 'Yes, clear all codes'], said: 'The 2 codes could not be put back.', back: '2 codes put back.' }
	])('says when Undo after $action could not put them back, and keeps Undo to try again', async ({ press, said, back }) => {
		const record = await saveSession(FORUM);
		const forumCodes = [10, 20].map((score) => encodeShareCode(fingerprintNumber(FORUM), six(score, score).slice(0, 4))).sort();
		await addCodes(sessionFingerprint(FORUM), forumCodes);
		const group = new GroupState();
		await group.open(record.id);
		render(CodeList, { group });
		const user = userEvent.setup();
		await user.click(screen.getByText('Show the 2 codes'));
		for (const name of press) await user.click(screen.getAllByRole('button', { name: new RegExp(`^${name}`) })[0]!);
		const undo = await screen.findByRole('button', { name: 'Undo' });
		const kept = (await listCodes(sessionFingerprint(FORUM))).map((row) => row.code);
		// Another tab renames the session, so Undo first brings this screen up to date; then storage fails.
		const retitled = { ...FORUM, title: `${FORUM.title}, March` };
		await saveSession(retitled, record.id);
		codesCannotBeAdded();
		const status = screen.getByRole('status');
		const heard = textChanges(status);
		await user.click(undo);
		await waitFor(() => expect(status).toHaveTextContent(said));
		// Said once, and never that they were put back.
		expect(heard.filter((text) => text !== '')).toEqual([`${said} Please try Undo again.`]);
		expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
		// What is still stored is untouched.
		expect((await listCodes(sessionFingerprint(retitled))).map((row) => row.code)).toEqual(kept);
		vi.restoreAllMocks();
		await user.click(screen.getByRole('button', { name: 'Undo' }));
		await waitFor(() => expect(status).toHaveTextContent(back));
		expect((await listCodes(sessionFingerprint(retitled))).map((row) => row.code)).toEqual(forumCodes);
	});

	it('says beside the list when clearing stopped because the session was changed in another tab', async () => {
		const record = await saveSession(FORUM);
		await addCodes(sessionFingerprint(FORUM), [encodeShareCode(fingerprintNumber(FORUM), six(20, 20).slice(0, 4))]);
		const group = new GroupState();
		await group.open(record.id);
		render(CodeList, { group });
		const user = userEvent.setup();
		// A new title only: the codes move with the session, and this tab never saw the change.
		const retitled = { ...FORUM, title: `${FORUM.title}, March` };
		await saveSession(retitled, record.id);
		await user.click(screen.getByRole('button', { name: 'Clear all codes' }));
		await user.click(screen.getByRole('button', { name: 'Yes, clear all codes' }));
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(CHANGED_ELSEWHERE));
		expect(screen.getByRole('status')).not.toHaveTextContent('cleared');
		expect(await listCodes(sessionFingerprint(retitled))).toHaveLength(1);
	});
});
