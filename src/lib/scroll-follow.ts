import type { ReadingPlace } from './scroll-return';

// As long as storage is given to open (the pages' own time limit): past this, a jump would surprise the reader.
const GIVE_UP_MS = 10_000;
const READER_MOVES = ['wheel', 'touchstart', 'pointerdown', 'keydown', 'click'] as const;

// The follower running now, if any: Back then Forward again must not leave two pulling the page about.
let stopFollowing = () => {};

const isDistance = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A place kept in sessionStorage, where an older version may have kept something else (a number alone, once), or null. */
function readPlace(kept: unknown): ReadingPlace | null {
	if (isDistance(kept)) return { y: kept };
	if (typeof kept !== 'object' || kept === null || !('y' in kept) || !isDistance(kept.y)) return null;
	const anchor = 'anchor' in kept ? kept.anchor : undefined;
	const usable = typeof anchor === 'object' && anchor !== null && 'id' in anchor && typeof anchor.id === 'string' && 'below' in anchor && isDistance(anchor.below);
	return usable ? { y: kept.y, anchor: { id: anchor.id as string, below: anchor.below as number } } : { y: kept.y };
}

/**
 * Scrolls back to where the reader was (`kept`, on the page at `address`) as a page read from storage draws:
 * SvelteKit restores the scroll straight away, while the page is still a loading note, so Back would open a long
 * page at its top. Follows the page as it grows, and stops once there, once the reader scrolls, taps or types,
 * once the address changes (another page is on its way), or after the time storage is given to open.
 */
export function scrollBackTo(kept: unknown, address: string): void {
	stopFollowing();
	const place = readPlace(kept);
	if (place === null || (place.y === 0 && !place.anchor)) return;
	const controller = new AbortController();
	const stop = () => {
		observer.disconnect();
		clearTimeout(timer);
		controller.abort();
	};
	const follow = () => {
		if (location.href !== address) return stop();
		const anchor = place.anchor && document.getElementById(place.anchor.id);
		const target = anchor ? anchor.getBoundingClientRect().top + scrollY + place.anchor!.below : place.y;
		const furthest = Math.max(0, document.documentElement.scrollHeight - innerHeight);
		if (scrollY !== Math.min(target, furthest)) scrollTo(0, Math.min(target, furthest));
		if (furthest >= target && (anchor || !place.anchor)) stop();
	};
	const observer = new ResizeObserver(follow);
	const timer = setTimeout(stop, GIVE_UP_MS);
	for (const move of READER_MOVES) addEventListener(move, stop, { capture: true, passive: true, signal: controller.signal });
	observer.observe(document.body);
	stopFollowing = stop;
}
