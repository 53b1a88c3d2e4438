import { describe, expect, it } from 'vitest';
import { hollowMarks, markOpacity, markPaths, outlineOpacity } from './group-marks';
import { radarLayout } from './radar-geometry';
import { circlePath, diamondPath, ringPath } from './radar-shapes';

const axesOf = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, label: `Source ${i + 1}` }));
// Four axes at 12, 3, 6 and 9 o'clock with radius 80, so points can be worked out by hand.
const square = radarLayout(axesOf(4), { width: 200, radius: 80, ringValues: [50, 100] });
const { cx, cy } = square;

describe('markPaths', () => {
	const size = { r: 4, ring: 9 };
	const centre = { axisIndex: 0, value: 0, x: cx, y: cy };
	const top = { axisIndex: 0, value: 100, x: cx, y: cy - 80 };

	it.each([
		['nothing without lone points', [], [], '', ''],
		['a circle for perceived alone', [centre], [], circlePath(centre, 4), ''],
		['a diamond, one larger, for actual alone', [], [centre], '', diamondPath(centre, 5)],
		['a ring round the diamond where the two meet', [centre], [centre], ringPath(centre, 9, 2), diamondPath(centre, 5)],
		['a circle where the two are apart', [top], [centre], circlePath(top, 4), diamondPath(centre, 5)],
		['one mark per place, for many people at the centre', [centre, { ...centre, axisIndex: 2 }, centre], [], circlePath(centre, 4), '']
	])('draws %s', (_name, perceived, actual, p, a) => {
		expect(markPaths({ perceived, actual }, size)).toEqual({ perceived: p, actual: a });
	});
});

describe('hollowMarks', () => {
	const size = { r: 5, ring: 10 };
	const centre = { axisIndex: 0, value: 0, x: cx, y: cy };
	const top = { axisIndex: 0, value: 100, x: cx, y: cy - 80 };
	const none = { perceived: [], actual: [] };

	it.each([
		['nothing for people with no lone points', [none, none], [], []],
		['a circle for perceived alone', [{ perceived: [centre], actual: [] }], [circlePath(centre, 5)], []],
		['a diamond, one larger, for actual alone', [{ perceived: [], actual: [centre] }], [], [diamondPath(centre, 6)]],
		['a ring round the diamond where one person’s two meet', [{ perceived: [centre], actual: [centre] }], [circlePath(centre, 10)], [diamondPath(centre, 6)]],
		[
			'a ring round another person’s diamond',
			[none, { perceived: [centre], actual: [] }, { perceived: [], actual: [centre] }],
			[circlePath(centre, 10)],
			[diamondPath(centre, 6)]
		],
		['a circle where the two are apart', [{ perceived: [top], actual: [centre] }], [circlePath(top, 5)], [diamondPath(centre, 6)]],
		[
			'one path per person, so many people at one place read darker, as their outlines do',
			[{ perceived: [centre], actual: [] }, none, { perceived: [centre], actual: [] }],
			[circlePath(centre, 5), circlePath(centre, 5)],
			[]
		],
		['each person’s marks in one path', [{ perceived: [centre, top], actual: [] }], [circlePath(centre, 5) + circlePath(top, 5)], []]
	])('draws %s', (_name, people, perceived, actual) => {
		expect(hollowMarks(people, size)).toEqual({ perceived, actual });
	});
});

describe('outlineOpacity', () => {
	const counts = Array.from({ length: 1000 }, (_, i) => i + 1);

	it('is the same for one, two or three people, and no other count is stronger', () => {
		const few = [1, 2, 3].map(outlineOpacity);
		expect(new Set(few).size).toBe(1);
		for (const count of counts) expect(outlineOpacity(count)).toBeLessThanOrEqual(few[0]!);
		// Strong, yet see-through, so two outlines on the same line still show as two.
		expect(few[0]).toBeGreaterThan(0.5);
		expect(few[0]).toBeLessThan(1);
	});

	it('fades as more people are drawn, but never disappears', () => {
		const values = counts.map(outlineOpacity);
		for (const [i, value] of values.slice(1).entries()) expect(value).toBeLessThanOrEqual(values[i]!);
		expect(outlineOpacity(30)).toBeLessThan(outlineOpacity(4));
		expect(outlineOpacity(5000)).toBeGreaterThan(0);
		expect(outlineOpacity(50000)).toBe(outlineOpacity(5000));
	});
});

describe('markOpacity', () => {
	it.each([1, 3, 4, 6, 12, 50, 500])('for %i people is as strong as an outline, but visible and never stronger than a few people’s', (count) => {
		const opacity = markOpacity(count);
		expect(opacity).toBeGreaterThanOrEqual(outlineOpacity(count));
		expect(opacity).toBeGreaterThanOrEqual(0.4);
		expect(opacity).toBeLessThanOrEqual(outlineOpacity(1));
	});

	it('is an outline’s opacity while outlines are strong enough to see', () => {
		expect(markOpacity(3)).toBe(outlineOpacity(3));
		expect(markOpacity(50)).toBeGreaterThan(outlineOpacity(50));
	});
});
