import { describe, expect, it } from 'vitest';
import {
	ALIGNED_WITHIN,
	gaps,
	incompleteSources,
	scoreAll,
	scoreSource,
	sourceCompleteness
} from './scoring';
import type { Answers, ChoiceQuestion, RatingQuestion, Scores, Source } from './types';

const rating = (id: string): RatingQuestion => ({ kind: 'rating', id, text: id, low: 'Low', high: 'High' });
const choice = (id: string, middle: number): ChoiceQuestion => ({
	kind: 'choice',
	id,
	text: id,
	options: [
		{ id: 'none', label: 'None', score: 0 },
		{ id: 'some', label: 'Some', score: middle },
		{ id: 'lots', label: 'Lots', score: 100 }
	]
});

// Ratings map 1..5 to 0, 25, 50, 75, 100. c1 "some" is 30 and c2 "some" is 55.
const FIXTURE: Source = {
	id: 'fixture',
	name: 'Fixture',
	description: 'A hand-made source for tests.',
	perceived: [rating('r1'), rating('r2'), rating('r3')],
	actual: [choice('c1', 30), choice('c2', 55)]
};

const named = (id: string): Source => ({ ...FIXTURE, id, name: id.toUpperCase() });

describe('scoreSource', () => {
	it.each<[string, Answers, number | null, number | null]>([
		['blank answers', {}, null, null],
		['answers to other questions only', { elsewhere: 5, other: 'lots' }, null, null],
		['prefer not to say everywhere', { r1: null, r2: null, r3: null, c1: null, c2: null }, null, null],
		['all lowest', { r1: 1, r2: 1, r3: 1, c1: 'none', c2: 'none' }, 0, 0],
		['all highest', { r1: 5, r2: 5, r3: 5, c1: 'lots', c2: 'lots' }, 100, 100],
		['mixed: (25+75)/2 and (30+100)/2', { r1: 2, r2: 4, c1: 'some', c2: 'lots' }, 50, 65],
		['prefer not to say is left out, not zero', { r1: 5, r2: null, c1: null, c2: 'some' }, 100, 55],
		['rounds 41.67 up to 42 and 42.5 up to 43', { r1: 2, r2: 3, r3: 3, c1: 'some', c2: 'some' }, 42, 43],
		['rounds 8.33 down to 8', { r1: 1, r2: 1, r3: 2 }, 8, null],
		['invalid values count for nothing', { r1: 0, r2: 6, r3: 2.5, c1: 'unknown', c2: 3 }, null, null],
		['invalid values beside valid ones', { r1: '3', r2: 4, c1: 'lots', c2: '' }, 75, 100]
	])('%s', (_, answers, perceived, actual) => {
		expect(scoreSource(FIXTURE, answers)).toEqual({ perceived, actual });
	});

	it('never reads question ids from the object prototype', () => {
		const awkward: Source = { ...FIXTURE, perceived: [rating('constructor')], actual: [choice('toString', 50)] };
		expect(scoreSource(awkward, {})).toEqual({ perceived: null, actual: null });
	});
});

describe('scoreAll', () => {
	it('scores each source by its id', () => {
		const answers: Answers = { r1: 3, c1: 'some' };
		const other: Source = { ...named('other'), perceived: [rating('q1')], actual: [choice('q2', 80)] };
		expect(scoreAll([FIXTURE, other], { ...answers, q1: 5, q2: 'some' })).toEqual({
			fixture: { perceived: 50, actual: 30 },
			other: { perceived: 100, actual: 80 }
		});
	});

	it('gives an empty record for no sources', () => {
		expect(scoreAll([], { r1: 3 })).toEqual({});
	});
});

describe('sourceCompleteness', () => {
	it.each<[string, Answers, number, number, boolean]>([
		['nothing answered', {}, 0, 0, false],
		['all answered', { r1: 1, r2: 3, r3: 5, c1: 'none', c2: 'lots' }, 5, 0, true],
		['all prefer not to say', { r1: null, r2: null, r3: null, c1: null, c2: null }, 5, 5, true],
		['mixed with an unknown option', { r1: 3, r2: null, c1: 'bogus', c2: 'lots' }, 3, 1, false],
		['a rating out of range', { r1: 7, r2: 2, r3: 2, c1: 'none', c2: 'none' }, 4, 0, false]
	])('%s', (_, answers, answered, declined, complete) => {
		expect(sourceCompleteness(FIXTURE, answers)).toEqual({ answered, declined, total: 5 });
		expect(incompleteSources([FIXTURE], answers)).toHaveLength(complete ? 0 : 1);
	});

	it('lists only the incomplete sources, in their order, with how far each got', () => {
		const done: Source = { ...named('done'), perceived: [rating('d1')], actual: [choice('d2', 80)] };
		const half: Source = { ...named('half'), perceived: [rating('h1')], actual: [choice('h2', 80)] };
		const found = incompleteSources([FIXTURE, done, half], { d1: 4, d2: null, h1: 2 });
		expect(found.map(({ source, answered, total }) => [source.id, answered, total])).toEqual([
			['fixture', 0, 5],
			['half', 1, 2]
		]);
	});
});

describe('gaps', () => {
	it.each<[number, number, string]>([
		[30, 70, 'feel-less'],
		[80, 20, 'feel-more'],
		[50, 45, 'aligned'],
		[50, 50, 'aligned'],
		[59, 50, 'aligned'],
		[41, 50, 'aligned'],
		[60, 50, 'feel-more'],
		[40, 50, 'feel-less']
	])('perceived %i against actual %i is %s', (perceived, actual, direction) => {
		expect(gaps([FIXTURE], { fixture: { perceived, actual } })).toEqual([
			{ sourceId: 'fixture', name: 'Fixture', perceived, actual, difference: perceived - actual, direction }
		]);
	});

	it('treats a difference of exactly the threshold as a gap', () => {
		const result = gaps([FIXTURE], { fixture: { perceived: 0, actual: ALIGNED_WITHIN } });
		expect(result[0]?.direction).toBe('feel-less');
	});

	it.each<[string, Scores]>([
		['no perceived reading', { fixture: { perceived: null, actual: 40 } }],
		['no actual reading', { fixture: { perceived: 40, actual: null } }],
		['no scores for the source', {}]
	])('leaves out a source with %s', (_, scores) => {
		expect(gaps([FIXTURE], scores)).toEqual([]);
	});

	const tied: Scores = {
		a: { perceived: 30, actual: 50 },
		b: { perceived: 70, actual: 50 },
		c: { perceived: 90, actual: 50 },
		d: { perceived: 50, actual: 50 }
	};

	it.each<[string, string[], string[]]>([
		['biggest first, ties in source order', ['a', 'b', 'c', 'd'], ['c', 'a', 'b', 'd']],
		['ties follow the order sources are given', ['d', 'b', 'a', 'c'], ['c', 'b', 'a', 'd']]
	])('sorts %s', (_, order, expected) => {
		expect(gaps(order.map(named), tied).map((gap) => gap.sourceId)).toEqual(expected);
	});
});
