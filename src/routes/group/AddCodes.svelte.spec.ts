import { maskedCode } from '$lib/group/group-text';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MISFIT_REASONS } from '$lib/group/code-check';
import { mistyped, six, standardCode } from '$lib/group/share-codes.test-helper';
import { encodeShareCode } from '$lib/share/share-code';
import { GroupState } from '$lib/state/group.svelte';
import { closeDatabase } from '$lib/storage/db';
import { DB_NAME } from '$lib/storage/schema';
import AddCodes from './AddCodes.svelte';

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
		expect(status).toHaveTextContent(`${maskedCode(mistyped(c))}: A character looks mistyped.`);
		expect(status).toHaveTextContent(`${maskedCode(elsewhere)}: ${MISFIT_REASONS.session}`);
		expect(status).toHaveTextContent(/open that session’s link on this device and choose “Are you running this session\?”/);
		// Bad codes are shown only in part: a whole one would put someone's scores on the shared screen.
		expect(status).not.toHaveTextContent(elsewhere);
		expect(status).not.toHaveTextContent(mistyped(c));
		expect(group.codes).toEqual([a, b].sort());
		// The chat may hold names and it is on a shared screen: it is cleared even when some codes were bad.
		expect(screen.getByLabelText('Paste codes')).toHaveValue('');
	});

	it('says which codes were already here, and clears the box when all went well', async () => {
		const { user } = await setup();
		const box = screen.getByLabelText('Paste codes');
		await user.click(box);
		await user.paste(`${a} ${b}`);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		await screen.findByText('2 codes added.');
		await user.click(box);
		await user.paste(`${b}\n${c}\n${a}`);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 code added. 2 were already here.'));
		expect(box).toHaveValue('');
	});

	it('explains when nothing looks like a code, and when the box is empty', async () => {
		const { user } = await setup();
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		expect(screen.getByRole('status')).toHaveTextContent('Paste some text with share codes in it first.');
		await user.type(screen.getByLabelText('Paste codes'), 'See you on Thursday at 10:30, room 2B');
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		expect(screen.getByRole('status')).toHaveTextContent('No share codes were found in that text.');
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
