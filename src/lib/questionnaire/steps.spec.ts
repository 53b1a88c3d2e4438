import { describe, expect, it } from 'vitest';
import { isUnknownStep, nextStep, previousStep, resolveStep, resultsHref, sourcePosition, stepHref, stepsFor } from './steps';
import type { Source } from './types';

const source = (id: string): Source => ({ id, name: id, description: '', perceived: [], actual: [] });
const sources = [source('a'), source('b'), source('c')];

describe('steps', () => {
	it('opens, walks each source, then closes', () => {
		expect(stepsFor(sources)).toEqual(['start', 'a', 'b', 'c', 'reflect']);
	});

	it.each([
		['start', 'a', null],
		['a', 'b', 'start'],
		['c', 'reflect', 'b'],
		['reflect', null, 'c'],
		// Shown as the start, so moving on from it goes where the start's Begin goes.
		['nonsense', 'a', null],
		['', 'a', null]
	])('around %s: next %s, previous %s', (step, next, previous) => {
		expect(nextStep(sources, step)).toBe(next);
		expect(previousStep(sources, step)).toBe(previous);
	});

	it.each([
		['b', 'b'],
		['reflect', 'reflect'],
		['nonsense', 'start'],
		['', 'start'],
		[null, 'start'],
		[undefined, 'start']
	])('resolves a requested step %j to %s', (requested, expected) => {
		expect(resolveStep(sources, requested)).toBe(expected);
	});

	it.each([
		['b', false],
		['start', false],
		['reflect', false],
		[null, false],
		[undefined, false],
		['nonsense', true],
		['', true],
		['B', true],
		['a ', true]
	])('says whether a requested step %j is unknown: %s', (requested, expected) => {
		expect(isUnknownStep(sources, requested)).toBe(expected);
	});

	it.each([
		['a', { number: 1, total: 3 }],
		['c', { number: 3, total: 3 }],
		['start', null],
		['reflect', null]
	])('numbers %s as %j', (step, expected) => {
		expect(sourcePosition(sources, step)).toEqual(expected);
	});

	it('builds addresses whose parameters read back unchanged', () => {
		const url = new URL(stepHref('id with space&x', 'b'), 'http://x');
		expect(url.pathname).toBe('/reflect');
		expect(url.searchParams.get('id')).toBe('id with space&x');
		expect(url.searchParams.get('step')).toBe('b');
		expect(new URL(resultsHref('r1'), 'http://x').searchParams.get('id')).toBe('r1');
	});
});
