import { describe, expect, it } from 'vitest';
import type { Box } from './fit-layout';
import { textWidth } from './radar-labels';
import { SPREAD_TEXT, spreadFit, spreadLayout, type SpreadLayout, type SpreadOptions } from './spread-layout';

const SIX = ['Education', 'Organisation', 'Money', 'Class and background', 'Role', 'Authority'];
// A facilitator's own names, up to 40 characters.
const LONG = [
	'Knowing your way around council services',
	'Lived experience of caring for someone',
	'Confidence to speak up in big meetings',
	'Having time and energy to take part too'
];
const SIX_LONG = ['Education', 'Money', ...LONG];
const TEN_LONG = [...SIX, ...LONG];
const EIGHT = [...SIX, 'Time', 'Lived experience'];
const NOTES = ['2 people gave no answer for perceived, 1 for actual', '', '1 person gave no answer for actual'];

/** Where a line of text reaches, above and below its baseline, at `size`. */
const extent = (y: number, size: number) => ({ top: y - 0.8 * size, bottom: y + 0.25 * size });

/** Checks that nothing in `layout` overlaps: words, rows of dots and numbers in each block, blocks in each column, and columns. */
function expectClear(layout: SpreadLayout) {
	const lefts = [...new Set(layout.blocks.map((block) => block.x))].sort((a, b) => a - b);
	for (const [i, block] of layout.blocks.entries()) {
		const words = [
			...block.name.map((line) => ({ ...line, size: SPREAD_TEXT.name, bold: true })),
			...block.note.map((line) => ({ ...line, size: SPREAD_TEXT.small, bold: false }))
		];
		const right = lefts.find((x) => x > block.x) ?? layout.width;
		for (const [k, word] of words.entries()) {
			expect(word.x).toBe(block.x);
			expect(word.x + textWidth(word.text, word.size, word.bold)).toBeLessThan(right);
			const next = words[k + 1];
			if (next) expect(extent(word.y, word.size).bottom).toBeLessThanOrEqual(extent(next.y, next.size).top);
		}
		const lowestWord = Math.max(block.top, ...words.map((word) => extent(word.y, word.size).bottom));
		expect(lowestWord).toBeLessThanOrEqual(block.gridTop);
		expect(block.gridTop).toBeLessThan(block.perceivedY - layout.halfHeight);
		expect(block.perceivedY + layout.halfHeight).toBeLessThan(block.actualY - layout.halfHeight);
		expect(block.actualY + layout.halfHeight).toBeLessThanOrEqual(block.bottom);
		const end = block.tickY === null ? block.bottom : extent(block.tickY, SPREAD_TEXT.small).bottom + 7;
		expect(layout.height).toBeGreaterThanOrEqual(end);
		const below = layout.blocks[i + 1];
		if (below && below.x === block.x) {
			expect(below.top).toBeGreaterThanOrEqual(end);
			expect(Math.min(...below.name.map((line) => extent(line.y, SPREAD_TEXT.name).top))).toBeGreaterThan(end);
		}
		expect(block.scale.right).toBeLessThan(right);
	}
	// A row of blocks lines up across the columns, however many lines each one's words take.
	for (const block of layout.blocks) {
		for (const other of layout.blocks.filter((candidate) => candidate.top === block.top)) expect(other.perceivedY).toBe(block.perceivedY);
	}
}

