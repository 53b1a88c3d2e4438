import { describe, expect, it } from 'vitest';
import type { Box } from './fit-layout';
import { spreadFit, spreadHeight, spreadLayout } from './spread-layout';

describe('spreadLayout', () => {
	it('stacks one block per source without overlap, with the numbers below the last', () => {
		const layout = spreadLayout(3, 340);
		expect(layout.blocks).toHaveLength(3);
		for (const [i, block] of layout.blocks.entries()) {
			expect(block.nameY + 14).toBeLessThanOrEqual(block.noteY);
			expect(block.noteY + 3).toBeLessThan(block.perceivedY - layout.halfHeight);
			expect(block.perceivedY + layout.halfHeight).toBeLessThan(block.actualY - layout.halfHeight);
			expect(block.actualY + layout.halfHeight).toBeLessThanOrEqual(block.bottom);
			const next = layout.blocks[i + 1];
			if (next) expect(block.bottom).toBeLessThan(next.top + 1);
		}
		expect(layout.blocks.map((block) => block.tickY)).toEqual([null, null, 352]);
		expect(layout.blocks[2]!.tickY!).toBeGreaterThan(layout.blocks[2]!.bottom);
		expect(layout.height).toBeGreaterThan(layout.blocks[2]!.tickY!);
		expect(layout.height).toBe(spreadHeight(3));
	});

	it.each([
		// sources, width, columns, lefts of the columns used, tops in the first column, blocks with numbers under them
		[7, 1100, 2, [0, 570], [0, 114, 228, 342], [3, 6]],
		[6, 1400, 3, [0, 480, 960], [0, 114], [1, 3, 5]],
		[2, 900, 4, [0, 470], [0], [0, 1]],
		[4, 340, 1, [0], [0, 114, 228, 342], [3]]
	])('lays %i sources %i wide in %i columns', (sources, width, columns, lefts, tops, numbered) => {
		const layout = spreadLayout(sources, width, { columns });
		expect([...new Set(layout.blocks.map((block) => block.x))]).toEqual(lefts);
		expect(layout.blocks.filter((block) => block.x === 0).map((block) => block.top)).toEqual(tops);
		expect(layout.blocks.flatMap((block, i) => (block.tickY === null ? [] : [i]))).toEqual(numbered);
		for (const block of layout.blocks) {
			expect(block.scale.left).toBe(block.x + 84);
			expect(block.scale.right).toBeLessThanOrEqual(width);
			expect(block.ticks[0]!.x).toBe(block.scale.left);
			expect(block.ticks[4]!.x).toBe(block.scale.right);
		}
		const right = Math.max(...layout.blocks.map((block) => block.scale.right));
		expect(right).toBe(width - 14);
		expect(layout.height).toBe(spreadHeight(tops.length));
	});

	it('can put the numbers under every block, so each source carries its own scale', () => {
		const layout = spreadLayout(3, 340, { scaleEach: true });
		const tickYs = layout.blocks.map((block) => block.tickY!);
		expect(tickYs.every((y, i) => y > layout.blocks[i]!.bottom)).toBe(true);
		expect(layout.blocks[1]!.top).toBeGreaterThan(tickYs[0]! + 7);
		expect(layout.height).toBe(spreadHeight(3, true));
		expect(layout.height).toBeGreaterThan(tickYs[2]!);
		expect(spreadHeight(3, true)).toBeGreaterThan(spreadHeight(3));
	});

	it.each([1, 2, 3])('in %i columns, each name may run only as far as its own column', (columns) => {
		const layout = spreadLayout(6, 900, { columns });
		for (const block of layout.blocks) {
			expect(block.nameWidth).toBeGreaterThan(100);
			expect(block.x + block.nameWidth).toBeLessThanOrEqual(layout.width);
			const right = layout.blocks.filter((other) => other.x > block.x);
			for (const other of right) expect(block.x + block.nameWidth).toBeLessThan(other.x);
		}
	});
});

describe('spreadFit', () => {
	const height = (rows: number) => spreadHeight(rows);

	it.each<[number, Box, { columns: number; fits: boolean }]>([
		// Seven sources on a 1280 x 800 projector: two columns, as large as the height allows.
		[7, { width: 1240, height: 540 }, { columns: 2, fits: true }],
		[3, { width: 1240, height: 540 }, { columns: 1, fits: true }],
		[4, { width: 1400, height: 300 }, { columns: 2, fits: true }],
		// Twelve sources do not fit at a readable size; nor does anything on a phone.
		[12, { width: 1240, height: 540 }, { columns: 1, fits: false }],
		[6, { width: 316, height: 300 }, { columns: 1, fits: false }]
	])('%i sources in %o', (sources, box, expected) => {
		const fit = spreadFit(sources, box, height);
		expect(fit).toMatchObject(expected);
		if (!fit.fits) return;
		const scale = box.width / fit.width;
		expect(scale).toBeGreaterThanOrEqual(0.9);
		expect(height(Math.ceil(sources / fit.columns)) * scale).toBeLessThanOrEqual(box.height);
	});

	it.each([
		[1240, 900],
		[700, 700],
		[316, 340]
	])('scrolls in one column as wide as a %i px box allows, within limits: %i', (boxWidth, width) => {
		expect(spreadFit(12, { width: boxWidth, height: 200 }, height)).toEqual({ columns: 1, width, fits: false });
	});
});
