import type { Snapshot } from '@sveltejs/kit';

/**
 * Where the reader was: how far down the page, and the nearest heading with an id at or above the window's top,
 * with how far below its top. The page may come back laid out a little differently (a form folded away), and
 * the heading still says where the reader was in it.
 */
export interface ReadingPlace {
	y: number;
	anchor?: { id: string; below: number };
}

/** Where the reader is now. */
function readingPlace(): ReadingPlace {
	let anchor: ReadingPlace['anchor'];
	let nearest = -Infinity;
	// Headings only: their ids are written by hand, where a component's own ($props.id()) are counted as it is
	// made, and could name something else on a page laid out afresh.
	for (const element of document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)[id]')) {
		const box = element.getBoundingClientRect();
		// Hidden headings have no box, and say nothing about where the reader is.
		if (box.width === 0 && box.height === 0) continue;
		if (box.top <= 0 && box.top > nearest) [nearest, anchor] = [box.top, { id: element.id, below: -box.top }];
	}
	return anchor ? { y: scrollY, anchor } : { y: scrollY };
}

// The place being gone back to, until the page is there: a page hidden or left meanwhile keeps it, not the
// top of its loading note.
let returning: unknown = null;

/** Where the reader is, or is being taken back to. */
function place(): unknown {
	return returning ?? readingPlace();
}

/**
 * Takes the reader back to `kept` as the page draws (scroll-follow.ts). Loaded only then: most visits
 * never go back, and the results are in the reflection's budget.
 */
function scrollBack(kept: unknown): void {
	returning = kept;
	// Read now: by the time the code has loaded, the reader may have gone on to another page.
	const address = location.href;
	const arrived = () => {
		if (returning === kept) returning = null;
	};
	// Without its code (a newer version has replaced this one's files), the page simply stays where it opened.
	import('./scroll-follow').then(({ scrollBackTo }) => scrollBackTo(kept, address, arrived), arrived);
}

/** A page's snapshot that brings Back, Forward and reload to where the reader had scrolled. */
export const scrollSnapshot: Snapshot<unknown> = {
	capture: place,
	restore: scrollBack
};

/** A page's own snapshot with the scroll kept beside it, as {@link scrollSnapshot} keeps it. */
export function withScroll(own: Snapshot<unknown>): Snapshot<unknown> {
	return {
		capture: () => ({ own: own.capture() ?? null, scrolled: place() }),
		restore: (kept) => {
			// An older version kept the page's own snapshot alone.
			const both = typeof kept === 'object' && kept !== null && 'scrolled' in kept && 'own' in kept;
			own.restore(both ? kept.own : kept);
			if (both) scrollBack(kept.scrolled);
		}
	};
}
