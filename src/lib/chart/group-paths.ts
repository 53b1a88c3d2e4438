import { pointFor, type RadarLayout } from './radar-geometry';
import type { TextAnchor } from './radar-labels';
import {
	circlePath,
	diamondPath,
	lonePoints,
	onePerPlace,
	ringPath,
	seriesSegments,
	sharedPoints,
	type SeriesPoint,
	type SeriesShape
} from './radar-shapes';

/** One person's (or the group's) two readings per source, in the session's source order. */
export interface Readings {
	scores: readonly { perceived: number | null; actual: number | null }[];
}

/** Each reading's points that no line shows (see lonePoints): they need marks. */
export interface LonePair {
	perceived: SeriesPoint[];
	actual: SeriesPoint[];
}

/** The two outlines of one result, as SVG path data, with their points that no line shows. */
export interface OutlinePair {
	perceived: string;
	actual: string;
	lone: LonePair;
}

/** Point text by axis and value: share codes carry scores in steps of 5, so points repeat a lot. */
type PointCache = Map<number, string>[];

/** One outline as path data, and its points that no line shows. */
function slowOutline(layout: RadarLayout, values: (number | null)[]): { path: string; lone: SeriesPoint[] } {
	const shape = seriesSegments(layout, values);
	return { path: shape.path, lone: lonePoints(shape) };
}

/**
 * One outline as path data, and its lone points, the same as {@link seriesSegments} and
 * {@link lonePoints} give. A complete outline (the usual case) is written directly, reusing
 * point text, which is many times quicker for hundreds of people.
 */
function outline(layout: RadarLayout, cache: PointCache, values: (number | null)[]): { path: string; lone: SeriesPoint[] } {
	const n = layout.axes.length;
	if (n < 3 || values.length < n || values.some((value) => value == null || !Number.isFinite(value)))
		return slowOutline(layout, values);
	let path = '';
	let first = '';
	let onePlace = true;
	for (let i = 0; i < n; i++) {
		const value = Math.min(100, Math.max(0, values[i] as number));
		let point = cache[i]!.get(value);
		if (point === undefined) {
			const { x, y } = pointFor(layout, i, value);
			point = `${x},${y}`;
			cache[i]!.set(value, point);
		}
		if (i === 0) first = point;
		else if (point !== first) onePlace = false;
		path += `${i === 0 ? 'M' : 'L'}${point}`;
	}
	// Every point in one place, the centre (all 0): no line shows it.
	return onePlace ? slowOutline(layout, values) : { path: `${path}Z`, lone: [] };
}

/** Every result's outlines, one pair each, in the order given. */
export function outlinePairs(layout: RadarLayout, results: readonly Readings[]): OutlinePair[] {
	const cache: PointCache = layout.axes.map(() => new Map());
	return results.map(({ scores }) => {
		const perceived = outline(layout, cache, scores.map((score) => score.perceived));
		const actual = outline(layout, cache, scores.map((score) => score.actual));
		return { perceived: perceived.path, actual: actual.path, lone: { perceived: perceived.lone, actual: actual.lone } };
	});
}

/** How big marks are: a circle's radius (a diamond's half-diagonal is 1 more), and that of the ring, 2 wide, a circle becomes round a diamond. */
export interface MarkSize {
	r: number;
	ring: number;
}

/**
 * Marks for points no line shows, once per place, as path data to fill: circles for perceived,
 * diamonds for actual, and where the two meet, the circle a ring round the diamond, as on a
 * person's own chart. Empty strings when there are none.
 */
export function markPaths(lone: LonePair, { r, ring }: MarkSize): { perceived: string; actual: string } {
	const [perceived, actual] = [onePerPlace(lone.perceived), onePerPlace(lone.actual)];
	const around = sharedPoints(perceived, actual, r);
	return {
		perceived: perceived.map((p) => (around.has(p) ? ringPath(p, ring, 2) : circlePath(p, r))).join(''),
		actual: actual.map((p) => diamondPath(p, r + 1)).join('')
	};
}

/**
 * Everyone's marks for points no line shows, hollow, to draw as faintly as their outlines: one
 * path per person that has any, so many people at one place read darker, as outlines do. A
 * circle within `r` of anyone's diamond is a ring round it instead, so neither hides the other.
 */
export function hollowMarks(people: readonly LonePair[], { r, ring }: MarkSize): { perceived: string[]; actual: string[] } {
	const around = sharedPoints(people.flatMap((lone) => lone.perceived), people.flatMap((lone) => lone.actual), r);
	const each = (draw: (lone: LonePair) => string[]) => people.map((lone) => draw(lone).join('')).filter(Boolean);
	return {
		perceived: each((lone) => lone.perceived.map((p) => circlePath(p, around.has(p) ? ring : r))),
		actual: each((lone) => lone.actual.map((p) => diamondPath(p, r + 1)))
	};
}

/** The group's middle outlines, with their points for markers. */
export function medianShapes(
	layout: RadarLayout,
	medians: { perceived: (number | null)[]; actual: (number | null)[] }
): { perceived: SeriesShape; actual: SeriesShape } {
	return { perceived: seriesSegments(layout, medians.perceived), actual: seriesSegments(layout, medians.actual) };
}

/** The whole grid (rings and spokes) as one path, so a small chart needs one element for its frame. */
export function framePath(layout: RadarLayout): string {
	const spokes = layout.axes.map((axis) => `M${layout.cx},${layout.cy}L${axis.end.x},${axis.end.y}`);
	return [...layout.rings.map((ring) => ring.path), ...spokes].join('');
}

/**
 * How opaque each person's thin outline is: strong for a few people, fainter as more are
 * drawn on top of each other, so dense areas still read as darker.
 */
export function outlineOpacity(count: number): number {
	if (count <= 3) return 0.75;
	return Math.max(0.08, Math.min(0.75, 2.4 / count));
}

/** How opaque everyone's marks are: as an outline, but a small hollow shape has far less ink, so never below 0.45. */
export const markOpacity = (count: number): number => Math.max(outlineOpacity(count), 0.45);

/** A short piece of text to place in an SVG: where, how it is anchored, and what it says. */
export interface PlacedLabel {
	x: number;
	y: number;
	textAnchor: TextAnchor;
	text: string;
}

/** The spoke numbers of a small chart, 1 at the top and on clockwise, where its labels go. */
export function spokeNumbers(layout: RadarLayout): PlacedLabel[] {
	return layout.axes.map((axis, i) => {
		// Safe: the caller builds the layout with each spoke's number as its label, which never wraps.
		const { x, y } = axis.labelLines[0]!;
		return { x, y, textAnchor: axis.textAnchor, text: String(i + 1) };
	});
}
