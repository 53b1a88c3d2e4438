// Test support: what the charts on a page paint, and whether it stands out from their background.
import { expect, type Page } from '@playwright/test';
import { contrastRatio } from '../../src/lib/chart/contrast.test-helper';

/** One colour a chart paints, as the browser computed it, with how opaque it ends up. */
interface Paint {
	what: string;
	rgb: [number, number, number];
	alpha: number;
}

/** What the charts on the page paint, and the background they sit on. */
interface ChartPaints {
	canvas: [number, number, number];
	texts: Paint[];
	lines: Paint[];
}

/** A computed CSS colour, rgb() or rgba(), as a paint, made fainter by `opacity`. */
export const paintOf = (value: string, what = value, opacity = 1): Paint => {
	const [r = 0, g = 0, b = 0, alpha = 1] = value.match(/[\d.]+/g)?.map(Number) ?? [];
	return { what, rgb: [r, g, b], alpha: alpha * opacity };
};
/** An rgb triple as #rrggbb. */
export const hex = ([r, g, b]: [number, number, number]) => '#' + [r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('');
/** A paint as the solid colour it makes over `canvas`. */
export const over = (paint: Paint, canvas: [number, number, number]) =>
	hex(paint.rgb.map((c, i) => Math.round(paint.alpha * c + (1 - paint.alpha) * canvas[i]!)) as [number, number, number]);

/** The user's background colour in forced colours, as computed on the page. */
export const CANVAS_PROBE = (): string => {
	const probe = document.createElement('span');
	probe.style.color = 'Canvas';
	document.body.append(probe);
	const canvas = getComputedStyle(probe).color;
	probe.remove();
	return canvas;
};

/**
 * Every text in the charts and their keys, and every stroke and fill drawn at least 80% opaque
 * (fainter ones, such as each person's outline among many and the tint inside an outline, are
 * context by design), with the background they sit on (a computed CSS colour).
 */
async function chartPaints(page: Page, background: string): Promise<ChartPaints> {
	const canvas = paintOf(background).rgb;
	const found = await page.evaluate(() => {
		const opacity = (element: Element) => {
			let value = 1;
			for (let node: Element | null = element; node && node.localName !== 'body'; node = node.parentElement)
				value *= Number(getComputedStyle(node).opacity);
			return value;
		};
		const name = (element: Element) =>
			[element.closest('svg[role="img"]')?.getAttribute('aria-label')?.slice(0, 12), element.localName, element.getAttribute('class'), element.textContent?.trim().slice(0, 20)]
				.filter(Boolean)
				.join(' ');
		const charts = [...document.querySelectorAll('svg[role="img"], .legend svg')];
		const texts = charts.flatMap((svg) =>
			[...svg.querySelectorAll('text')].map((text) => ({ what: name(text), colour: getComputedStyle(text).fill, opacity: opacity(text) }))
		);
		const lines = charts.flatMap((svg) =>
			[...svg.querySelectorAll('path, line, circle')].flatMap((shape) => {
				const style = getComputedStyle(shape);
				const seen = opacity(shape);
				const stroke = style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0;
				return [
					...(stroke ? [{ what: `${name(shape)} stroke`, colour: style.stroke, opacity: seen * Number(style.strokeOpacity) }] : []),
					// A line has no inside, whatever its fill.
					...(style.fill !== 'none' && shape.localName !== 'line' ? [{ what: `${name(shape)} fill`, colour: style.fill, opacity: seen * Number(style.fillOpacity) }] : [])
				];
			})
		);
		return { texts, lines };
	});
	const paints = (list: typeof found.texts) => list.map((item) => paintOf(item.colour, item.what, item.opacity));
	return { canvas, texts: paints(found.texts), lines: paints(found.lines).filter((paint) => paint.alpha >= 0.8) };
}

/**
 * Fails unless chart text stands 4.5:1 from the background and lines and marks 3:1. A mark in
 * the background's own colour is a halo or a rim, there to be invisible against it.
 */
export async function expectReadableCharts(page: Page, where: string, behind: string): Promise<void> {
	const { canvas, texts, lines } = await chartPaints(page, behind);
	const background = hex(canvas);
	expect(texts.length, `chart texts on ${where}`).toBeGreaterThan(0);
	expect(lines.length, `chart lines on ${where}`).toBeGreaterThan(0);
	const faintTexts = texts
		.map((text) => ({ ...text, ratio: contrastRatio(over(text, canvas), background) }))
		.filter((text) => text.ratio < 4.5)
		.map((text) => `${text.what}: ${text.ratio.toFixed(2)}`);
	expect.soft(faintTexts, `chart text under 4.5:1 against the background on ${where}`).toEqual([]);
	const faintLines = lines
		.map((line) => ({ ...line, colour: over(line, canvas) }))
		.filter((line) => line.colour !== background)
		.map((line) => ({ ...line, ratio: contrastRatio(line.colour, background) }))
		.filter((line) => line.ratio < 3)
		.map((line) => `${line.what}: ${line.ratio.toFixed(2)}`);
	expect.soft(faintLines, `chart lines and marks under 3:1 against the background on ${where}`).toEqual([]);
}