describe('spreadLayout', () => {
	it.each<[string, string[], number, SpreadOptions]>([
		['six standard sources on the page', SIX, 340, {}],
		['long names on the page', SIX_LONG, 340, { notes: NOTES }],
		['long names on a small phone', SIX_LONG, 260, { notes: NOTES }],
		['ten in two columns', TEN_LONG, 1000, { columns: 2, notes: NOTES }],
		['ten in three narrow columns', TEN_LONG, 1040, { columns: 3, notes: NOTES }],
		['ten, every block with its numbers, to scroll', TEN_LONG, 900, { scaleEach: true, notes: NOTES }]
	])('%s: nothing overlaps, and every name is whole on at most two lines', (_name, names, width, options) => {
		const layout = spreadLayout(names, width, options);
		expect(layout.width).toBe(width);
		expect(layout.blocks).toHaveLength(names.length);
		expectClear(layout);
		layout.blocks.forEach((block, i) => {
			expect(block.name.length).toBeLessThanOrEqual(2);
			expect(block.name.map((line) => line.text).join(' ')).toBe(names[i]);
			expect(block.note.map((line) => line.text).join(' ')).toBe(options.notes?.[i] ?? '');
		});
	});

	it('wraps a name onto a second line only where it does not fit on one, and makes its block taller by a line', () => {
		const [short, long] = [spreadLayout(['Education', 'Money'], 340), spreadLayout([LONG[0]!, 'Money'], 340)];
		expect(short.blocks[0]!.name).toHaveLength(1);
		expect(long.blocks[0]!.name).toHaveLength(2);
		expect(spreadLayout([LONG[0]!, 'Money'], 700).blocks[0]!.name).toHaveLength(1);
		const grown = long.blocks[1]!.top - short.blocks[1]!.top;
		expect(grown).toBeCloseTo(SPREAD_TEXT.name * 1.2, 5);
		expect(long.height - short.height).toBeCloseTo(grown, 5);
	});

	it('cuts a name with "…" on a third line only where three lines of its column cannot hold it', () => {
		const [block] = spreadLayout(['Knowing your way around the council’s many services', 'Money', 'Role'], 580, { columns: 3 }).blocks;
		expect(block!.name).toHaveLength(3);
		expect(block!.name[2]!.text).toMatch(/…$/);
		expect(spreadLayout([LONG[0]!, 'Money', 'Role'], 580, { columns: 3 }).blocks[0]!.name.map((line) => line.text).join(' ')).toBe(LONG[0]);
	});

	it.each([
		// sources, width, columns, lefts of the columns used, blocks with numbers under them
		[7, 1100, 2, [0, 570], [3, 6]],
		[6, 1400, 3, [0, 480, 960], [1, 3, 5]],
		[2, 900, 4, [0, 470], [0, 1]],
		[4, 340, 1, [0], [3]]
	])('lays %i sources %i wide in %i columns, each with its 0-100 numbers under its last block', (sources, width, columns, lefts, numbered) => {
		const layout = spreadLayout(EIGHT.slice(0, sources), width, { columns });
		expect([...new Set(layout.blocks.map((block) => block.x))]).toEqual(lefts);
		expect(layout.blocks.flatMap((block, i) => (block.tickY === null ? [] : [i]))).toEqual(numbered);
		expect(Math.max(...layout.blocks.map((block) => block.scale.right))).toBe(width - 14);
		for (const block of layout.blocks) {
			expect(block.ticks[0]!.x).toBe(block.scale.left);
			expect(block.ticks[4]!.x).toBe(block.scale.right);
		}
		expectClear(layout);
	});
});

describe('spreadFit', () => {
	// What presenter mode leaves for the chart under its words: at 1280 × 800, 1280 × 720 and 1920 × 1080, and on a phone.
	const ROOM = { p1280x800: { width: 1240, height: 490 }, p1280x720: { width: 1240, height: 410 }, p1920: { width: 1880, height: 650 } };

	it.each<[string, string[], Box, { columns: number; fits: boolean }]>([
		['six at 1280 × 800: two columns', SIX, ROOM.p1280x800, { columns: 2, fits: true }],
		['six with long names at 1280 × 800', SIX_LONG, ROOM.p1280x800, { columns: 2, fits: true }],
		['eight at 1280 × 800: two columns of four would be too small, so three of three', EIGHT, ROOM.p1280x800, { columns: 3, fits: true }],
		['six with long names at 1280 × 720: three columns, names wrapped', SIX_LONG, ROOM.p1280x720, { columns: 3, fits: true }],
		['ten with long names at 1280 × 800: too many to read at once, so they scroll', TEN_LONG, ROOM.p1280x800, { columns: 1, fits: false }],
		['ten with long names at 1920 × 1080', TEN_LONG, ROOM.p1920, { columns: 3, fits: true }],
		['six on a phone', SIX, { width: 350, height: 600 }, { columns: 1, fits: false }]
	])('%s', (_name, names, box, expected) => {
		const fit = spreadFit(names, box, NOTES);
		expect(fit).toMatchObject(expected);
		const layout = spreadLayout(names, fit.width, { columns: fit.columns, scaleEach: !fit.fits, notes: NOTES });
		expectClear(layout);
		const scale = box.width / fit.width;
		// Row labels, notes and numbers at 16 px or more wherever the box is wider than a phone.
		if (box.width > 400) expect(SPREAD_TEXT.small * scale).toBeGreaterThanOrEqual(16);
		if (fit.fits) expect(layout.height * scale).toBeLessThanOrEqual(box.height);
		else expect(layout.height * scale).toBeGreaterThan(box.height);
	});

	it('counts the lines long names wrap onto: a box that shows short names in three columns does not show long ones', () => {
		const box = { width: 1240, height: 300 };
		expect(spreadFit(SIX, box)).toMatchObject({ columns: 3, fits: true });
		expect(spreadFit(SIX_LONG, box)).toMatchObject({ fits: false });
	});

	it.each([
		[1240, 900],
		[700, 613],
		[316, 340]
	])('scrolls in one column as wide as a %i px box allows with words at 16 px, within limits: %i', (boxWidth, width) => {
		expect(spreadFit(TEN_LONG, { width: boxWidth, height: 200 })).toEqual({ columns: 1, width, fits: false });
	});
});
