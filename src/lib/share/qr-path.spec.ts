import decodeQR from 'qr/decode.js';
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

/** Paints the grid as a black-on-white RGBA image, `scale` pixels a module, as a camera would see it. */
function image(cells: boolean[][], scale = 4) {
	const width = cells.length * scale;
	const data = new Uint8ClampedArray(width * width * 4).fill(255);
	cells.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (!dark) return;
			for (let dy = 0; dy < scale; dy++) {
				const start = ((y * scale + dy) * width + x * scale) * 4;
				// Black for the module's pixels on this line: red, green and blue to 0, alpha left at 255.
				for (let pixel = start; pixel < start + scale * 4; pixel += 4) data.fill(0, pixel, pixel + 3);
			}
		})
	);
	return { width, height: width, data };
}

describe('qrShape', () => {
	it.each([
		['a short link', 'http://localhost:4173/join#1rABC'],
		['a share code link', 'https://rebalance.example/group#code=ABCD-EFGH-JKMN-PQRS-TVWX'],
		['a long session link', `https://example.org/join#1z${'Ab-_9x'.repeat(62)}`],
		['text beyond ASCII', 'Café group – “Tuesday”']
	])('draws %s so that a QR reader reads back exactly the same text', (_name, text) => {
		const { size, path } = qrShape(text);
		expect(decodeQR(image(grid(path, size)))).toBe(text);
	});

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
