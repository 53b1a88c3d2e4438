import { median } from '$lib/group/aggregate';
import type { Point } from './radar-geometry';
import { round2 } from './radar-labels';
import { diamondPath } from './radar-shapes';

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
	if (shape === 'diamond') return dots.map((dot) => diamondPath(dot, r + 1)).join('');
	return dots
		.map(({ x, y }) => `M${round2(x - r)},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`)
		.join('');
}

/** Where one source's block sits in the source-by-source chart. */
export interface SpreadBlock {
	top: number;
	nameY: number;
	/** A line of its own under the name, for who left it blank, so a long name never runs into it. */
	noteY: number;
	perceivedY: number;
	actualY: number;
	bottom: number;
}

/** The source-by-source chart's frame: size, scale, a block per source and the scale's ticks. */
export interface SpreadLayout {
	width: number;
	height: number;
	scale: StripScale;
	blocks: SpreadBlock[];
	ticks: { value: number; x: number }[];
	tickY: number;
	/** How far dots may stack either side of a row's centre line. */
	halfHeight: number;
}

const BLOCK = { name: 16, note: 33, perceived: 56, actual: 90, bottom: 108, height: 114 };

/** Lays out the source-by-source chart: one block per source, two rows each, a shared scale under them. */
export function spreadLayout(sourceCount: number, width = 340): SpreadLayout {
	const scale = { left: 84, right: width - 14 };
	const blocks = Array.from({ length: sourceCount }, (_, index) => {
		const top = index * BLOCK.height;
		return {
			top,
			nameY: top + BLOCK.name,
			noteY: top + BLOCK.note,
			perceivedY: top + BLOCK.perceived,
			actualY: top + BLOCK.actual,
			bottom: top + BLOCK.bottom
		};
	});
	const axisTop = sourceCount * BLOCK.height;
	const ticks = [0, 25, 50, 75, 100].map((value) => ({ value, x: stripX(value, scale) }));
	return { width, height: axisTop + 22, scale, blocks, ticks, tickY: axisTop + 10, halfHeight: 14 };
}

const ROW = 50;

/** The biggest-gaps chart's frame: a row per source (name above, a line below) and a shared scale. */
export function gapLayout(count: number, width = 340): Omit<SpreadLayout, 'blocks' | 'halfHeight'> & { rows: { nameY: number; y: number }[] } {
	const scale = { left: 12, right: width - 14 };
	const rows = Array.from({ length: count }, (_, index) => ({ nameY: index * ROW + 16, y: index * ROW + 36 }));
	const ticks = [0, 25, 50, 75, 100].map((value) => ({ value, x: stripX(value, scale) }));
	return { width, height: count * ROW + 22, scale, rows, ticks, tickY: count * ROW + 10 };
}
