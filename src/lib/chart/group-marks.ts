// How a group chart marks answers no line shows, and how strongly it draws everyone's outlines and marks.
import { circlePath, diamondPath, onePerPlace, ringPath, sharedPoints, type SeriesPoint } from './radar-shapes';

/** Each reading's points that no line shows (see lonePoints): they need marks. */
export interface LonePair {
	perceived: SeriesPoint[];
	actual: SeriesPoint[];
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
