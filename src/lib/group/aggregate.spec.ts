import { describe, expect, it } from 'vitest';
import type { SharePayload } from '$lib/share/share-code';
import { groupSummary, largestGroupGaps, median, spread, type GroupSummary, type Spread } from './aggregate';
import { shownGapSize } from './group-prompts';

// Quartiles use linear interpolation (R-7, as d3.quantile): the p-quantile of n sorted
// values sits at position p (n - 1), counting from 0.
describe('median', () => {
	it.each<[string, number[], number | null]>([
		['no values', [], null],
		['one value', [40], 40],
		['an odd count, unsorted', [30, 10, 20], 20],
		['an even count: the mean of the middle two', [40, 10, 30, 20], 25],
		['repeated values', [5, 5, 5, 100], 5],
		['numbers that are not finite are ignored', [Number.NaN, 10, Number.POSITIVE_INFINITY, 30], 20]
	])('%s', (_, values, expected) => {
		expect(median(values)).toBe(expected);
	});
});

describe('spread', () => {
	it.each<[string, number[], Spread | null]>([
		['no values', [], null],
		['one value', [7], { min: 7, q1: 7, median: 7, q3: 7, max: 7, count: 1 }],
		// positions 0.25, 0.5, 0.75 between 0 and 100
		['two values', [100, 0], { min: 0, q1: 25, median: 50, q3: 75, max: 100, count: 2 }],
		// positions 0.75, 1.5, 2.25: 1 + 0.75, 2 + 0.5, 3 + 0.25
		['four values', [4, 1, 3, 2], { min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4, count: 4 }],
		// positions 1, 2, 3 land on values
		['five values', [50, 10, 40, 20, 30], { min: 10, q1: 20, median: 30, q3: 40, max: 50, count: 5 }],
		// sorted 0 25 50 60 75 100; positions 1.25, 2.5, 3.75: 25 + 6.25, 50 + 5, 60 + 11.25
		['six values', [50, 0, 100, 25, 75, 60], { min: 0, q1: 31.25, median: 55, q3: 71.25, max: 100, count: 6 }]
	])('%s', (_, values, expected) => {
		expect(spread(values)).toEqual(expected);
	});

	it('leaves the input in its order', () => {
		const values = [3, 1, 2];
		spread(values);
		expect(values).toEqual([3, 1, 2]);
	});
});

const result = (...scores: [number | null, number | null][]): SharePayload => ({
	version: 1,
	fingerprint: 99,
	scores: scores.map(([perceived, actual]) => ({ perceived, actual }))
});

describe('groupSummary', () => {
	const payloads = [
		result([20, 80], [null, 50]),
		result([40, null], [60, 50]),
		result([90, 60], [null, null]),
		// from a session with a different number of sources: not counted
		result([0, 0], [0, 0], [0, 0])
	];
	const summary = groupSummary(payloads, 2);

	it('counts only results with the session number of sources', () => {
		expect(summary.people).toBe(3);
		expect(summary.sources).toHaveLength(2);
	});

	it('summarises each reading without the blanks', () => {
		expect(summary.sources[0]).toEqual({
			perceived: { min: 20, q1: 30, median: 40, q3: 65, max: 90, count: 3 },
			actual: { min: 60, q1: 65, median: 70, q3: 75, max: 80, count: 2 },
			blanks: { perceived: 0, actual: 1 }
		});
		expect(summary.sources[1]).toEqual({
			perceived: { min: 60, q1: 60, median: 60, q3: 60, max: 60, count: 1 },
			actual: { min: 50, q1: 50, median: 50, q3: 50, max: 50, count: 2 },
			blanks: { perceived: 2, actual: 1 }
		});
	});

	it('draws the median outline from the medians', () => {
		expect(summary.medianOutline).toEqual({ perceived: [40, 60], actual: [70, 50] });
	});

	it.each<[string, SharePayload[]]>([
		['no results', []],
		['only blanks', [result([null, null], [null, null]), result([null, null], [null, null])]]
	])('has nothing to show with %s', (_, given) => {
		const empty = groupSummary(given, 2);
		expect(empty.sources.every((source) => source.perceived === null && source.actual === null)).toBe(true);
		expect(empty.medianOutline).toEqual({ perceived: [null, null], actual: [null, null] });
		expect(empty.sources[0]?.blanks).toEqual({ perceived: given.length, actual: given.length });
	});
});

describe('largestGroupGaps', () => {
	const medians = (perceived: number | null, actual: number | null) => ({
		perceived: perceived === null ? null : { min: 0, q1: 0, median: perceived, q3: 100, max: 100, count: 3 },
		actual: actual === null ? null : { min: 0, q1: 0, median: actual, q3: 100, max: 100, count: 3 },
		blanks: { perceived: 0, actual: 0 }
	});
	const summary: GroupSummary = {
		people: 3,
		sources: [medians(50, 55), medians(20, 70), medians(80, 50), medians(null, 40), medians(60, 50), medians(40, 50)],
		medianOutline: { perceived: [], actual: [] }
	};

	it('lists sources with both medians, with their ids and names, biggest gap first, ties in session order', () => {
		const sources = [
			{ id: 'educational', name: 'Education' },
			{ id: 'institutional', name: 'Organisation' },
			{ id: 'monetary', name: 'Money' },
			{ id: 'class', name: 'Class and background' },
			{ id: 'custom-1', name: 'Lived experience' }
		];
		const gap = (index: number, sourceId: string, name: string, perceived: number, actual: number, direction: string) => ({
			index,
			sourceId,
			name,
			perceived,
			actual,
			difference: perceived - actual,
			direction
		});
		expect(largestGroupGaps(summary, sources)).toEqual([
			gap(1, 'institutional', 'Organisation', 20, 70, 'feel-less'),
			gap(2, 'monetary', 'Money', 80, 50, 'feel-more'),
			gap(4, 'custom-1', 'Lived experience', 60, 50, 'feel-more'),
			gap(5, 'source-6', 'Source 6', 40, 50, 'feel-less'),
			gap(0, 'educational', 'Education', 50, 55, 'aligned')
		]);
	});

	it('orders gaps by the size shown: medians 37.5 and 25 (shown 38 and 25, 13) before 12.5 and 25 (13 and 25, 12), though both differ by 12.5', () => {
		const halves: GroupSummary = { people: 2, sources: [medians(12.5, 25), medians(37.5, 25)], medianOutline: { perceived: [], actual: [] } };
		const gaps = largestGroupGaps(halves, []);
		expect(gaps.map((gap) => [gap.index, shownGapSize(gap)])).toEqual([
			[1, 13],
			[0, 12]
		]);
	});

	it.each<[string, number, number, number]>([
		['whole numbers', 20, 70, 50],
		['halves round up before the difference', 12.5, 25, 12],
		['both rounded', 37.5, 24.6, 13],
		['no gap', 50.4, 49.6, 0]
	])('shownGapSize: %s (%s against %s is %s)', (_, perceived, actual, size) => {
		expect(shownGapSize({ perceived, actual })).toBe(size);
	});

	it('has no gaps for an empty group', () => {
		expect(largestGroupGaps(groupSummary([], 6), [])).toEqual([]);
	});
});
