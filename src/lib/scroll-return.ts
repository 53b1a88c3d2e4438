import type { Snapshot } from '@sveltejs/kit';

// Past this, the page is taken to have drawn all it will: a later jump would surprise the reader.
const GIVE_UP_MS = 4000;
const READER_MOVES = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Scrolls back down to `y` as a page read from storage draws: SvelteKit restores the scroll straight away,
 * while the page is still a loading note, so Back would open a long page at its top. Follows the page as it
 * grows, and stops once there, once the reader scrolls, taps or types, or after a few seconds.
 */
function scrollBackTo(y: unknown): void {
	// Kept in sessionStorage, where an older version may have kept something else.
	if (typeof y !== 'number' || !(y > 0) || !Number.isFinite(y)) return;
	const controller = new AbortController();
	const stop = () => {
		observer.disconnect();
		clearTimeout(timer);
		controller.abort();
	};
	const follow = () => {
		const furthest = document.documentElement.scrollHeight - innerHeight;
		if (scrollY !== Math.min(y, furthest)) scrollTo(0, Math.min(y, furthest));
		if (furthest >= y) stop();
	};
	const observer = new ResizeObserver(follow);
	const timer = setTimeout(stop, GIVE_UP_MS);
	for (const move of READER_MOVES) addEventListener(move, stop, { capture: true, passive: true, signal: controller.signal });
	observer.observe(document.body);
}

/** A page's snapshot that brings Back, Forward and reload to where the reader had scrolled. */
export const scrollSnapshot: Snapshot<number> = {
	capture: () => scrollY,
	restore: (y) => scrollBackTo(y)
};
