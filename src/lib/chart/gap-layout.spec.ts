import { describe, expect, it } from 'vitest';
import { besideLayout, GAP_NAME_SIZE, gapFit, gapLayout, gapMarks, type GapLayout, type GapRoom } from './gap-layout';
import { LINE_HEIGHT, textWidth } from './radar-labels';

const SIX = ['Education', 'Organisation', 'Money', 'Class and background', 'Role', 'Authority'];
const TEN = [...SIX, 'Lived experience', 'Confidence to speak up in big meetings', 'Time', 'Knowing the right people'];
const LONG_WORD = ['Education', 'Supercalifragilisticexpialidocious', 'Money'];
// A facilitator's own names, up to 40 characters.
const SIX_LONG = [
	'Education',
	'Knowing your way around council services',
	'Money',
	'Lived experience of caring for someone',
	'Confidence to speak up in big meetings',
	'Having time and energy to take part too'
];
const LINE = GAP_NAME_SIZE * LINE_HEIGHT;

/** Checks what any frame must keep to: rows in order down the chart, names clear of each other, the scale's numbers below them all. */
function expectOrderedRows(layout: GapLayout) {
	const tops = layout.rows.map((row) => Math.min(row.y, ...row.name.map((line) => line.y)));
	expect(tops).toEqual([...tops].sort((a, b) => a - b));
	for (let i = 1; i < layout.rows.length; i++) {
		const above = layout.rows[i - 1]!;
		const lowestAbove = Math.max(above.y, ...above.name.map((line) => line.y));
		expect(Math.min(...layout.rows[i]!.name.map((line) => line.y)) - lowestAbove).toBeGreaterThanOrEqual(LINE);
	}
	expect(layout.tickY).toBeGreaterThan(layout.rows.at(-1)!.y);
	expect(layout.height).toBeGreaterThan(layout.tickY);
	expect(layout.ticks.map((tick) => tick.x)).toEqual([0, 1, 2, 3, 4].map((k) => layout.scale.left + ((layout.scale.right - layout.scale.left) * k) / 4));
}

describe('gapLayout', () => {
	it.each([
		[SIX, 340],
		[TEN, 340],
		[TEN, 600],
		[SIX_LONG, 340],
		[SIX_LONG, 260]
	])('names %j above their lines, whole on at most two lines within the chart', (names, width) => {
		const layout = gapLayout(names, width);
		expect(layout.width).toBe(width);
		expect(layout.nameAnchor).toBe('start');
		expectOrderedRows(layout);
		layout.rows.forEach((row, i) => {
			expect(row.name.length).toBeLessThanOrEqual(2);
			expect(row.name.map((line) => line.text).join(' ')).toBe(names[i]);
			for (const line of row.name) {
				expect(line.y).toBeLessThan(row.y - GAP_NAME_SIZE);
				expect(line.x + textWidth(line.text, GAP_NAME_SIZE, true)).toBeLessThanOrEqual(width);
			}
		});
	});

	it('wraps a name too long for one line onto a second, its row a line taller, but not at 600 wide', () => {
		const [wrapped, wide] = [gapLayout(TEN, 340), gapLayout(TEN, 600)];
		expect(wrapped.rows[7]!.name).toHaveLength(2);
		expect(wide.rows[7]!.name).toHaveLength(1);
		// From one row's line to the next: a line further to the row whose name takes two.
		const step = (layout: GapLayout, i: number) => layout.rows[i]!.y - layout.rows[i - 1]!.y;
		expect(step(wrapped, 7) - step(wrapped, 6)).toBeCloseTo(LINE, 1);
		expect(step(wrapped, 8)).toBeCloseTo(step(wrapped, 6), 1);
		expect(wrapped.height - wide.height).toBeCloseTo(LINE, 1);
	});
});

describe('besideLayout', () => {
	it.each([
		['six standard', SIX, 0],
		['ten with long names', TEN, 0],
		['ten, wide', TEN, 900],
		['a very long word', LONG_WORD, 0]
	])('%s: names end before the scale, wrapped whole onto at most 3 lines centred on their row', (_name, names, width) => {
		const layout = besideLayout(names, width);
		expect(layout.nameAnchor).toBe('end');
		expect(layout.width).toBeGreaterThanOrEqual(width);
		expect(layout.scale.right - layout.scale.left).toBeGreaterThanOrEqual(200);
		expectOrderedRows(layout);
		layout.rows.forEach((row, i) => {
			expect(row.name.length).toBeLessThanOrEqual(3);
			expect(row.name.map((line) => line.text).join(' ').replace(/- /g, '-')).toContain(names[i]!.slice(0, 8));
			for (const line of row.name) {
				expect(line.x).toBeLessThan(layout.scale.left - 8);
				expect(line.x - textWidth(line.text, GAP_NAME_SIZE, true)).toBeGreaterThanOrEqual(0);
			}
			const ys = row.name.map((line) => line.y);
			expect((Math.min(...ys) + Math.max(...ys)) / 2).toBeCloseTo(row.y, 1);
		});
	});

	it('keeps a long name whole over more lines, where the page chart cuts it', () => {
		const [, , , , , , , confidence] = besideLayout(TEN, 0).rows;
		expect(confidence!.name.map((line) => line.text).join(' ')).toBe(TEN[7]);
		expect(confidence!.name.length).toBeGreaterThan(1);
	});

	it('is shorter than names above, for the same sources', () => {
		for (const names of [SIX, TEN]) expect(besideLayout(names, 0).height).toBeLessThan(gapLayout(names).height);
	});
});

