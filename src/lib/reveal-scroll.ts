/** Where to scroll so that what a press did is seen: pure, so the rule is tested without a browser. */

/** A box's top and bottom edges, in CSS pixels from the top of the window. */
export interface Span {
	top: number;
	bottom: number;
}

/**
 * How far to scroll down (up, if negative) to bring `target` into `view` with `keep` (the control
 * that has focus, or null), moving as little as possible: 0 when both are in view already. When the
 * two cannot fit at once, `keep` stays in view, with as much of `target` as fits beside it.
 */
export function revealScroll(target: Span, keep: Span | null, view: Span): number {
	const top = Math.min(target.top, keep?.top ?? target.top);
	const bottom = Math.max(target.bottom, keep?.bottom ?? target.bottom);
	if (bottom - top > view.bottom - view.top) return keep && keep.top > target.top ? bottom - view.bottom : top - view.top;
	if (top < view.top) return top - view.top;
	return Math.max(0, bottom - view.bottom);
}
