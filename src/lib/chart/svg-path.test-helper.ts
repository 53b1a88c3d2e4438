import { expect } from 'vitest';
import type { Point } from './radar-geometry';

/** Splits an SVG path into subpaths of [x, y] pairs (arc commands keep only their end point). */
export function subpaths(d: string): { points: Point[]; closed: boolean }[] {
	return d
		.split('M')
		.filter(Boolean)
		.map((part) => {
			const points = part
				.replace(/Z/g, '')
				.split(/[LA]/)
				.map((command) => command.split(',').map(Number))
				.map((numbers) => ({ x: numbers.at(-2) ?? NaN, y: numbers.at(-1) ?? NaN }));
			return { points, closed: part.includes('Z') };
		});
}

/** Expects a point to match another to 2 decimal places. */
export function expectPoint(actual: Point | undefined, expected: Point) {
	expect(actual?.x).toBeCloseTo(expected.x, 2);
	expect(actual?.y).toBeCloseTo(expected.y, 2);
}
