import type { ReadingPlace } from './scroll-return';

// As long as storage is given to open (the pages' own time limit): past this, a jump would surprise the reader.
const GIVE_UP_MS = 10_000;
const READER_MOVES = ['wheel', 'touchstart', 'pointerdown', 'keydown', 'click'] as const;

// The follower running now, if any: Back then Forward again must not leave two pulling the page about.
let stopFollowing = () => {};

const isDistance = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isFields = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A place kept in sessionStorage, where an older version may have kept something else (a number alone, once), or null. */
function readPlace(kept: unknown): ReadingPlace | null {
	if (isDistance(kept)) return { y: kept };
	if (!isFields(kept) || !isDistance(kept.y)) return null;
	const { anchor } = kept;
	if (isFields(anchor) && typeof anchor.id === 'string' && isDistance(anchor.below)) return { y: kept.y, anchor: { id: anchor.id, below: anchor.below } };
	return { y: kept.y };
}

/** Where in the page (from its top) a heading is drawn, or null where it is not drawn (gone, or hidden). */
function drawnTop(id: string): number | null {
	const box = document.getElementById(id)?.getBoundingClientRect();
	return box && (box.width > 0 || box.height > 0) ? box.top + scrollY : null;
}

/**
 * Scrolls back to where the reader was (`kept`, on the page at `address`) as a page read from storage draws:
 * SvelteKit restores the scroll straight away, while the page is still a loading note, so Back would open a long
 * page at its top. Follows the page as it grows, and stops (calling `done`) once there, once the reader scrolls,
 * taps or types, or the page is scrolled some other way, once the address changes (another page is on its way),
 * or after the time storage is given to open.
 */
export function scrollBackTo(kept: unknown, address: string, done: () => void): void {
	stopFollowing();
	const place = readPlace(kept);
	if (place === null || (place.y === 0 && !place.anchor)) return done();
	const controller = new AbortController();
	// Where the follower last put the page: a scroll anywhere else (a scrollbar dragged, a screen reader moving
	// on, the page turned on its side) was the reader's.
	let placed = scrollY;
	const stop = () => {
		observer.disconnect();
		clearTimeout(timer);
		controller.abort();
		done();
	};
	const follow = () => {
		if (location.href !== address) return stop();
		const anchorTop = place.anchor ? drawnTop(place.anchor.id) : null;
		// Without its heading (not drawn yet, or gone since), the distance alone says where the reader was.
		const target = anchorTop === null ? place.y : anchorTop + place.anchor!.below;
		const furthest = Math.max(0, document.documentElement.scrollHeight - innerHeight);
		const wanted = Math.min(target, furthest);
		if (scrollY !== wanted) {
			placed = wanted;
			scrollTo(0, wanted);
		}
		// As the browser rounded it.
		placed = scrollY;
		if (furthest >= target) stop();
	};
	const moved = () => {
		if (Math.abs(scrollY - placed) > 1) stop();
	};
	const observer = new ResizeObserver(follow);
	const timer = setTimeout(stop, GIVE_UP_MS);
	for (const move of READER_MOVES) addEventListener(move, stop, { capture: true, passive: true, signal: controller.signal });
	addEventListener('scroll', moved, { passive: true, signal: controller.signal });
	observer.observe(document.body);
	stopFollowing = stop;
}
