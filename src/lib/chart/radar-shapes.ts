import { pathRound } from 'd3';
import { TAU, runsPath } from './path-data';
import { pointFor, type Point, type RadarLayout } from './radar-geometry';
import { round2 } from './radar-labels';

/** A present value on one axis, with its position. */
export interface SeriesPoint extends Point {
	axisIndex: number;
	value: number;
}

/** A series' outline: `closed` (and so fillable) only when every axis has a value. */
export interface SeriesShape {
	path: string;
	points: SeriesPoint[];
	blanks: number[];
	closed: boolean;
}

/**
 * A series' outline. Blank (null) values are gaps, not zeros: the outline breaks there,
 * joining the last axis back to the first only when both have values. A lone value between
 * two blanks has no line to draw, so it shows only as its marker.
 */
export function seriesSegments(layout: RadarLayout, values: (number | null)[]): SeriesShape {
	const n = layout.axes.length;
	const slots = layout.axes.map((_, i): SeriesPoint | null => {
		const value = values[i];
		return value == null || !Number.isFinite(value)
			? null
			: { axisIndex: i, value, ...pointFor(layout, i, value) };
	});
	const points = slots.filter((slot) => slot !== null);
	const blanks = slots.flatMap((slot, i) => (slot === null ? [i] : []));
	if (n >= 3 && blanks.length === 0) {
		return { path: runsPath([points], true), points, blanks, closed: true };
	}
	// Start just after a blank, so a run that wraps past the last axis stays one piece.
	const start = blanks.length > 0 ? (blanks[0] ?? 0) + 1 : 0;
	const runs: SeriesPoint[][] = [[]];
	for (let k = 0; k < n; k++) {
		const slot = slots[(start + k) % n];
		if (slot) runs[runs.length - 1]!.push(slot);
		else if (runs[runs.length - 1]!.length > 0) runs.push([]);
	}
	return { path: runsPath(runs), points, blanks, closed: false };
}

/** A diamond marker of half-diagonal `r` centred on the point given. */
export function diamondPath({ x, y }: Point, r: number): string {
	const corner = (px: number, py: number) => `${round2(px)},${round2(py)}`;
	return `M${corner(x, y - r)}L${corner(x + r, y)}L${corner(x, y + r)}L${corner(x - r, y)}Z`;
}

/** A round marker of radius `r` centred on the point given, as two half-circle arcs (`sweep` 0 goes anticlockwise). */
export function circlePath({ x, y }: Point, r: number, sweep: 0 | 1 = 0): string {
	const arc = (dx: number) => `a${r},${r} 0 1,${sweep} ${dx},0`;
	return `M${round2(x - r)},${round2(y)}${arc(2 * r)}${arc(-2 * r)}Z`;
}

/** A ring of radius `r` and width `width` centred on `p`, for a fill: the inner circle runs the other way, leaving a hole. */
export function ringPath(p: Point, r: number, width: number): string {
	return circlePath(p, r + width / 2) + circlePath(p, r - width / 2, 1);
}

/**
 * One pointer target per axis: a wedge from the centre, reaching past every corner of the
 * chart, from half-way to the previous axis to half-way to the next.
 */
export function hitAreas(layout: RadarLayout): string[] {
	const n = layout.axes.length;
	const reach = Math.hypot(layout.width, layout.height);
	return layout.axes.map(({ angle }) => {
		const wedge = pathRound(2);
		// d3-path arcs measure angles from 3 o'clock, a quarter turn before radial's 12.
		const from = angle - Math.PI / n - Math.PI / 2;
		wedge.moveTo(layout.cx, layout.cy);
		wedge.arc(layout.cx, layout.cy, reach, from, from + TAU / n);
		wedge.closePath();
		return wedge.toString();
	});
}

/**
 * The circles that lie within `distance` of a diamond, so one marker would hide the other: each
 * is drawn as a ring round the diamond instead. Any axis: values near 0 meet at the centre.
 */
export function sharedPoints<T extends Point>(circles: readonly T[], diamonds: readonly Point[], distance: number): Set<T> {
	return new Set(circles.filter((p) => diamonds.some((q) => Math.hypot(p.x - q.x, p.y - q.y) < distance)));
}

const placeOf = ({ x, y }: Point) => `${x},${y}`;

/** The first of the points at each place, in order. */
export function onePerPlace<T extends Point>(points: readonly T[]): T[] {
	const seen = new Set<string>();
	return points.filter((p) => {
		if (seen.has(placeOf(p))) return false;
		seen.add(placeOf(p));
		return true;
	});
}

/**
 * The points of an outline that no line shows, one per place: a lone value between blanks, and
 * the centre, where 0s meet, when no line runs from it. An outline of 0s only is nothing but its
 * centre point, and needs a marker there to be seen at all.
 */
export function lonePoints(shape: SeriesShape): SeriesPoint[] {
	const n = shape.points.length + shape.blanks.length;
	const at = new Map(shape.points.map((p) => [p.axisIndex, p]));
	const lined = new Set<string>();
	// The sides seriesSegments draws: each axis to the next, and the last to the first from 3 axes on.
	for (let i = 0; i < (n < 3 ? n - 1 : n); i++) {
		const [p, q] = [at.get(i), at.get((i + 1) % n)];
		if (p && q && placeOf(p) !== placeOf(q)) lined.add(placeOf(p)).add(placeOf(q));
	}
	return onePerPlace(shape.points.filter((p) => !lined.has(placeOf(p))));
}
