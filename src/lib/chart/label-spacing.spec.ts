import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadApart, type StackedBox } from './label-spacing';

const box = (top: number, height: number, left = 0, right = 10, vAlign: StackedBox['vAlign'] = 'middle'): StackedBox => ({ top, height, left, right, vAlign });

describe('spreadApart', () => {
	it.each([
		['leaves boxes that do not meet where they are', [box(0, 10), box(12, 10)], 0, [0, 12]],
		['moves two that overlap apart evenly', [box(0, 10), box(6, 10)], 0, [-2, 8]],
		['keeps the space asked for between them', [box(0, 10), box(10, 10)], 2, [-1, 11]],
		['moves a lower box given first down, not up', [box(6, 10), box(0, 10)], 0, [8, -2]],
		['leaves boxes side by side at one height where they are', [box(0, 10, 0, 10), box(0, 10, 10, 20)], 0, [0, 0]],
		['moves apart boxes that share only a little width', [box(0, 10, 0, 10), box(4, 10, 9, 20)], 0, [-3, 7]],
		['moves only the lower box where the upper may only go down', [box(0, 10, 0, 10, 'below'), box(6, 10)], 0, [0, 10]],
		['moves only the upper box where the lower may only go up', [box(0, 10), box(6, 10, 0, 10, 'above')], 0, [-4, 6]],
		['leaves two that may only move towards each other where they are', [box(0, 10, 0, 10, 'below'), box(6, 10, 0, 10, 'above')], 0, [0, 6]]
	])('%s', (_, boxes, space, tops) => {
		spreadApart(boxes, space).forEach((top, i) => expect(top).toBeCloseTo(tops[i]!, 6));
	});

	it('spreads a crowded column of three about its middle', () => {
		const tops = spreadApart([box(0, 10), box(5, 10), box(10, 10)], 0);
		expect(tops[1]! - tops[0]!).toBeCloseTo(10, 6);
		expect(tops[2]! - tops[1]!).toBeCloseTo(10, 6);
		expect(tops[1]).toBeCloseTo(5, 1);
	});

	it('never leaves two boxes that share width overlapping, and keeps their order', () => {
		const boxes = fc.array(
			fc.record({ top: fc.integer({ min: -50, max: 50 }), height: fc.integer({ min: 1, max: 40 }), left: fc.integer({ min: -30, max: 30 }), width: fc.integer({ min: 1, max: 40 }) }),
			{ maxLength: 10 }
		);
		fc.assert(
			fc.property(boxes, fc.integer({ min: 0, max: 5 }), (drafts, space) => {
				const given = drafts.map(({ top, height, left, width }) => box(top, height, left, left + width));
				const tops = spreadApart(given, space);
				given.forEach((a, i) =>
					given.forEach((b, j) => {
						if (i === j || !(a.left < b.right && b.left < a.right)) return;
						const [upper, lower] = a.top + a.height / 2 <= b.top + b.height / 2 ? [i, j] : [j, i];
						if (a.top + a.height / 2 === b.top + b.height / 2 && i > j) return;
						expect(tops[lower]! - tops[upper]! - given[upper]!.height).toBeGreaterThanOrEqual(space - 1e-6);
					})
				);
			})
		);
	});

	it('moves a box only the way it may, however crowded', () => {
		const boxes = fc.array(
			fc.record({
				top: fc.integer({ min: -50, max: 50 }),
				height: fc.integer({ min: 1, max: 40 }),
				left: fc.integer({ min: -30, max: 30 }),
				vAlign: fc.constantFrom('above' as const, 'below' as const, 'middle' as const)
			}),
			{ maxLength: 10 }
		);
		fc.assert(
			fc.property(boxes, (drafts) => {
				const given = drafts.map(({ top, height, left, vAlign }) => box(top, height, left, left + 20, vAlign));
				spreadApart(given, 2).forEach((top, i) => {
					if (given[i]!.vAlign === 'above') expect(top).toBeLessThanOrEqual(given[i]!.top);
					if (given[i]!.vAlign === 'below') expect(top).toBeGreaterThanOrEqual(given[i]!.top);
				});
			})
		);
	});
});
