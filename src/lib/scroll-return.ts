import type { Snapshot } from '@sveltejs/kit';

/**
 * Where the reader was: how far down the page, and the nearest element with an id at or above the window's top,
 * with how far below its top. The page may come back laid out a little differently (a form folded away), and
 * the element still says where the reader was in it.
 */
export interface ReadingPlace {
	y: number;
	anchor?: { id: string; below: number };
}

/** Where the reader is now. */
function readingPlace(): ReadingPlace {
	let anchor: ReadingPlace['anchor'];
	let nearest = -Infinity;
	for (const element of document.querySelectorAll('main [id]')) {
		const box = element.getBoundingClientRect();
		// Hidden elements have no box, and say nothing about where the reader is.
		if (box.width === 0 && box.height === 0) continue;
		if (box.top <= 0 && box.top > nearest) [nearest, anchor] = [box.top, { id: element.id, below: -box.top }];
	}
	return anchor ? { y: scrollY, anchor } : { y: scrollY };
}

/**
 * Takes the reader back to `kept` as the page draws (scroll-follow.ts). Loaded only then: most visits
 * never go back, and the results are in the reflection's budget.
 */
function scrollBack(kept: unknown): Promise<void> {
	// Read now: by the time the code has loaded, the reader may have gone on to another page.
	const address = location.href;
	return import('./scroll-follow').then(({ scrollBackTo }) => scrollBackTo(kept, address));
}

/** A page's snapshot that brings Back, Forward and reload to where the reader had scrolled. */
export const scrollSnapshot: Snapshot<unknown> = {
	capture: readingPlace,
	restore: (kept) => void scrollBack(kept)
};

/** A page's own snapshot with the scroll kept beside it, as {@link scrollSnapshot} keeps it. */
export function withScroll(own: Snapshot<unknown>): Snapshot<unknown> {
	return {
		capture: () => ({ own: own.capture(), scrolled: readingPlace() }),
		restore: (kept) => {
			// An older version kept the page's own snapshot alone.
			const both = typeof kept === 'object' && kept !== null && 'scrolled' in kept && 'own' in kept;
			own.restore(both ? kept.own : kept);
			if (both) void scrollBack(kept.scrolled);
		}
	};
}
