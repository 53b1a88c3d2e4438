import { describe, expect, it } from 'vitest';
import { textWidth } from './radar-labels';
import { largestScale, wrapToWidth } from './text-fit';

const COUNCIL = 'Knowing your way around council services';
const CARING = 'Lived experience of caring for someone';
const TIME = 'Having time and energy to take part too';
const LONG_WORD = 'Supercalifragilisticexpialidocious and more';

describe('wrapToWidth', () => {
	it.each([
		// text, width, lines it takes (16 units, bold, at most 3)
		['Education', 340, 1],
		[COUNCIL, 600, 1],
		[COUNCIL, 340, 2],
		[CARING, 340, 2],
		[TIME, 316, 2],
		[TIME, 260, 2],
		[COUNCIL, 150, 3]
	])('%j in %i units: whole, on %i line(s), each within the width', (text, width, count) => {
		const lines = wrapToWidth(text, width, 16, true, 3);
		expect(lines).toHaveLength(count);
		expect(lines.join(' ')).toBe(text);
		for (const line of lines) expect(textWidth(line, 16, true)).toBeLessThanOrEqual(width);
	});

	it.each([COUNCIL, CARING, TIME])('evens out %j over two lines rather than leaving a word alone on the second', (text) => {
		const [first, second] = wrapToWidth(text, 340, 16, true, 3);
		expect(second!.split(' ').length).toBeGreaterThan(1);
		// No shorter first line would still fit two lines: moving its last word down makes the second too wide.
		const moved = `${first!.split(' ').at(-1)} ${second}`;
		expect(textWidth(moved, 16, true)).toBeGreaterThan(Math.max(textWidth(first!, 16, true), textWidth(second!, 16, true)));
	});

	it('cuts the last line with "…" only when the lines allowed cannot hold the text', () => {
		expect(wrapToWidth(COUNCIL, 150, 16, true, 3).join(' ')).toBe(COUNCIL);
		const cut = wrapToWidth(COUNCIL, 150, 16, true, 2);
		expect(cut).toHaveLength(2);
		expect(cut[1]).toMatch(/…$/);
		expect(COUNCIL.startsWith(cut.join(' ').replace(/…$/, ''))).toBe(true);
		for (const line of cut) expect(textWidth(line, 16, true)).toBeLessThanOrEqual(150);
	});

	it('breaks a word too wide for any line with hyphens, and nothing runs past the width', () => {
		const lines = wrapToWidth(LONG_WORD, 200, 16, true, 3);
		expect(lines[0]).toMatch(/-$/);
		for (const line of lines) expect(textWidth(line, 16, true)).toBeLessThanOrEqual(200);
	});

	it.each(['', '   '])('gives no lines for %j', (text) => {
		expect(wrapToWidth(text, 340, 16, true, 3)).toEqual([]);
	});
});

describe('largestScale', () => {
	// A chart 300 units tall where it is at least 500 wide, and 30 units taller for each 100 narrower.
	const heightAt = (width: number) => 300 + Math.max(0, Math.ceil((500 - width) / 100)) * 30;

	it.each([
		// room, the most allowed, the scale expected (to 2 places)
		[{ width: 1000, height: 900 }, 2, 2],
		[{ width: 1000, height: 540 }, 2, 1.8],
		// Any larger, and narrower than 500, it would be 30 units taller.
		[{ width: 1000, height: 620 }, 4, 2],
		[{ width: 1000, height: 360 }, 4, 1.2],
		[{ width: 400, height: 200 }, 1, 0.67]
	])('in %o, at most %d: %d', (room, most, expected) => {
		const scale = largestScale(room, most, heightAt);
		expect(scale).toBeCloseTo(expected, 2);
		expect(scale).toBeLessThanOrEqual(most);
		expect(scale * heightAt(room.width / scale)).toBeLessThanOrEqual(room.height);
		if (scale < most) expect(scale * 1.01 * heightAt(room.width / (scale * 1.01))).toBeGreaterThan(room.height);
	});
});
