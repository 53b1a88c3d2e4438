import { describe, expect, it } from 'vitest';
import type { Source } from '$lib/questionnaire/types';
import { carryOnStep } from './carry-on';

const source = (id: string): Source => ({ id, name: id, description: '', perceived: [], actual: [] });
const sources = [source('a'), source('b'), source('c')];

describe('carryOnStep', () => {
	it.each([
		['start', 'the opening step, saved by an older version', 'a'],
		['nonsense', 'a step the walk does not have', 'a'],
		['a', 'the first source', 'a'],
		['c', 'a later source', 'c'],
		['reflect', 'the closing step', 'reflect']
	])('carries on from the session’s page, left at %s (%s), at %s', (step, _case, carryOn) => {
		expect(carryOnStep(sources, step)).toBe(carryOn);
	});

	it('carries on at the closing step when a walk has no sources, not at the opening step', () => {
		expect(carryOnStep([], 'start')).toBe('reflect');
	});
});
