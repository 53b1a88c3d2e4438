import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { qrShape } from '$lib/share/qr-path';
import type { SessionLink } from '$lib/state/session-editor.svelte';
import LinkPanel from './LinkPanel.svelte';
import { textChanges } from '$lib/components/live-region.test-helper';

const URL_TEXT = 'https://rebalance.example/join#1zABCDEFGH';
const LINK: SessionLink = {
	id: 'abc 123',
	url: URL_TEXT,
	settings: { title: 'Forum', welcome: '', date: null, sources: ['class', 'position', 'authority'], custom: [], threshold: 3 },
	replaced: false,
	keepsCodes: false
};

function withClipboard(writeText: (text: string) => Promise<void>) {
	Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

function setup(link: SessionLink = LINK, stale = false) {
	// user-event brings its own clipboard stub; set ours after it.
	const user = userEvent.setup();
	render(LinkPanel, { link, stale });
	return user;
}

afterEach(() => {
	Reflect.deleteProperty(navigator, 'clipboard');
});

describe('LinkPanel', () => {
	it('shows the link read-only', () => {
		setup();
		const field = screen.getByLabelText('Link for your group');
		expect(field).toHaveValue(URL_TEXT);
		expect(field).toHaveAttribute('readonly');
	});

	// A text message holds 160 characters: the description says whether the link fits, not how long it is.
	it.each([
		['fits in one text message', 160, /^It is short enough to send in one text message\.$/],
		['is longer than one text message', 161, /^It is longer than one text message\..*email or a chat app is safer\.$/]
	])('says when the link %s', (_, length, said) => {
		const url = `https://rebalance.example/join#1${'a'.repeat(length - 'https://rebalance.example/join#1'.length)}`;
		expect(url).toHaveLength(length);
		setup({ ...LINK, url });
		expect(screen.getByLabelText('Link for your group')).toHaveAccessibleDescription(said);
	});

	it('copies the link and says so in a status message', async () => {
		const user = setup();
		const writeText = vi.fn(async () => undefined);
		withClipboard(writeText);
		expect(screen.getByRole('status')).toHaveTextContent('');
		await user.click(screen.getByRole('button', { name: 'Copy link' }));
		expect(writeText).toHaveBeenCalledWith(URL_TEXT);
		expect(screen.getByRole('status')).toHaveTextContent(/^Copied/);
	});

	it('says "Copied" again when Copy is pressed a second time', async () => {
		const user = setup();
		withClipboard(async () => undefined);
		const copy = screen.getByRole('button', { name: 'Copy link' });
		await user.click(copy);
		const status = screen.getByRole('status');
		const heard = textChanges(status);
		await user.click(copy);
		// Emptied, drawn empty, and filled again, so it is read out again.
		expect(heard).toEqual(['']);
		await vi.waitFor(() => expect(heard.at(-1)).toMatch(/^Copied\. You can paste it/));
	});

	it('warns, when the link is out of date, that the copied link lacks the latest changes, and ties the note to Copy', async () => {
		const user = userEvent.setup();
		const { rerender } = render(LinkPanel, { link: LINK, stale: false });
		withClipboard(async () => undefined);
		const copy = screen.getByRole('button', { name: 'Copy link' });
		expect(copy).not.toHaveAttribute('aria-describedby');
		await user.click(copy);
		expect(screen.getByRole('status')).toHaveTextContent(/^Copied\. You can paste it/);
		await rerender({ link: LINK, stale: true });
		// "Copied" was said of the link as it was; once the form moves on it is not left standing.
		expect(screen.getByRole('status')).toHaveTextContent('');
		expect(copy).toHaveAccessibleDescription(/You have changed the session since this link was made\. Press “Save and update link”/);
		await user.click(copy);
		expect(screen.getByRole('status')).toHaveTextContent(
			'Copied, but this link does not have your latest changes. Press “Save and update link”, at the end of the form below, to get a link with your changes.'
		);
		// The change undone, the link is current again: nothing is said unasked, old "Copied" or new.
		await rerender({ link: LINK, stale: false });
		expect(screen.getByRole('status')).toHaveTextContent('');
		await rerender({ link: LINK, stale: true });
		expect(screen.getByRole('status')).toHaveTextContent('');
	});

	it('falls back to selecting and copying when the clipboard is refused', async () => {
		const user = setup();
		withClipboard(async () => Promise.reject(new DOMException('No', 'NotAllowedError')));
		const execCommand = vi.fn(() => true);
		document.execCommand = execCommand;
		await user.click(screen.getByRole('button', { name: 'Copy link' }));
		expect(execCommand).toHaveBeenCalledWith('copy');
		const field = screen.getByLabelText<HTMLInputElement>('Link for your group');
		expect(field).toHaveFocus();
		expect([field.selectionStart, field.selectionEnd]).toEqual([0, URL_TEXT.length]);
		expect(screen.getByRole('status')).toHaveTextContent(/^Copied/);
	});

	it('asks the person to copy it themselves when nothing works', async () => {
		const user = setup();
		withClipboard(async () => Promise.reject(new Error('No')));
		document.execCommand = vi.fn(() => false);
		await user.click(screen.getByRole('button', { name: 'Copy link' }));
		expect(screen.getByRole('status')).toHaveTextContent('Select the link and copy it.');
	});

	it('draws a QR code of the link, and a new one when the link changes', async () => {
		// qrShape is checked on its own to read back as its text (qr-path.spec.ts); here, that the panel draws this link.
		const drawn = () =>
			screen.getByRole('img', { name: 'QR code for the session link' }).querySelector('path')?.getAttribute('d');
		const other = { ...LINK, url: `${URL_TEXT}xyz` };
		const { rerender } = render(LinkPanel, { link: LINK, stale: false });
		const first = drawn();
		expect(first).toBe(qrShape(LINK.url).path);
		await rerender({ link: other, stale: false });
		expect(drawn()).toBe(qrShape(other.url).path);
		expect(drawn()).not.toBe(first);
		await rerender({ link: { ...LINK }, stale: false });
		expect(drawn()).toBe(first);
	});

	it('links to the group screen for this session and to the participants’ view', () => {
		setup();
		expect(screen.getByRole('link', { name: 'Open the group screen' })).toHaveAttribute('href', '/group?session=abc%20123');
		const own = screen.getByRole('link', { name: /Open the link yourself/ });
		expect(own).toHaveAttribute('href', URL_TEXT);
		expect(own).toHaveAttribute('target', '_blank');
	});

	it('prints a handout', async () => {
		const user = setup();
		const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
		await user.click(screen.getByRole('button', { name: 'Print a handout' }));
		expect(print).toHaveBeenCalledOnce();
	});

	it.each([
		['an up-to-date first link', LINK, false, null],
		['a replaced link', { ...LINK, replaced: true }, false, /Anyone who already has the old link keeps the old version/],
		['a replaced link with other sources', { ...LINK, replaced: true }, false, /sources changed, so share codes from the old link will not be counted/],
		['a replaced link with the same sources', { ...LINK, replaced: true, keepsCodes: true }, false, /old link still count towards this session’s group picture, so people who have already sent you a code/],
		['a link the form has moved on from', LINK, true, /changed the session since this link was made/]
	] as const)('explains %s', (_, link, stale, note) => {
		setup(link, stale);
		const notice = document.querySelector('.notice');
		if (note) expect(notice).toHaveTextContent(note);
		else expect(notice).toBeNull();
	});

	it.each([
		[LINK, false, 'Your link is ready'],
		[{ ...LINK, replaced: true }, false, 'Your new link is ready'],
		[{ ...LINK, replaced: true }, true, 'Your link, without your latest changes']
	] as const)('heads the panel "%#" one level under the session’s own heading', (link, stale, heading) => {
		setup(link, stale);
		expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(heading);
		expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
	});
});
