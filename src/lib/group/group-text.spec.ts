import { describe, expect, it } from 'vitest';
import { groupSummary, type GroupSummary, type SourceSummary, type Spread } from './aggregate';
import { describeMedians, describePerson, describeSource, middleHalfText, rangeText, scoreText, spokeKey, spreadCaption, spreadNotes } from './group-text';

const spread = (min: number, q1: number, median: number, q3: number, max: number, count = 4): Spread => ({
	min,
	q1,
	median,
	q3,
	max,
	count
});

describe('scoreText', () => {
	it.each([
		[null, 'no answer'],
		[undefined, 'no answer'],
		[0, '0'],
		[52.5, '53'],
		[47.4, '47']
	])('%s', (value, expected) => {
		expect(scoreText(value)).toBe(expected);
	});
});

describe('ranges', () => {
	// Said as the lowest and highest answers: "from 0 to 100" reads as the scale itself.
	it.each([
		['a spread', spread(5, 20, 40, 60.5, 95), 'lowest 5, highest 95', 'the middle half answered between 20 and 61'],
		['the whole scale', spread(0, 12.5, 50, 87.5, 100), 'lowest 0, highest 100', 'the middle half answered between 13 and 88'],
		['everyone the same', spread(40, 40, 40, 40, 40), 'all answered 40', 'the middle half answered 40'],
		['the middle half the same', spread(0, 50, 50, 50, 100, 5), 'lowest 0, highest 100', 'the middle half answered 50'],
		['4 answers, the fewest with a middle half', spread(10, 25, 40, 55, 70, 4), 'lowest 10, highest 70', 'the middle half answered between 25 and 55'],
		['3 answers: their middle half is not even two people', spread(0, 25, 50, 75, 100, 3), 'lowest 0, highest 100', null],
		['2 the same', spread(30, 30, 30, 30, 30, 2), 'all answered 30', null],
		['one answer', spread(55, 55, 55, 55, 55, 1), 'only 1 answer', null]
	])('%s', (_, input, range, half) => {
		expect(rangeText(input)).toBe(range);
		expect(middleHalfText(input)).toBe(half);
	});
});

describe('spreadNotes', () => {
	it.each<[string, Spread | null, number, boolean, string[]]>([
		['a spread, with where the middle half answered', spread(5, 20, 40, 60.5, 95), 0, true, ['lowest 5, highest 95', 'the middle half answered between 20 and 61']],
		['a spread, without', spread(5, 20, 40, 60.5, 95), 0, false, ['lowest 5, highest 95']],
		['too few for a middle half, some blank', spread(0, 25, 50, 75, 100, 3), 2, true, ['lowest 0, highest 100', '2 gave no answer']],
		['nobody answered', null, 4, true, ['4 gave no answer']],
		['nobody counted at all', null, 0, false, []]
	])('%s', (_, input, blanks, detail, notes) => {
		expect(spreadNotes(input, blanks, detail)).toEqual(notes);
	});
});

describe('spreadCaption', () => {
	const start = 'The spread of answers by source, on a scale of 0 to 100: the middle value';
	const four = spread(10, 25, 40, 55, 70, 4);
	const three = spread(10, 20, 30, 40, 50, 3);
	/** A summary of sources, each given as its perceived and actual spreads. */
	const summary = (...sources: [Spread | null, Spread | null][]): GroupSummary => ({
		people: 4,
		sources: sources.map(([perceived, actual]) => ({ perceived, actual, blanks: { perceived: 0, actual: 0 } })),
		medianOutline: { perceived: [], actual: [] }
	});
	// The cells say where the middle half answered only with 4 answers or more: the caption promises no more than they give.
	it.each<[string, GroupSummary, string]>([
		['3 people: no cell says where the middle half answered', summary([three, three], [three, three]), `${start}, and the lowest and highest`],
		['nobody answered anything', summary([null, null]), `${start}, and the lowest and highest`],
		['no sources', summary(), `${start}, and the lowest and highest`],
		['4 answers everywhere', summary([four, four], [four, four]), `${start}, the lowest and highest, and where the middle half answered`],
		['4 answers wherever anyone answered', summary([four, null], [four, four]), `${start}, the lowest and highest, and where the middle half answered`],
		[
			'4 answers for some readings, 3 for others',
			summary([four, three], [four, four]),
			`${start}, the lowest and highest, and, with 4 answers or more, where the middle half answered`
		],
		[
			'one reading with 4 answers',
			summary([three, three], [null, four]),
			`${start}, the lowest and highest, and, with 4 answers or more, where the middle half answered`
		]
	])('%s', (_, input, caption) => {
		expect(spreadCaption(input)).toBe(caption);
	});
});

describe('describeMedians', () => {
	it('gives the number of people and each source’s middle values, blanks in words', () => {
		const payload = (a: number | null, b: number) => ({
			version: 1,
			fingerprint: 1,
			scores: [
				{ perceived: a, actual: b },
				{ perceived: null, actual: b }
			]
		});
		// perceived: 20, 40 (one blank) -> 30; actual: 10, 20, 60 -> 20; second perceived all blank
		const summary = groupSummary([payload(20, 10), payload(40, 20), payload(null, 60)], 2);
		expect(describeMedians(['Money', 'Role'], summary)).toBe(
			'Outlines of 3 people, on top of each other. The group’s middle values: Money: perceived 30, actual 20. Role: perceived no answer, actual 20.'
		);
	});
});

describe('describePerson', () => {
	it('names the chart by its letter only, then every source', () => {
		expect(
			describePerson('C', ['Money', 'Role'], [
				{ perceived: 60, actual: null },
				{ perceived: 5, actual: 100 }
			])
		).toBe('Chart C. Money: perceived 60, actual no answer. Role: perceived 5, actual 100.');
	});
});

describe('describeSource', () => {
	it.each<[string, SourceSummary, string]>([
		[
			'both readings, some blanks',
			{ perceived: spread(10, 20, 30, 40, 50, 5), actual: spread(60, 60, 60, 60, 60, 1), blanks: { perceived: 0, actual: 4 } },
			'Role. Perceived: 5 answers, lowest 10, highest 50, middle value 30. Actual: 1 answer of 60, middle value 60. 4 people gave no answer.'
		],
		[
			'nobody answered one reading',
			{ perceived: null, actual: spread(0, 0, 0, 0, 0, 2), blanks: { perceived: 1, actual: 0 } },
			'Role. Perceived: no answers. 1 person gave no answer. Actual: 2 answers, all answered 0, middle value 0.'
		]
	])('%s', (_, source, expected) => {
		expect(describeSource('Role', source)).toBe(expected);
	});
});

describe('spokeKey', () => {
	it.each([
		[['Money'], 'Spokes are numbered clockwise from the top: 1 Money.'],
		[['Money', 'Role', 'Lived experience'], 'Spokes are numbered clockwise from the top: 1 Money, 2 Role, 3 Lived experience.']
	])('%j reads %j', (names, key) => {
		expect(spokeKey(names)).toBe(key);
	});
});
