import { describe, expect, it } from 'vitest';
import { radial, runsPath } from './path-data';

describe('radial', () => {
	it.each([
		['12 o’clock', 0, 10, [0, -10]],
		['3 o’clock', Math.PI / 2, 10, [10, 0]],
		['6 o’clock', Math.PI, 10, [0, 10]],
		['9 o’clock', (3 * Math.PI) / 2, 4, [-4, 0]],
		['the centre', 1.2, 0, [0, 0]]
	] as const)('puts a point at %s', (_, angle, radius, [x, y]) => {
		const [dx, dy] = radial(angle, radius);
		expect(dx).toBeCloseTo(x, 10);
		expect(dy).toBeCloseTo(y, 10);
	});
});

describe('runsPath', () => {
	const a = { x: 0, y: 0 };
	const b = { x: 10.126, y: 5 };
	const c = { x: 3, y: -7.004 };
	it.each([
		['nothing', [], false, ''],
		['an empty run', [[]], true, ''],
		['a lone point, closed as d3 writes it', [[a]], false, 'M0,0Z'],
		['an open line, rounded', [[a, b, c]], false, 'M0,0L10.13,5L3,-7'],
		['a closed polygon', [[a, b, c]], true, 'M0,0L10.13,5L3,-7Z'],
		['two separate runs', [[a, b], [c]], false, 'M0,0L10.13,5M3,-7Z']
	] as const)('draws %s', (_, runs, closed, expected) => {
		expect(runsPath(runs, closed)).toBe(expected);
	});
});
