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

/** A diamond marker of half-diagonal `r` centred on `p`. */
export function diamondPath({ x, y }: Point, r: number): string {
	const c = (px: number, py: number) => `${round2(px)},${round2(py)}`;
	return `M${c(x, y - r)}L${c(x + r, y)}L${c(x, y + r)}L${c(x - r, y)}Z`;
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
