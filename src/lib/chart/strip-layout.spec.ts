import { describe, expect, it } from 'vitest';
import { dotRadius, dotsPath, stackRow, stripWidth, stripX, ticksFor } from './strip-layout';
import { subpaths } from './svg-path.test-helper';

// A scale from 100 to 300: one point of score is two units, so positions are easy to check by hand.
const SCALE = { left: 100, right: 300 };

describe('stripX', () => {
	it.each([
		[0, 100],
		[50, 200],
		[100, 300],
		[12.5, 125],
		[-20, 100],
		[140, 300]
	])('%s sits at %s', (value, x) => {
		expect(stripX(value, SCALE)).toBe(x);
	});
});

describe('dotRadius', () => {
	it('never grows as the group grows', () => {
		const sizes = [1, 3, 20, 21, 60, 61, 500].map(dotRadius);
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
		expect(sizes[0]).toBeGreaterThanOrEqual(4);
	});
});

describe('stackRow', () => {
	it('puts lone dots on the centre line, ordered by value, and counts blanks', () => {
		const row = stackRow([80, null, 10, 50, null], SCALE, 40, 5, 14);
		expect(row.dots).toEqual([
			{ x: 120, y: 40 },
			{ x: 200, y: 40 },
			{ x: 260, y: 40 }
		]);
		expect(row.blanks).toBe(2);
		expect(row.median).toBe(50);
		expect(row.medianX).toBe(200);
	});

	it.each([
		// two equal values: 11 apart (2r + 1), centred on the line
		{ values: [50, 50], ys: [34.5, 45.5] },
		// three: -11, 0, +11
		{ values: [50, 50, 50], ys: [29, 40, 51] },
		// five: 2r + 1 would reach 22 from the line, so the step shrinks to 2 * 14 / 4 = 7
		{ values: [50, 50, 50, 50, 50], ys: [26, 33, 40, 47, 54] }
	])('stacks $values.length equal values centred on the line', ({ values, ys }) => {
		const row = stackRow(values, SCALE, 40, 5, 14);
		expect(row.dots.map((dot) => dot.y)).toEqual(ys);
		expect(row.dots.every((dot) => dot.x === 200)).toBe(true);
	});

	it('stacks values closer than a dot’s width but keeps each at its own x', () => {
		// 50 and 52 are 4 units apart, less than 2r = 10; 60 is 20 units on, a column of its own
		const row = stackRow([52, 50, 60], SCALE, 40, 5, 14);
		expect(row.dots).toEqual([
			{ x: 200, y: 34.5 },
			{ x: 204, y: 45.5 },
			{ x: 220, y: 40 }
		]);
	});

	it('uses one step for the whole row, so density reads the same everywhere', () => {
		const row = stackRow([10, 10, 10, 10, 10, 90, 90], SCALE, 0, 5, 14);
		const tens = row.dots.filter((dot) => dot.x === 120).map((dot) => dot.y);
		const nineties = row.dots.filter((dot) => dot.x === 280).map((dot) => dot.y);
		expect(tens).toEqual([-14, -7, 0, 7, 14]);
		expect(nineties).toEqual([-3.5, 3.5]);
	});

	it('keeps every dot of a large group within the row', () => {
		const values = Array.from({ length: 500 }, (_, i) => (i * 37) % 21 * 5);
		const row = stackRow(values, SCALE, 100, dotRadius(500), 14);
		expect(row.dots).toHaveLength(500);
		for (const dot of row.dots) expect(Math.abs(dot.y - 100)).toBeLessThanOrEqual(14.01);
	});

	it('has no middle value when nobody answered', () => {
		expect(stackRow([null, null], SCALE, 0, 5, 14)).toEqual({ dots: [], median: null, medianX: null, blanks: 2 });
	});
});

describe('dotsPath', () => {
	it('draws each circle as two arcs from its left edge, all in one path', () => {
		const path = dotsPath([{ x: 10, y: 20 }, { x: 30, y: 20 }], 4, 'circle');
		expect(path).toBe('M6,20a4,4 0 1,0 8,0a4,4 0 1,0 -8,0ZM26,20a4,4 0 1,0 8,0a4,4 0 1,0 -8,0Z');
	});

	it('draws diamonds reaching one unit past the radius', () => {
		const [diamond] = subpaths(dotsPath([{ x: 10, y: 20 }], 4, 'diamond'));
		expect(diamond?.points).toEqual([
			{ x: 10, y: 15 },
			{ x: 15, y: 20 },
			{ x: 10, y: 25 },
			{ x: 5, y: 20 }
		]);
	});

	it('is empty with no dots', () => {
		expect(dotsPath([], 4, 'circle')).toBe('');
	});
});

describe('stripWidth', () => {
	it.each([
		[0, 340],
		[300, 300],
		[299.6, 299],
		[200, 260],
		[340, 340],
		[800, 340]
	])('drawn %i px wide: a viewBox %i wide', (shown, width) => {
		expect(stripWidth(shown)).toBe(width);
	});
});

describe('ticksFor', () => {
	it('places ticks at 0, 25, 50, 75 and 100 across the scale', () => {
		const ticks = ticksFor({ left: 84, right: 326 });
		expect(ticks.map((tick) => tick.value)).toEqual([0, 25, 50, 75, 100]);
		expect(ticks.map((tick) => tick.x)).toEqual([84, 144.5, 205, 265.5, 326]);
	});
});
