import { describe, expect, it } from 'vitest';
import { keepView, keptFor, restoreView, type ViewPlace } from './kept-view';

const four = ['A', 'B', 'C', 'D'];

describe('keepView', () => {
	it.each<[string, ViewPlace, readonly string[], { person: string | null; people: number }]>([
		['nobody picked', { view: 'gaps', highlight: null }, four, { person: null, people: 4 }],
		['a person picked is kept by letter', { view: 'side-by-side', highlight: 2 }, four, { person: 'C', people: 4 }],
		['a pick past the end is nobody', { view: 'together', highlight: 7 }, four, { person: null, people: 4 }],
		['below the threshold there is nobody to pick', { view: 'sources', highlight: null }, [], { person: null, people: 0 }]
	])('%s', (_, place, labels, expected) => {
		expect(keepView('s1', place, labels)).toEqual({ session: 's1', view: place.view, ...expected });
	});

	it('keeps nothing but the view, a letter and a count', () => {
		expect(Object.keys(keepView(null, { view: 'together', highlight: 0 }, four)).sort()).toEqual(['people', 'person', 'session', 'view']);
	});
});

describe('restoreView', () => {
	it.each<[string, unknown, string | null, readonly string[], ViewPlace | null]>([
		['the view and person kept', { session: 's1', view: 'side-by-side', person: 'C', people: 4 }, 's1', four, { view: 'side-by-side', highlight: 2 }],
		['the standard screen', { session: null, view: 'gaps', person: null, people: 4 }, null, four, { view: 'gaps', highlight: null }],
		['kept for another session: nothing', { session: 's1', view: 'gaps', person: null, people: 4 }, 's2', four, null],
		['kept for a session, shown on the standard screen: nothing', { session: 's1', view: 'gaps', person: null, people: 4 }, null, four, null],
		['kept for the standard screen, shown on a session: nothing', { session: null, view: 'gaps', person: null, people: 4 }, 's1', four, null],
		['a view that no longer exists starts at the first', { session: 's1', view: 'league-table', person: null, people: 4 }, 's1', four, { view: 'together', highlight: null }],
		['a view that is not a name starts at the first', { session: 's1', view: 3, person: 'B', people: 4 }, 's1', four, { view: 'together', highlight: 1 }],
		['a person no longer there is everyone', { session: 's1', view: 'together', person: 'E', people: 4 }, 's1', four, { view: 'together', highlight: null }],
		['a group that changed size picks nobody', { session: 's1', view: 'together', person: 'B', people: 5 }, 's1', four, { view: 'together', highlight: null }],
		['a group now below the threshold picks nobody', { session: 's1', view: 'together', person: 'A', people: 4 }, 's1', [], { view: 'together', highlight: null }],
		['a person that is not a letter is everyone', { session: 's1', view: 'together', person: 2, people: 4 }, 's1', four, { view: 'together', highlight: null }],
		['nothing kept', undefined, 's1', four, null],
		['something else kept', 'gaps', null, four, null],
		['null kept', null, null, four, null]
	])('%s', (_, kept, session, labels, expected) => {
		expect(restoreView(kept, session, labels)).toEqual(expected);
	});

	it('takes back what it kept', () => {
		const place: ViewPlace = { view: 'sources', highlight: 3 };
		expect(restoreView(JSON.parse(JSON.stringify(keepView('s1', place, four))), 's1', four)).toEqual(place);
	});
});

describe('keptFor', () => {
	it.each<[unknown, string | null, boolean]>([
		[{ session: 's1' }, 's1', true],
		[{ session: null }, null, true],
		[{}, null, false],
		[{ session: 's1' }, null, false],
		[null, null, false]
	])('%j for %s is %s', (kept, session, expected) => {
		expect(keptFor(kept, session)).toBe(expected);
	});
});
