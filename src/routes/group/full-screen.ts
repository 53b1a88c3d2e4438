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
