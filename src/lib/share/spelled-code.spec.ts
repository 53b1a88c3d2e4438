import { describe, expect, it } from 'vitest';
import { spelledCode } from './spelled-code';

describe('spelledCode', () => {
	it.each([
		['a code in five groups', '843J-RX2B-91ZZ-ERCG-R0', '8 4 3 J, R X 2 B, 9 1 Z Z, E R C G, R 0'],
		['one group', 'AB12', 'A B 1 2'],
		['a short last group', '55PN-R', '5 5 P N, R'],
		['nothing', '', '']
	])('%s', (_, code, spoken) => {
		expect(spelledCode(code)).toBe(spoken);
	});
});
