import { describe, expect, it } from 'vitest';
import { MAX_INVITED, isInvitedCount } from './invited';

describe('isInvitedCount', () => {
	it.each([
		[1, true],
		[12, true],
		[MAX_INVITED, true],
		[0, false],
		[-3, false],
		[MAX_INVITED + 1, false],
		[2.5, false],
		[Number.NaN, false],
		['12', false],
		[null, false]
	])('%s: %s', (value, expected) => {
		expect(isInvitedCount(value)).toBe(expected);
	});
});
