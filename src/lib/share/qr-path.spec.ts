import { describe, expect, it } from 'vitest';
import { qrShape } from './qr-path';

/** Reads the path back into a grid of dark modules. */
function grid(path: string, size: number): boolean[][] {
	const cells = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
	for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		for (let i = 0; i < Number(width); i++) cells[Number(y)]![Number(x) + i] = true;
	}
	return cells;
}

describe('qrShape', () => {
	it.each([
		['a short link', 'http://localhost/join#1rABC'],
		['a long session link', `https://example.org/join#1z${'A'.repeat(400)}`]
	])('draws %s with finder patterns in three corners and a quiet zone', (_name, text) => {
		const { size, path } = qrShape(text);
		const cells = grid(path, size);
		const border = 4;
		const modules = size - 2 * border;
		expect((modules - 17) % 4).toBe(0);
		for (let i = 0; i < size; i++) {
			expect(cells[0]![i]).toBe(false);
			expect(cells[i]![size - 1]).toBe(false);
		}
		// Each finder pattern has a solid 7-module dark outline; check its top row.
		for (const [x, y] of [
			[border, border],
			[size - border - 7, border],
			[border, size - border - 7]
		]) {
			for (let i = 0; i < 7; i++) expect(cells[y!]![x! + i]).toBe(true);
		}
	});

	it('grows with the amount of text', () => {
		expect(qrShape('x'.repeat(300)).size).toBeGreaterThan(qrShape('x').size);
	});
});
