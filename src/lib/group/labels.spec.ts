import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralLabel, shuffle } from './labels';

describe('neutralLabel', () => {
	it.each([
		[0, 'A'],
		[1, 'B'],
		[25, 'Z'],
		[26, 'AA'],
		[27, 'AB'],
		[51, 'AZ'],
		[52, 'BA'],
		[26 + 26 * 26 - 1, 'ZZ'],
		[26 + 26 * 26, 'AAA']
	])('place %i is %s', (index, label) => {
		expect(neutralLabel(index)).toBe(label);
	});
});

describe('shuffle', () => {
	const items = Array.from({ length: 12 }, (_, index) => index);

	it('is a reordering of the same items, and leaves the input alone', () => {
		fc.assert(
			fc.property(fc.array(fc.integer()), fc.integer(), (list, seed) => {
				const before = [...list];
				const shuffled = shuffle(list, seed);
				expect(list).toEqual(before);
				expect([...shuffled].sort((a, b) => a - b)).toEqual([...list].sort((a, b) => a - b));
			})
		);
	});

	it('gives the same order for the same seed', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				expect(shuffle(items, seed)).toEqual(shuffle(items, seed));
			})
		);
	});

	it('gives different orders for different seeds', () => {
		const orders = new Set(Array.from({ length: 50 }, (_, seed) => shuffle(items, seed).join(',')));
		expect(orders.size).toBe(50);
	});

	it('makes each order of three items about equally likely', () => {
		const counts = new Map<string, number>();
		for (let seed = 0; seed < 6000; seed++) {
			const order = shuffle(['a', 'b', 'c'], seed).join('');
			counts.set(order, (counts.get(order) ?? 0) + 1);
		}
		expect(counts.size).toBe(6);
		for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(150);
	});
});

