import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance } from './contrast.test-helper';
import { GROUP_PALETTES } from './group-palette';

describe('contrastRatio', () => {
	it.each([
		['#ffffff', '#000000', 21],
		['#000000', '#ffffff', 21],
		['#777777', '#777777', 1],
		// WCAG's well-known grey: #767676 is the darkest grey that reaches 4.5:1 on white
		['#767676', '#ffffff', 4.54],
		['#777777', '#ffffff', 4.48]
	])('%s on %s', (a, b, ratio) => {
		expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
	});

	it('uses the sRGB luminance curve', () => {
		expect(luminance('#ffffff')).toBeCloseTo(1, 6);
		expect(luminance('#000000')).toBe(0);
		expect(luminance('#ff0000')).toBeCloseTo(0.2126, 4);
	});
});

describe('palettes', () => {
	it.each(Object.entries(GROUP_PALETTES))('%s theme: text 4.5:1, lines and marks 3:1', (_, palette) => {
		expect(contrastRatio(palette.text, palette.background)).toBeGreaterThanOrEqual(7);
		expect(contrastRatio(palette.soft, palette.background)).toBeGreaterThanOrEqual(4.5);
		for (const graphic of [palette.grid, palette.perceived, palette.actual, palette.highlight])
			expect(contrastRatio(graphic, palette.background)).toBeGreaterThanOrEqual(3);
		// the two readings are never the same colour
		expect(palette.perceived).not.toBe(palette.actual);
	});
});
