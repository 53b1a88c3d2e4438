// Test support: how large a chart's words are drawn on screen, where its drawing sits, and the reader's larger text.
import type { BrowserContext, Locator } from '@playwright/test';

/** The sizes, in CSS pixels on screen, of the words `selector` finds in `chart`: each one's font size times the chart's scale. */
export function drawnTextSizes(chart: Locator, selector = 'text'): Promise<number[]> {
	return chart.evaluate(
		(svg, within) =>
			[...svg.querySelectorAll<SVGTextElement>(within)]
				.filter((text) => text.checkVisibility())
				.map((text) => parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a),
		selector
	);
}

/** Makes the root font size half as large again in every page the context opens, as a reader's larger text does. */
export async function largerText(context: BrowserContext): Promise<void> {
	await context.addInitScript(() =>
		document.addEventListener('DOMContentLoaded', () => {
			const root = document.documentElement;
			root.style.fontSize = `${parseFloat(getComputedStyle(root).fontSize) * 1.5}px`;
		})
	);
}

/** How far, in CSS pixels, the middle of a chart's drawing (its viewBox) sits from the middle of the box the SVG takes. */
export function drawingOffCentre(chart: Locator): Promise<number> {
	return chart.evaluate((svg) => {
		const { x, width } = (svg as SVGSVGElement).viewBox.baseVal;
		const toScreen = (svg as SVGSVGElement).getScreenCTM()!;
		const box = svg.getBoundingClientRect();
		return toScreen.a * (x + width / 2) + toScreen.e - (box.left + box.width / 2);
	});
}
