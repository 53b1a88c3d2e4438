import { describe, expect, it } from 'vitest';
import type { SessionSettings } from '$lib/share/session-settings';
import type { ReflectionRecord } from '$lib/storage/schema';
import { answersSoFar, groupBySession, repeatedTitles } from './reflection-groups';

const session = (title: string): SessionSettings => ({
	title,
	welcome: '',
	date: null,
	sources: ['educational', 'monetary', 'position'],
	custom: [],
	threshold: 3
});
const reflection = (id: string, settings: SessionSettings | null): ReflectionRecord => ({
	id,
	label: '',
	createdAt: 0,
	updatedAt: 0,
	step: 'start',
	completedAt: null,
	bankVersion: 'bank-1',
	session: settings
});

describe('groupBySession', () => {
	it.each([
		['nothing', [], []],
		['standard only', [reflection('a', null), reflection('b', null)], [['standard', ['a', 'b']]]],
		[
			'two sessions and standard, in first-seen order',
			[
				reflection('a', session('Forum')),
				reflection('b', null),
				reflection('c', session('Board')),
				reflection('d', session('Forum'))
			],
			[
				['Session: Forum', ['a', 'd']],
				['standard', ['b']],
				['Session: Board', ['c']]
			]
		]
	] as const)('groups %s', (_name, items, expected) => {
		const groups = groupBySession(items);
		expect(groups.map((g) => [g.key === 'standard' ? 'standard' : g.title, g.items.map((i) => i.id)])).toEqual(expected);
	});

	it('keeps two sessions with the same title but different sources apart', () => {
		const other = { ...session('Forum'), sources: ['class', 'position', 'authority'] as SessionSettings['sources'] };
		expect(groupBySession([reflection('a', session('Forum')), reflection('b', other)])).toHaveLength(2);
	});
});

describe('repeatedTitles', () => {
	it.each([
		['none', [], []],
		['all different', ['Forum', 'Board', ''], []],
		['one label twice', ['Forum', 'Board', 'Forum'], ['Forum']],
		['untitled twice', ['', 'Forum', ''], ['Untitled reflection']],
		['a label written as the untitled name', ['Untitled reflection', ''], ['Untitled reflection']],
		['three of one, two of another', ['A', 'B', 'A', 'B', 'A'], ['A', 'B']]
	])('%s', (_, labels: string[], repeated: string[]) => {
		expect([...repeatedTitles(labels.map((label) => ({ label })))].sort()).toEqual(repeated);
	});
});

describe('answersSoFar', () => {
	it.each([
		[0, 'no answers yet'],
		[1, '1 answer so far'],
		[2, '2 answers so far'],
		[31, '31 answers so far']
	])('%i: %s', (count, words) => {
		expect(answersSoFar(count)).toBe(words);
	});
});