/** CSS pixels per viewBox unit when `layout` is drawn as wide as `room`. */
const scaleIn = (room: GapRoom, layout: GapLayout) => room.width / layout.width;
/** The largest scale at which `layout`, at its narrowest, fits `room`. */
const largestFor = (room: GapRoom, layout: GapLayout) =>
	Math.min(room.width / layout.width, room.height / layout.height, room.largestName / GAP_NAME_SIZE);

describe('gapFit', () => {
	it.each([
		['six on a laptop: names above, with the longer scale', SIX, { width: 600, height: 500, largestName: 40 }, false, true],
		['ten on a laptop: names beside, as above would be too short', TEN, { width: 600, height: 500, largestName: 40 }, true, true],
		['ten on a large screen: beside', TEN, { width: 900, height: 760, largestName: 40 }, true, true],
		['six on a large screen, names held to the words’ size', SIX, { width: 1600, height: 1000, largestName: 24 }, false, true],
		['ten in a narrow, short room: too small, above at the readable size', TEN, { width: 250, height: 300, largestName: 40 }, false, false],
		['ten, wide but very short: too small, beside at the readable size', TEN, { width: 900, height: 200, largestName: 40 }, true, false],
		['six with long names at 1280 × 800: names above, on one line each at the width they are drawn', SIX_LONG, { width: 600, height: 500, largestName: 22 }, false, true]
	])('%s', (_name, names, room, beside, fits) => {
		const fit = gapFit(names, room);
		expect(fit).toMatchObject({ beside, fits });
		const layout = fit.beside ? besideLayout(names, fit.width) : gapLayout(names, fit.width);
		expect(layout.width).toBeCloseTo(fit.width, 1);
		const scale = scaleIn(room, layout);
		if (fits) {
			expect(scale).toBeGreaterThanOrEqual(0.9);
			expect(layout.height * scale).toBeLessThanOrEqual(room.height + 0.5);
			expect(GAP_NAME_SIZE * scale).toBeLessThanOrEqual(room.largestName + 0.01);
			// Neither frame would draw the chart larger.
			const other = fit.beside ? gapLayout(names) : besideLayout(names, 0);
			expect(largestFor(room, other)).toBeLessThanOrEqual(scale + 0.01);
		} else {
			expect(scale).toBeLessThanOrEqual(0.9 + 0.01);
			expect(layout.height * scale).toBeGreaterThan(room.height);
		}
	});
	it('draws names above as large as the room allows where, drawn wider than their narrowest frame, they no longer wrap', () => {
		const room = { width: 600, height: 500, largestName: 22 };
		expect(gapLayout(SIX_LONG).rows.filter((row) => row.name.length > 1)).toHaveLength(4);
		// Sized by that narrowest frame, its four wrapped names would make the chart too tall for names at 22 px.
		expect(largestFor(room, gapLayout(SIX_LONG))).toBeLessThan(22 / GAP_NAME_SIZE - 0.05);
		const fit = gapFit(SIX_LONG, room);
		const layout = gapLayout(SIX_LONG, fit.width);
		expect(layout.rows.every((row) => row.name.length === 1)).toBe(true);
		expect(GAP_NAME_SIZE * scaleIn(room, layout)).toBeCloseTo(22, 1);
	});
});

describe('gapMarks', () => {
	// 100 units of scale from 0 to 100, so a point of score is a unit.
	const layout = { ...gapLayout(['A'], 126), scale: { left: 12, right: 112 } };

	it.each([
		['the same values: a ring', 40, 40, true],
		['both 0: a ring', 0, 0, true],
		['within the distance: a ring', 40, 41.5, true],
		['at the distance: a circle', 40, 42, false],
		['a gap: a circle', 20, 60, false]
	])('%s', (_name, perceived, actual, around) => {
		const [mark] = gapMarks([{ perceived, actual }], layout, 2);
		expect(mark).toEqual({ perceived: { x: 12 + perceived, y: layout.rows[0]!.y }, actual: { x: 12 + actual, y: layout.rows[0]!.y }, around });
	});

	it('rings a circle only for its own row', () => {
		const rows = gapMarks(
			[
				{ perceived: 50, actual: 10 },
				{ perceived: 10, actual: 10 },
				{ perceived: 10, actual: 50 }
			],
			gapLayout(['A', 'B', 'C']),
			2
		);
		expect(rows.map((row) => row.around)).toEqual([false, true, false]);
	});
});
