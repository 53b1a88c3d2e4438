import { describe, expect, it } from 'vitest';
import { keepView, keptFor, peopleHash, restoreView, type PeopleShown, type ViewPlace } from './kept-view';
import { six, standardCode } from './share-codes.test-helper';

const codes = [10, 30, 50, 70].map((n) => standardCode(six(n, 100 - n)));
const four: PeopleShown = { labels: ['A', 'B', 'C', 'D'], hash: peopleHash(codes, 7) };
// One code taken out and another added: still four people, so still A to D.
const swappedCodes = [...codes.slice(1), standardCode(six(90, 10))];
const swapped: PeopleShown = { labels: four.labels, hash: peopleHash(swappedCodes, 7) };
const none: PeopleShown = { labels: [], hash: peopleHash(codes.slice(0, 2), 7) };

describe('peopleHash', () => {
	it.each<[string, readonly string[], number, boolean]>([
		['the same codes in another order', [...codes].reverse(), 7, true],
		['one code swapped for another', swappedCodes, 7, false],
		['one code fewer', codes.slice(1), 7, false],
		['another shuffle', codes, 8, false]
	])('%s: same is %s', (_, others, seed, same) => {
		expect(peopleHash(others, seed) === four.hash).toBe(same);
	});

	it('is eight hex digits, nothing like a share code', () => {
		expect(four.hash).toMatch(/^[0-9a-f]{8}$/);
		expect(peopleHash([codes[0]!], 0)).toMatch(/^[0-9a-f]{8}$/);
	});
});

describe('keepView', () => {
	it.each<[string, ViewPlace, PeopleShown, string | null]>([
		['nobody picked', { view: 'gaps', highlight: null }, four, null],
		['a person picked is kept by letter', { view: 'side-by-side', highlight: 2 }, four, 'C'],
		['a pick past the end is nobody', { view: 'together', highlight: 7 }, four, null],
		['below the threshold there is nobody to pick', { view: 'sources', highlight: null }, none, null]
	])('%s', (_, place, people, person) => {
		expect(keepView('s1', place, people)).toEqual({ session: 's1', view: place.view, person, peopleHash: people.hash });
	});

	it('keeps nothing but the view, a letter and the hash', () => {
		expect(Object.keys(keepView(null, { view: 'together', highlight: 0 }, four)).sort()).toEqual(['peopleHash', 'person', 'session', 'view']);
	});
});

describe('restoreView', () => {
	const at = (person: unknown, hash: unknown = four.hash) => ({ session: 's1', view: 'together', person, peopleHash: hash });
	it.each<[string, unknown, string | null, PeopleShown, ViewPlace | null]>([
		['the view and person kept', { ...at('C'), view: 'side-by-side' }, 's1', four, { view: 'side-by-side', highlight: 2 }],
		['the standard screen', { ...at(null), session: null, view: 'gaps' }, null, four, { view: 'gaps', highlight: null }],
		['kept for another session: nothing', at(null), 's2', four, null],
		['kept for a session, shown on the standard screen: nothing', at(null), null, four, null],
		['kept for the standard screen, shown on a session: nothing', { ...at(null), session: null }, 's1', four, null],
		['a view that no longer exists starts at the first', { ...at(null), view: 'league-table' }, 's1', four, { view: 'together', highlight: null }],
		['a view that is not a name starts at the first', { ...at('B'), view: 3 }, 's1', four, { view: 'together', highlight: 1 }],
		['a person no longer there is everyone', at('E'), 's1', four, { view: 'together', highlight: null }],
		['the same number of people, one swapped for another, picks nobody', at('B'), 's1', swapped, { view: 'together', highlight: null }],
		['a group now below the threshold picks nobody', at('A'), 's1', none, { view: 'together', highlight: null }],
		['a person that is not a letter is everyone', at(2), 's1', four, { view: 'together', highlight: null }],
		['a hash that is not text picks nobody', at('B', 0x1234), 's1', four, { view: 'together', highlight: null }],
		['kept with a count, as before: the view, and nobody picked', { session: 's1', view: 'gaps', person: 'B', people: 4 }, 's1', four, { view: 'gaps', highlight: null }],
		['kept with no hash: nobody picked', { session: 's1', view: 'gaps', person: 'B' }, 's1', four, { view: 'gaps', highlight: null }],
		['nothing kept', undefined, 's1', four, null],
		['something else kept', 'gaps', null, four, null],
		['null kept', null, null, four, null]
	])('%s', (_, kept, session, people, expected) => {
		expect(restoreView(kept, session, people)).toEqual(expected);
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
