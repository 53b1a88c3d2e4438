import { pathRound } from 'd3';

/** A full turn, in radians. */
export const TAU = 2 * Math.PI;

/** A point in the chart's viewBox units. */
export interface Point {
	x: number;
	y: number;
}

/**
 * Offset from the centre of a point `radius` out at `angle` (radians, 0 at 12 o'clock,
 * clockwise). The same arithmetic as d3-shape's pointRadial, which the charts drew with
 * before: d3-shape's bundle does not tree-shake, and cost 2.1 KiB gzip for this.
 */
export function radial(angle: number, radius: number): [number, number] {
	const fromThree = angle - Math.PI / 2;
	return [radius * Math.cos(fromThree), radius * Math.sin(fromThree)];
}

/**
 * Path data through runs of points, each run its own line, rounded to 2 decimals; `closed`
 * joins each run's end to its start. A run of one point is closed too ("Mx,yZ"), as d3's
 * line generator writes it.
 */
export function runsPath(runs: readonly (readonly Point[])[], closed = false): string {
	const path = pathRound(2);
	for (const run of runs) {
		run.forEach(({ x, y }, i) => (i === 0 ? path.moveTo(x, y) : path.lineTo(x, y)));
		if (closed ? run.length > 0 : run.length === 1) path.closePath();
	}
	return path.toString();
}
