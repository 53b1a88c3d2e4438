import { describe, expect, it } from 'vitest';
import { gridFit, type Box } from './fit-layout';

const CELL = { ratio: 1, gap: 10, padX: 20, padY: 40, min: 80 };

describe('gridFit', () => {
	it.each<[number, Box, { columns: number; rows: number; fits: boolean }]>([
		// A projector's stage: eight charts in two rows of four, as large as the height allows.
		[8, { width: 1240, height: 480 }, { columns: 4, rows: 2, fits: true }],
		[3, { width: 1240, height: 480 }, { columns: 3, rows: 1, fits: true }],
		[33, { width: 1240, height: 480 }, { columns: 11, rows: 3, fits: true }],
		[1, { width: 300, height: 900 }, { columns: 1, rows: 1, fits: true }],
		// A phone's stage is too small for eight charts of a useful size, so it scrolls.
		[8, { width: 316, height: 260 }, { columns: 4, rows: 2, fits: false }],
		[100, { width: 1240, height: 480 }, { columns: 20, rows: 5, fits: false }],
		[0, { width: 1240, height: 480 }, { columns: 1, rows: 0, fits: false }]
	])('%i charts in %o', (count, box, expected) => {
		expect(gridFit(count, box, CELL)).toMatchObject(expected);
	});

	it('never makes a grid that would overflow the box', () => {
		for (const count of [1, 2, 5, 8, 13, 33]) {
			const { columns, rows, size, fits } = gridFit(count, { width: 1240, height: 480 }, CELL);
			if (!fits) continue;
			expect(columns * (size + CELL.padX) + (columns - 1) * CELL.gap).toBeLessThanOrEqual(1240);
			expect(rows * (size * CELL.ratio + CELL.padY) + (rows - 1) * CELL.gap).toBeLessThanOrEqual(480);
			expect(columns * rows).toBeGreaterThanOrEqual(count);
		}
	});

	it('takes the charts’ shape into account: short wide charts go in fewer columns', () => {
		const square = gridFit(6, { width: 900, height: 600 }, CELL);
		const wide = gridFit(6, { width: 900, height: 600 }, { ...CELL, ratio: 0.3 });
		expect(wide.columns).toBeLessThan(square.columns);
	});
});
