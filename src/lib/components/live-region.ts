import { tick } from 'svelte';

/** How long a live region is left empty before the same words are put back: a few frames, even on a slow phone. */
const BLANK_MS = 100;

/**
 * Waits until a live region just emptied has been drawn empty, when it had words before. Chromium tells screen
 * readers what changed between the frames it draws, so words taken out and put back within one frame are no change,
 * and a second press of the same button would be silent. Words going into a region that was empty need no wait.
 */
export async function blankDrawn(hadWords: boolean): Promise<void> {
	await tick();
	if (hadWords) await new Promise((resolve) => setTimeout(resolve, BLANK_MS));
}
