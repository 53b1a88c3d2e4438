import { median } from '$lib/group/aggregate';
import type { Point } from './radar-geometry';
import { round2 } from './radar-labels';
import { circlePath, diamondPath } from './radar-shapes';

/** The horizontal 0-100 scale of a strip plot, in viewBox units. */
export interface StripScale {
	left: number;
	right: number;
}

/** One row of dots: one per answer, stacked where they would overlap, and the row's middle value. */
export interface StripRow {
	dots: Point[];
	/** Where the middle value (median) sits, or null when nobody answered. */
	medianX: number | null;
	median: number | null;
	blanks: number;
}

/** Where `value` (0-100, clamped) sits on the scale. */
export function stripX(value: number, { left, right }: StripScale): number {
	return round2(left + ((right - left) * Math.min(100, Math.max(0, value))) / 100);
}

/** A dot size that keeps a few dots easy to see and many dots from piling up too high. */
export function dotRadius(count: number): number {
	return count <= 20 ? 5 : count <= 60 ? 3.5 : 2.5;
}

/**
 * Dots for one row. Dots closer than a dot's width share a column, stacked top to bottom
 * and centred on the row's line. The step between stacked dots shrinks, for the whole row
 * alike, so the tallest column fits within `halfHeight` either side. Dots are ordered by
 * value only, so nothing ties a dot to a person.
 */
export function stackRow(
	values: readonly (number | null)[],
	scale: StripScale,
	centre: number,
	radius: number,
	halfHeight: number
): StripRow {
	const present = values.filter((value): value is number => value !== null && Number.isFinite(value));
	const xs = present.map((value) => stripX(value, scale)).sort((a, b) => a - b);
	const columns: number[][] = [];
	for (const x of xs) {
		const column = columns.at(-1);
		if (column && x - column[0]! < 2 * radius) column.push(x);
		else columns.push([x]);
	}
	const tallest = Math.max(1, ...columns.map((column) => column.length));
	const step = tallest === 1 ? 0 : Math.min(2 * radius + 1, (2 * halfHeight) / (tallest - 1));
	const dots = columns.flatMap((column) =>
		column.map((x, k) => ({ x, y: round2(centre + (k - (column.length - 1) / 2) * step) }))
	);
	const middle = median(present);
	return {
		dots,
		median: middle,
		medianX: middle === null ? null : stripX(middle, scale),
		blanks: values.length - present.length
	};
}

/** All of a row's dots as one path: circles or diamonds of radius `r`. */
export function dotsPath(dots: readonly Point[], r: number, shape: 'circle' | 'diamond'): string {
	return dots.map((dot) => (shape === 'diamond' ? diamondPath(dot, r + 1) : circlePath(dot, r))).join('');
}

/** A 0-100 scale's tick marks. */
export type Ticks = { value: number; x: number }[];

/** The ticks at 0, 25, 50, 75 and 100 along `scale`. */
export function ticksFor(scale: StripScale): Ticks {
	return [0, 25, 50, 75, 100].map((value) => ({ value, x: stripX(value, scale) }));
}

/**
 * The viewBox width for a strip chart drawn `shown` CSS pixels wide: its natural width, or on a
 * narrower screen that width (down to `min`), so its text is drawn full size rather than shrunk.
 */
export function stripWidth(shown: number, natural = 340, min = 260): number {
	return shown > 0 && shown < natural ? Math.max(min, Math.floor(shown)) : natural;
}
