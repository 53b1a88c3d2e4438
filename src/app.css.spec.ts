import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '$lib/chart/contrast.test-helper';
import { GROUP_PALETTES } from '$lib/chart/group-palette';
import { SERIES_STYLES } from '$lib/chart/series-styles';

const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8');

/** The custom properties declared in the first block after `opening`, as name to value. */
function paletteAfter(opening: RegExp): Map<string, string> {
	const match = opening.exec(css);
	if (!match) throw new Error(`app.css has no block matching ${opening}`);
	const block = css.slice(match.index + match[0].length, css.indexOf('}', match.index));
	return new Map([...block.matchAll(/--([a-z-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]));
}

const schemes = {
	light: paletteAfter(/:root,\s*\.light-surface\s*\{/),
	dark: paletteAfter(/@media screen and \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{/)
};

// [foreground, background, least contrast]: text 4.5:1, a chart's spokes 3:1 (WCAG 1.4.3, 1.4.11).
const PAIRS: [string, string, number][] = [
	...['ink', 'ink-soft', 'brand', 'brand-strong', 'danger', 'ok', 'perceived', 'actual', 'chart-text', 'chart-soft'].flatMap((text) =>
		['paper', 'card', 'field'].map((ground): [string, string, number] => [text, ground, 4.5])
	),
	['on-brand', 'brand', 4.5],
	['on-brand', 'brand-strong', 4.5],
	['on-danger', 'danger-fill', 4.5],
	['ink-soft', 'brand-tint', 4.5],
	['ink', 'brand-tint', 4.5],
	['brand-strong', 'brand-tint', 4.5],
	['danger', 'danger-tint', 4.5],
	['ok', 'ok-tint', 4.5],
	['chart-line', 'paper', 3],
	['rule', 'paper', 3],
	['chart-soft', 'chart-halo', 4.5]
];

describe('app.css colour schemes', () => {
	it('the dark scheme sets every colour the light one does, so nothing light is left in it', () => {
		expect([...schemes.dark.keys()].sort()).toEqual([...schemes.light.keys()].sort());
	});

	it('series colours are the charts’ own: the personal chart’s in light, the group’s dark palette in dark', () => {
		expect([schemes.light.get('perceived'), schemes.light.get('actual')]).toEqual([SERIES_STYLES.perceived.colour, SERIES_STYLES.actual.colour]);
		expect([schemes.dark.get('perceived'), schemes.dark.get('actual')]).toEqual([GROUP_PALETTES.dark.perceived, GROUP_PALETTES.dark.actual]);
		expect(schemes.dark.get('paper')).toBe(GROUP_PALETTES.dark.background);
	});

	for (const [scheme, palette] of Object.entries(schemes)) {
		it.each(PAIRS)(`${scheme}: --%s on --%s is at least %s:1`, (foreground, background, least) => {
			expect(contrastRatio(palette.get(foreground)!, palette.get(background)!)).toBeGreaterThanOrEqual(least);
		});
	}
});
