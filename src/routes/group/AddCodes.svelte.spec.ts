import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { goto } from '$app/navigation';
import { MISFIT_REASONS } from '$lib/group/code-check';
import { mistyped, six, standardCode } from '$lib/group/share-codes.test-helper';
import { spokenText } from '$lib/components/live-region.test-helper';
import { spelledCode } from '$lib/share/spelled-code';
import { a, b, c, elsewhere, freshDatabaseEachTest, setup } from './add-codes.test-helper';

vi.mock('$app/navigation', () => ({ goto: vi.fn(async () => undefined) }));

freshDatabaseEachTest();

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

	it('says when someone sent a link to their own results page instead of their code, and how to get the code', async () => {
		const { group, user } = await setup();
		const id = '3f2a9c1b-7d4e-4f60-8182-93a4b5c6d7e8';
		await user.click(screen.getByLabelText('Paste codes'));
		await user.paste(`Sam: ${a}\nAlex: ${b}\nJo: https://rebalance.example.org/results?id=${id}\nKim: ${c}`);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		const status = screen.getByRole('status');
		await waitFor(() => expect(status).toHaveTextContent('3 codes added. One link is to someone’s own reflection, not a share code.'));
		expect(group.codes).toEqual([a, b, c].sort());
		// What to do is shown after the report, not said with it; not in green, as all went well would be.
		const advice = screen.getByText(/Ask them to open their results, press “Show my share code” and send you the code\./);
		expect(status).not.toContainElement(advice);
		expect(status.querySelector('.notice')).not.toHaveClass('ok');

		// Pasted on its own, it is not "no share codes" and nothing more.
		await user.click(screen.getByRole('button', { name: 'Add more codes' }));
		await user.click(screen.getByLabelText('Paste codes'));
		await user.paste(`http://localhost:4173/reflect?id=${id}&step=money and https://x.org/results?id=550e8400-e29b-41d4-a716-446655440000`);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));
		await waitFor(() =>
			expect(status).toHaveTextContent('No share codes were found in that text. 2 links are to people’s own reflections, not share codes.')
		);
		expect(screen.getByText(/Ask each person to open their results/)).toBeVisible();
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
