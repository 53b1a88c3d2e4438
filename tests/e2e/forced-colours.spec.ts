import type { Locator, Page } from '@playwright/test';
import { contrastRatio } from '../../src/lib/chart/contrast.test-helper';
import { CANVAS_PROBE, hex, over, paintOf } from './chart-paints';
import { expect, startReflection, test } from './fixtures';

/** How an element's box is painted, as the browser computed it. */
async function look(element: Locator) {
	return element.evaluate((node) => {
		const style = getComputedStyle(node);
		return {
			background: style.backgroundColor,
			border: style.borderTopColor,
			borderWidth: style.borderTopStyle === 'none' ? 0 : parseFloat(style.borderTopWidth),
			outline: style.outlineColor,
			outlineWidth: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth)
		};
	});
}

/** A computed colour as #rrggbb, laid over the page's background. */
const solid = (colour: string, canvas: [number, number, number]) => over(paintOf(colour), canvas);

async function canvasOf(page: Page): Promise<[number, number, number]> {
	return paintOf(await page.evaluate(CANVAS_PROBE)).rgb;
}

for (const colorScheme of ['dark', 'light'] as const) {
	test.describe(`in forced colours (${colorScheme})`, () => {
		test.beforeEach(async ({ page }) => {
			await page.setViewportSize({ width: 360, height: 740 });
			await page.emulateMedia({ forcedColors: 'active', colorScheme });
			await startReflection(page, 'Forced colours');
		});

		test('the progress bar still shows every step, and those reached are filled', async ({ page }) => {
			await page.getByRole('button', { name: 'Next' }).click();
			await expect(page.locator('main').getByText('Source 2 of 6')).toBeVisible();
			const canvas = await canvasOf(page);
			const steps = await Promise.all((await page.locator('main .bar span').all()).map(look));
			expect(steps).toHaveLength(6);
			for (const [index, step] of steps.entries()) {
				const fill = contrastRatio(solid(step.background, canvas), hex(canvas));
				const edge = step.borderWidth > 0 ? contrastRatio(solid(step.border, canvas), hex(canvas)) : 1;
				expect.soft(Math.max(fill, edge), `step ${index + 1} against the page`).toBeGreaterThanOrEqual(3);
				if (index < 2) expect.soft(fill, `step ${index + 1}, reached, is filled`).toBeGreaterThanOrEqual(3);
				else expect.soft(fill, `step ${index + 1}, not reached, is not filled`).toBeLessThan(3);
			}
		});

		test('a chosen answer is ringed, not marked only by its radio button', async ({ page }) => {
			const question = page.locator('fieldset.rating').first();
			await question.getByRole('radio', { name: /^2\b/ }).check();
			const canvas = await canvasOf(page);
			const chosen = await look(question.locator('label.option').filter({ has: page.getByRole('radio', { checked: true }) }));
			const other = await look(question.locator('label.option').first());
			// The ring is thicker by at least 2 px, in a colour that stands out from the page.
			expect(chosen.borderWidth + chosen.outlineWidth - (other.borderWidth + other.outlineWidth)).toBeGreaterThanOrEqual(2);
			expect(contrastRatio(solid(chosen.outline, canvas), hex(canvas))).toBeGreaterThanOrEqual(3);
		});

		test('the main button is filled, so it stands out from a secondary one', async ({ page }) => {
			const canvas = await canvasOf(page);
			const next = await look(page.getByRole('button', { name: 'Next' }));
			const back = await look(page.getByRole('button', { name: 'Back' }));
			expect(contrastRatio(solid(next.background, canvas), solid(back.background, canvas))).toBeGreaterThanOrEqual(3);
			const words = await page.getByRole('button', { name: 'Next' }).evaluate((button) => getComputedStyle(button).color);
			expect(contrastRatio(solid(words, canvas), solid(next.background, canvas))).toBeGreaterThanOrEqual(4.5);
		});
	});
}
