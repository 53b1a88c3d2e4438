// Presenter mode in WebKit, as on a Mac or an iPad in Safari: full screen, the keys, and every way out.
// Run by scripts/webkit.js. WebKitGTK grants full screen on a press, and its Escape then leaves full
// screen without the page hearing the key, as a phone's Back would.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { endJourney, openGroupOfFour } from './journey-steps';
import { KEY, WebKitPage } from './webdriver';

let page: WebKitPage;

beforeEach(async () => {
	page = await WebKitPage.start();
});

afterEach(() => endJourney(page));

/** What presenter mode shows, as the person in front of it meets it. */
interface Seen {
	open: boolean;
	/** What is full screen: 'page' for the whole page. */
	fullScreen: string | null;
	/** Whether presenter mode is what is drawn, and tapped, in the middle of the screen. */
	onTop: boolean;
	view: string | null;
	/** Whether a "Full screen" button offers to go (back) full screen. */
	offered: boolean;
	/** "About this chart", where a small screen shows it: whether its words are open. */
	about: 'open' | 'closed' | null;
	/** Where focus is: 'picture', 'words' (the view's own), or a button's name. */
	focus: string;
}

const seen = () =>
	page.evaluate<Seen>(`
		const dialog = document.querySelector('dialog');
		const box = dialog?.getBoundingClientRect();
		const shown = (name) => [...(dialog?.querySelectorAll('button') ?? [])].find((button) => button.textContent.trim() === name && button.getClientRects().length > 0);
		const about = shown('About this chart');
		const focused = document.activeElement;
		const full = document.fullscreenElement;
		return {
			open: !!dialog?.open,
			fullScreen: full === document.documentElement ? 'page' : full?.tagName ?? null,
			onTop: !!box && dialog.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)),
			view: document.getElementById('presenter-heading')?.textContent.split(': ').at(-1) ?? null,
			offered: !!shown('Full screen'),
			about: about ? (about.getAttribute('aria-expanded') === 'true' ? 'open' : 'closed') : null,
			focus: focused?.getAttribute('role') === 'region' ? 'picture' : focused?.matches('.intro, .legend') ? 'words' : focused?.textContent.trim()
		};`);

/** Waits for presenter mode to show `expected`, and fails showing what it showed instead. */
const settles = (expected: Partial<Seen>) => expect.poll(seen, { timeout: 10_000, interval: 100 }).toMatchObject(expected);

const presenting = { open: true, onTop: true };
const fullScreen = { ...presenting, fullScreen: 'page', offered: false };
const left = { open: false, fullScreen: null, focus: 'Present' };

/** Picks a view by its tab with a pointer, which works only where nothing is left over the page. */
async function pickTab(name: string): Promise<void> {
	await page.click('[role=tab]', name);
	await page.waitFor(`return document.querySelector('[role=tab][aria-selected=true]')?.textContent.includes(${JSON.stringify(name)})`, `the ${name} tab`);
}

it('presents a group full screen, over the page, with the keys, Leave and Escape; on a phone, Escape closes About this chart first', async () => {
	await page.resize(1280, 900);
	await openGroupOfFour(page);
	await page.click('button', 'Present');
	// WebKit drew the page, gone full screen after the dialog opened, over presenter mode: a pointer
	// reached the page, and the picture could not be seen.
	await settles({ ...fullScreen, view: 'Everyone together', about: null, focus: 'picture' });
	await page.press(KEY.ArrowRight);
	await settles({ ...fullScreen, view: 'Side by side', focus: 'picture' });
	await page.press(KEY.ArrowLeft);
	await settles({ ...fullScreen, view: 'Everyone together', focus: 'picture' });
	await page.click('dialog button', 'Leave');
	await settles(left);
	await pickTab('Side by side');

	await page.click('button', 'Present');
	await settles({ ...fullScreen, view: 'Side by side' });
	await page.press(KEY.Escape);
	await settles(left);
	await pickTab('Everyone together');

	// A small phone (WebKitGTK's window keeps a little more width): the view's words wait behind "About this chart".
	await page.resize(375, 667);
	await page.click('button', 'Present');
	await settles({ ...fullScreen, about: 'closed', focus: 'picture' });
	await page.click('dialog button', 'About this chart');
	await settles({ ...fullScreen, about: 'open', focus: 'words' });
	// In full screen, Escape is the browser's: it leaves full screen, and presenter mode closes the words only.
	await page.press(KEY.Escape);
	const windowed = { ...presenting, fullScreen: null, offered: true };
	await settles({ ...windowed, about: 'closed', focus: 'About this chart' });
	// Out of full screen, the page hears Escape, and closes the words first again.
	await page.click('dialog button', 'About this chart');
	await settles({ ...windowed, about: 'open', focus: 'words' });
	await page.press(KEY.Escape);
	await settles({ ...windowed, about: 'closed', focus: 'About this chart' });
	// Going full screen again keeps the picture where it was scrolled to.
	await page.click('dialog button', 'About this chart');
	const stage = `document.querySelector('dialog [role=region]')`;
	await page.waitFor(`const stage = ${stage}; stage.scrollTop = 100; return stage.scrollTop === 100`, 'the picture scrolled');
	await page.click('dialog button', 'Full screen');
	await settles({ ...fullScreen, about: 'open', focus: 'picture' });
	expect(await page.evaluate<number>(`return ${stage}.scrollTop`)).toBe(100);
	await page.press(KEY.Escape);
	await settles({ ...windowed, about: 'closed', focus: 'About this chart' });
	await page.press(KEY.Escape);
	await settles(left);
	await pickTab('Biggest gaps');
});
