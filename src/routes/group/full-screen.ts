/** The parts of a document that going full screen reads and asks. */
export type FullScreenDocument = Pick<Document, 'fullscreenEnabled' | 'fullscreenElement'> & {
	documentElement: Pick<Element, 'requestFullscreen'>;
};

/** Whether the browser can make the page full screen and it is not: then a button can offer to. */
export const canFullScreen = (doc: FullScreenDocument): boolean => doc.fullscreenEnabled === true && !doc.fullscreenElement;

/**
 * Asks for the whole page full screen, where it can be, and settles once the browser has answered, yes or no;
 * then says whether a button should still offer to. The page, never presenter mode's dialog over it: the
 * Fullscreen standard refuses a dialog element, so asking for that always failed.
 */
export async function fullScreenPage(doc: FullScreenDocument): Promise<boolean> {
	if (canFullScreen(doc)) await doc.documentElement.requestFullscreen().catch(() => undefined);
	return canFullScreen(doc);
}

/**
 * Brings a modal dialog back over the page once the page has gone full screen after it opened. WebKit draws the page,
 * the later into the browser's top layer, over the dialog, so presenter mode was hidden behind the page, and
 * taps went to the page (whatwg/fullscreen#227; Chromium and Firefox keep the dialog on top, and are left alone).
 * Shown again, the dialog is the latest, on top, with focus and `scroller`'s place kept.
 */
export function keepDialogOnTop(dialog: HTMLDialogElement, scroller: HTMLElement | undefined): void {
	const box = dialog.getBoundingClientRect();
	const drawn = document.elementFromPoint?.(box.x + box.width / 2, box.y + box.height / 2);
	if (!dialog.open || typeof dialog.showModal !== 'function' || !drawn || dialog.contains(drawn)) return;
	const focused = document.activeElement;
	const scrolled = scroller?.scrollTop ?? 0;
	dialog.close();
	dialog.showModal();
	if (scroller) scroller.scrollTop = scrolled;
	if (focused instanceof HTMLElement && dialog.contains(focused)) focused.focus();
}
