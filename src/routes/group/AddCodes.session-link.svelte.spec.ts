// AddCodes with a session's link or codes pasted (the form's other specs are in AddCodes.svelte.spec.ts).
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { goto } from '$app/navigation';
import { mistyped } from '$lib/group/share-codes.test-helper';
import { encodeShareCode } from '$lib/share/share-code';
import { fingerprintNumber } from '$lib/share/session-fingerprint';
import { encodeSession } from '$lib/share/session-link';
import type { SessionSettings } from '$lib/share/session-settings';
import { deleteSession, listSessions, saveSession } from '$lib/storage/sessions';
import { GroupState } from '$lib/state/group.svelte';
import AddCodes from './AddCodes.svelte';
import { a, b, c, freshDatabaseEachTest, setup } from './add-codes.test-helper';

vi.mock('$app/navigation', () => ({ goto: vi.fn(async () => undefined) }));

freshDatabaseEachTest();

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
