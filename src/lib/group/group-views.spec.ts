import { describe, expect, it } from 'vitest';
import type { SharePayload } from '$lib/share/share-code';
import { GROUP_VIEWS, labelPeople, presenterAction, presenterStatus, stepHighlight, stepView, viewName, type GroupViewId } from './group-views';

describe('presenterStatus', () => {
	const b = { label: 'B', place: 2, count: 4 };
	it.each<[string, GroupViewId, typeof b | null, boolean, string]>([
		['a view, nobody picked', 'together', null, false, 'Everyone together, view 1 of 4.'],
		['a person picked: the view still comes first', 'side-by-side', b, false, 'Side by side, view 2 of 4. Showing B, 2 of 4.'],
		['a view of sources keeps no pick', 'sources', b, false, 'Source by source, view 3 of 4.'],
		[
			'trying to pick on a view of sources says where to',
			'gaps',
			null,
			true,
			'Biggest gaps, view 4 of 4. Pick a person on view 1 or 2.'
		],
		['trying on a view of people is no refusal', 'together', b, true, 'Everyone together, view 1 of 4. Showing B, 2 of 4.']
	])('%s', (_, view, picked, tried, expected) => {
		expect(presenterStatus(view, picked, tried)).toBe(expected);
	});
});

describe('stepView', () => {
	it.each<[GroupViewId, number, GroupViewId]>([
		['together', 1, 'side-by-side'],
		['side-by-side', 1, 'sources'],
		['gaps', 1, 'together'],
		['together', -1, 'gaps'],
		['sources', -1, 'side-by-side'],
		['sources', 4, 'sources'],
		['side-by-side', -6, 'gaps']
	])('from %s by %i is %s', (from, delta, to) => {
		expect(stepView(from, delta)).toBe(to);
	});

	it('names every view', () => {
		expect(GROUP_VIEWS.map((view) => viewName(view.id))).toEqual([
			'Everyone together',
			'Side by side',
			'Source by source',
			'Biggest gaps'
		]);
	});
});

describe('stepHighlight', () => {
	it.each<[number | null, number, number, number | null]>([
		[null, 1, 5, 0],
		[null, -1, 5, 4],
		[0, 1, 5, 1],
		[4, 1, 5, 0],
		[0, -1, 5, 4],
		[2, -1, 5, 1],
		[7, 1, 5, 0],
		[null, 1, 0, null],
		[3, 1, 0, null]
	])('from %s by %i among %i is %s', (current, delta, count, expected) => {
		expect(stepHighlight(current, delta, count)).toBe(expected);
	});
});

describe('labelPeople', () => {
	const payload = (perceived: number): SharePayload => ({
		version: 1,
		fingerprint: 1,
		scores: [{ perceived, actual: 100 - perceived }]
	});
	const payloads = [10, 20, 30, 40, 50, 60, 70, 80].map(payload);
	const firstScores = (people: { scores: SharePayload['scores'] }[]) => people.map((person) => person.scores[0]?.perceived);

	it('labels A, B, C … in display order and keeps every result once', () => {
		const people = labelPeople(payloads, 42);
		expect(people.map((person) => person.label)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
		expect(firstScores(people).sort((a, b) => a! - b!)).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);
	});

	it('gives the same order whatever order the results came in, so arrival order never shows', () => {
		const reversed = labelPeople([...payloads].reverse(), 42);
		const rotated = labelPeople([...payloads.slice(3), ...payloads.slice(0, 3)], 42);
		expect(reversed).toEqual(labelPeople(payloads, 42));
		expect(rotated).toEqual(labelPeople(payloads, 42));
	});

	it('is not simply the order of the scores, and a different seed gives a different order', () => {
		const orders = [1, 2, 3, 4, 5].map((seed) => firstScores(labelPeople(payloads, seed)).join());
		expect(orders).not.toContain([10, 20, 30, 40, 50, 60, 70, 80].join());
		expect(new Set(orders).size).toBeGreaterThan(1);
	});
});

describe('presenterAction', () => {
	it.each([
		['ArrowRight', { kind: 'view', delta: 1 }],
		['PageDown', { kind: 'view', delta: 1 }],
		['ArrowLeft', { kind: 'view', delta: -1 }],
		['PageUp', { kind: 'view', delta: -1 }],
		['ArrowDown', { kind: 'highlight', delta: 1 }],
		['n', { kind: 'highlight', delta: 1 }],
		['N', { kind: 'highlight', delta: 1 }],
		['ArrowUp', { kind: 'highlight', delta: -1 }],
		['p', { kind: 'highlight', delta: -1 }],
		['h', { kind: 'clear' }],
		['H', { kind: 'clear' }],
		['Escape', { kind: 'leave' }],
		[' ', { kind: 'scroll', delta: 1 }],
		['Tab', null],
		['Enter', null],
		['x', null]
	])('%s', (key, expected) => {
		expect(presenterAction(key)).toEqual(expected);
	});

	it('leaves shortcuts with Ctrl, Alt or Cmd to the browser', () => {
		expect(presenterAction('ArrowRight', true)).toBeNull();
		expect(presenterAction('p', true)).toBeNull();
		expect(presenterAction(' ', true)).toBeNull();
	});

	it('scrolls up with Shift and Space, and leaves Shift alone on other keys', () => {
		expect(presenterAction(' ', false, true)).toEqual({ kind: 'scroll', delta: -1 });
		expect(presenterAction('ArrowRight', false, true)).toEqual({ kind: 'view', delta: 1 });
	});
});
