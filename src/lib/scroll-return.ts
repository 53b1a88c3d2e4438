import type { Snapshot } from '@sveltejs/kit';

// As long as storage is given to open (the pages' own time limit): past this, a jump would surprise the reader.
const GIVE_UP_MS = 10_000;
const READER_MOVES = ['wheel', 'touchstart', 'pointerdown', 'keydown', 'click'] as const;

// The follower running now, if any: Back then Forward again must not leave two pulling the page about.
let stopFollowing = () => {};

/**
 * Scrolls back down to `y` as a page read from storage draws: SvelteKit restores the scroll straight away,
 * while the page is still a loading note, so Back would open a long page at its top. Follows the page as it
 * grows, and stops once there, once the reader scrolls, taps or types, once the address changes (another
 * page is on its way), or after the time storage is given to open.
 */
function scrollBackTo(y: unknown): void {
	stopFollowing();
	// Kept in sessionStorage, where an older version may have kept something else.
	if (typeof y !== 'number' || !(y > 0) || !Number.isFinite(y)) return;
	const address = location.href;
	const controller = new AbortController();
	const stop = () => {
		observer.disconnect();
		clearTimeout(timer);
		controller.abort();
	};
	const follow = () => {
		if (location.href !== address) return stop();
		const furthest = Math.max(0, document.documentElement.scrollHeight - innerHeight);
		if (scrollY !== Math.min(y, furthest)) scrollTo(0, Math.min(y, furthest));
		if (furthest >= y) stop();
	};
	const observer = new ResizeObserver(follow);
	const timer = setTimeout(stop, GIVE_UP_MS);
	for (const move of READER_MOVES) addEventListener(move, stop, { capture: true, passive: true, signal: controller.signal });
	observer.observe(document.body);
	stopFollowing = stop;
}

/** A page's snapshot that brings Back, Forward and reload to where the reader had scrolled. */
export const scrollSnapshot: Snapshot<number> = {
	capture: () => scrollY,
	restore: (y) => scrollBackTo(y)
};
