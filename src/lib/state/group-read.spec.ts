import { describe, expect, it } from 'vitest';
import { stopsFor } from './group-read';

describe('stopsFor', () => {
	it.each([
		['always', 'same', false],
		['always', 'renamed', false],
		['always', 'changed', false],
		['follow', 'same', false],
		['follow', 'renamed', false],
		['follow', 'changed', true],
		['stop', 'same', false],
		['stop', 'renamed', true],
		['stop', 'changed', true]
	] as const)('a write that does %s, when the session is %s, stops: %s', (onChange, change, expected) => {
		expect(stopsFor(onChange, change)).toBe(expected);
	});
});
