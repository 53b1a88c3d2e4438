import { pointFor, type RadarLayout } from './radar-geometry';
import type { TextAnchor } from './radar-labels';
import type { LonePair } from './group-marks';
import { lonePoints, onePerPlace, seriesSegments, type SeriesPoint, type SeriesShape } from './radar-shapes';
import type { SeriesVariant } from './series-styles';

/** One person's (or the group's) two readings per source, in the session's source order. */
export interface Readings {
	scores: readonly { perceived: number | null; actual: number | null }[];
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

/** The readings of one result that draw a line somewhere: not one that is only marks (every answer 0, or lone answers between blanks). */
export function linedReadings(layout: RadarLayout, { scores }: Readings): SeriesVariant[] {
	return (['perceived', 'actual'] as const).filter((reading) => {
		const shape = seriesSegments(layout, scores.map((score) => score[reading]));
		// A place that some line reaches is not among the lone points.
		return onePerPlace(shape.points).length > lonePoints(shape).length;
	});
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
