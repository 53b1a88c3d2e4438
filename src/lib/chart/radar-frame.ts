import { pathRound } from 'd3';
import { TAU, radial, runsPath, type Point } from './path-data';
import { round2 } from './radar-labels';

/** A radar's centre and radius in viewBox units, and how many spokes it has. */
export interface RadarFrame {
	cx: number;
	cy: number;
	radius: number;
	axisCount: number;
}

/** The point `dx`, `dy` from the frame's centre, rounded for stable SVG output. */
export function at(frame: RadarFrame, dx: number, dy: number): Point {
	return { x: round2(frame.cx + dx), y: round2(frame.cy + dy) };
}

/** Where `value` (0-100, clamped) lies on spoke `axisIndex`. */
export function pointAt(frame: RadarFrame, axisIndex: number, value: number): Point {
	if (frame.axisCount === 0) return at(frame, 0, 0);
	const clamped = Math.min(100, Math.max(0, value));
	const [dx, dy] = radial((TAU * axisIndex) / frame.axisCount, (frame.radius * clamped) / 100);
	return at(frame, dx, dy);
}

/** Where ring `value`'s number is centred. */
export function ringLabelAt(frame: RadarFrame, value: number): Point {
	if (frame.axisCount < 3) return pointAt(frame, 0, value);
	// Half-way along the ring's first edge, between two spokes, where no value's marker sits.
	const [a, b] = [pointAt(frame, 0, value), pointAt(frame, 1, value)];
	return { x: round2((a.x + b.x) / 2), y: round2((a.y + b.y) / 2) };
}

/** The outline of ring `value`: a polygon through the spokes, or a circle with fewer than 3. */
export function ringAt(frame: RadarFrame, value: number): string {
	if (frame.axisCount >= 3) {
		const corners = Array.from({ length: frame.axisCount }, (_, i) => pointAt(frame, i, value));
		return runsPath([corners], true);
	}
	// Fewer than 3 axes cannot make a polygon, so the grid is drawn as circles.
	const circle = pathRound(2);
	circle.arc(frame.cx, frame.cy, (frame.radius * value) / 100, 0, TAU);
	circle.closePath();
	return circle.toString();
}
