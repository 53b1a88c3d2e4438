import type { Page } from '@playwright/test';
import { contrastRatio } from '../../src/lib/chart/contrast.test-helper';
import { fingerprintNumber } from '../../src/lib/share/session-fingerprint';
import { encodeShareCode } from '../../src/lib/share/share-code';
import { GROUP_VIEWS } from '../../src/lib/group/group-views';
import { answerStep, expect, pressNext, startReflection, test } from './fixtures';

/** One colour a chart paints, as the browser computed it, with how opaque it ends up. */
interface Paint {
	what: string;
	rgb: [number, number, number];
	alpha: number;
}

/** What the charts on the page paint in forced colours, and the user's background (Canvas). */
interface ChartPaints {
	canvas: [number, number, number];
	texts: Paint[];
	lines: Paint[];
}

/** A computed CSS colour, rgb() or rgba(), as a paint, made fainter by `opacity`. */
const paintOf = (value: string, what = value, opacity = 1): Paint => {
	const [r = 0, g = 0, b = 0, alpha = 1] = value.match(/[\d.]+/g)?.map(Number) ?? [];
	return { what, rgb: [r, g, b], alpha: alpha * opacity };
};
const hex = ([r, g, b]: [number, number, number]) => '#' + [r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('');
const over = (paint: Paint, canvas: [number, number, number]) =>
	hex(paint.rgb.map((c, i) => Math.round(paint.alpha * c + (1 - paint.alpha) * canvas[i]!)) as [number, number, number]);

/** The user's background colour in forced colours, as computed on the page. */
const CANVAS_PROBE = (): string => {
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
 * context by design), with the background they sit on: in forced colours, always Canvas.
 */
async function chartPaints(page: Page): Promise<ChartPaints> {
	const canvas = paintOf(await page.evaluate(CANVAS_PROBE)).rgb;
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
					...(style.fill !== 'none' ? [{ what: `${name(shape)} fill`, colour: style.fill, opacity: seen * Number(style.fillOpacity) }] : [])
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
async function expectReadableCharts(page: Page, where: string): Promise<void> {
	const { canvas, texts, lines } = await chartPaints(page);
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

const madeCode = (scores: [number, number][]) =>
	encodeShareCode(
		fingerprintNumber(null),
		scores.map(([perceived, actual]) => ({ perceived, actual }))
	);

const CODES = [20, 35, 50, 65, 80].map((base, person) =>
	madeCode(Array.from({ length: 6 }, (_, source) => [(base + source * 15) % 100, (base + person * 10 + source * 7) % 100]))
);

for (const colorScheme of ['dark', 'light'] as const) {
	test(`in forced colours (${colorScheme}), every chart's text and lines stand out from the background, and the chosen group view is marked`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.emulateMedia({ forcedColors: 'active', colorScheme });

		await startReflection(page, 'Forced colours');
		for (let step = 0; step < 6; step++) {
			await answerStep(page, (step % 5) + 1);
			await pressNext(page);
		}
		await page.getByRole('button', { name: 'See my results' }).click();
		await expect(page.getByRole('img', { name: /perceived and actual power/i })).toBeVisible();
		await expectReadableCharts(page, '/results');
		// Perceived and actual still differ in colour as well as in line style.
		const stroke = (variant: string) =>
			page.locator(`[data-variant="${variant}"] .outline`).evaluate((path) => getComputedStyle(path).stroke);
		expect(await stroke('perceived')).not.toBe(await stroke('actual'));

		await page.goto('/group');
		await page.getByLabel('Paste codes').fill(CODES.join('\n'));
		await page.getByRole('button', { name: 'Add codes' }).click();
		const tabs = page.getByRole('tab');
		await expect(tabs).toHaveCount(4);
		for (const tab of await tabs.all()) {
			const name = (await tab.textContent())?.trim() ?? '';
			await tab.click();
			await expect(tab).toHaveAttribute('aria-selected', 'true');
			await expectReadableCharts(page, `/group, ${name}`);
			// The chosen tab is filled: its background stands 3:1 from the page's, its words 4.5:1 from it.
			const canvas = paintOf(await page.evaluate(CANVAS_PROBE)).rgb;
			const look = await tab.evaluate((element) => ({ background: getComputedStyle(element).backgroundColor, text: getComputedStyle(element).color }));
			const filled = over(paintOf(look.background), canvas);
			expect.soft(contrastRatio(filled, hex(canvas)), `the chosen tab (${name}) against the page`).toBeGreaterThanOrEqual(3);
			expect.soft(contrastRatio(over(paintOf(look.text), canvas), filled), `the chosen tab's words (${name})`).toBeGreaterThanOrEqual(4.5);
		}

		await tabs.first().click();
		await page.getByRole('button', { name: 'Present' }).click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		for (const view of GROUP_VIEWS) {
			await expect(dialog).toHaveAccessibleName(new RegExp(`: ${view.name}$`));
			await expectReadableCharts(page, `presenter mode, ${view.name}`);
			await page.keyboard.press('ArrowRight');
		}
	});
}
