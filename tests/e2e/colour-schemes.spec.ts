import type { Locator, Page } from '@playwright/test';
import { contrastRatio, luminance } from '../../src/lib/chart/contrast.test-helper';
import { GROUP_VIEWS } from '../../src/lib/group/group-views';
import { answerAllToResults, expect, startReflection, test } from './fixtures';
import { CANVAS_PROBE, expectReadableCharts, hex, over, paintOf } from './chart-paints';
import { codeOf, ZERO_GROUP } from './made-codes';

const CODES = [20, 35, 50, 65, 80].map((base, person) =>
	codeOf(Array.from({ length: 6 }, (_, source) => [(base + source * 15) % 100, (base + person * 10 + source * 7) % 100]))
);

/** Answers every source and opens the results; fails unless perceived and actual differ in colour as well as line style. */
async function reachResults(page: Page, label: string): Promise<void> {
	await startReflection(page, label);
	await answerAllToResults(page, (step) => (step % 5) + 1);
	await expect(page.getByRole('img', { name: /perceived and actual power/i })).toBeVisible();
	const stroke = (variant: string) => page.locator(`[data-variant="${variant}"] .outline`).evaluate((path) => getComputedStyle(path).stroke);
	expect(await stroke('perceived')).not.toBe(await stroke('actual'));
}

/** Adds the five codes on /group and runs `check` on each view in turn, with the view's name. */
async function everyGroupView(page: Page, check: (tab: Locator, name: string) => Promise<void>): Promise<void> {
	await page.goto('/group');
	await page.getByLabel('Paste codes').fill(CODES.join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	const tabs = page.getByRole('tab');
	await expect(tabs).toHaveCount(4);
	for (const tab of await tabs.all()) {
		const name = (await tab.textContent())?.trim() ?? '';
		await tab.click();
		await expect(tab).toHaveAttribute('aria-selected', 'true');
		await check(tab, name);
	}
	await tabs.first().click();
}

for (const colorScheme of ['dark', 'light'] as const) {
	test(`in forced colours (${colorScheme}), every chart's text and lines stand out from the background, and the chosen group view is marked`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.emulateMedia({ forcedColors: 'active', colorScheme });

		await reachResults(page, 'Forced colours');
		await expectReadableCharts(page, '/results', await page.evaluate(CANVAS_PROBE));

		await everyGroupView(page, async (tab, name) => {
			await expectReadableCharts(page, `/group, ${name}`, await page.evaluate(CANVAS_PROBE));
			// The chosen tab is filled: its background stands 3:1 from the page's, its words 4.5:1 from it.
			const canvas = paintOf(await page.evaluate(CANVAS_PROBE)).rgb;
			const look = await tab.evaluate((element) => ({ background: getComputedStyle(element).backgroundColor, text: getComputedStyle(element).color }));
			const filled = over(paintOf(look.background), canvas);
			expect.soft(contrastRatio(filled, hex(canvas)), `the chosen tab (${name}) against the page`).toBeGreaterThanOrEqual(3);
			expect.soft(contrastRatio(over(paintOf(look.text), canvas), filled), `the chosen tab's words (${name})`).toBeGreaterThanOrEqual(4.5);
		});

		await page.getByRole('button', { name: 'Present' }).click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		for (const view of GROUP_VIEWS) {
			await expect(dialog).toHaveAccessibleName(new RegExp(`: ${view.name}$`));
			await expectReadableCharts(page, `presenter mode, ${view.name}`, await page.evaluate(CANVAS_PROBE));
			await page.keyboard.press('ArrowRight');
		}
	});
}

// Where each view draws marks for someone at 0, or rings where the group's middle answers are the same.
const MARK_VIEWS = { 'Everyone together': 'g.alone path', 'Side by side': 'path.mark', 'Biggest gaps': 'circle.around' } as const;

test('marks for someone at 0, and rings where the middle answers are the same, stand out in forced colours and on the presenter’s dark screen', async ({
	page
}) => {
	await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
	await page.goto('/group');
	await page.getByLabel('Paste codes').fill(ZERO_GROUP.join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	for (const [view, marks] of Object.entries(MARK_VIEWS)) {
		await page.getByRole('tab', { name: view }).click();
		await expect(page.getByRole('tabpanel').locator(marks).first()).toBeVisible();
		await expectReadableCharts(page, `/group in forced colours, ${view}`, await page.evaluate(CANVAS_PROBE));
	}

	await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
	await page.getByRole('tab', { name: 'Everyone together' }).click();
	await page.getByRole('button', { name: 'Present' }).click();
	const dialog = page.getByRole('dialog');
	for (const view of GROUP_VIEWS) {
		await expect(dialog).toHaveAccessibleName(new RegExp(`: ${view.name}$`));
		const marks = MARK_VIEWS[view.name as keyof typeof MARK_VIEWS];
		if (marks) {
			// The page's own charts, light, stay under the dialog: only the dialog's marks are measured.
			const stage = paintOf(await backgroundOf(page, 'dialog')).rgb;
			// Hollow marks are as faint as an outline (see GroupOverlay): measured with that faintness.
			const paints = await dialog.locator(marks).evaluateAll((shapes) =>
				shapes
					.map((shape) => getComputedStyle(shape))
					.map((style): [string, number] => (style.fill === 'none' ? [style.stroke, Number(style.strokeOpacity)] : [style.fill, Number(style.fillOpacity)]))
			);
			expect(paints.length, `marks in presenter mode, ${view.name}`).toBeGreaterThan(0);
			for (const [paint, opacity] of paints)
				expect(contrastRatio(over(paintOf(paint, paint, opacity), stage), hex(stage)), `a mark in presenter mode, ${view.name}`).toBeGreaterThanOrEqual(3);
		}
		await page.keyboard.press('ArrowRight');
	}
});

/** The computed background colour of the page, or of the element `selector` finds. */
const backgroundOf = (page: Page, selector = 'html') => page.locator(selector).first().evaluate((element) => getComputedStyle(element).backgroundColor);
const luminanceOf = (colour: string) => luminance(hex(paintOf(colour).rgb));

test('in a dark scheme, the page and the personal chart are dark and readable, the group’s charts sit on a light sheet, and paper stays light', async ({ page }) => {
	test.setTimeout(90_000);
	await page.emulateMedia({ colorScheme: 'dark' });

	await reachResults(page, 'Dark');
	const paper = await backgroundOf(page);
	expect(luminanceOf(paper), 'the page’s background in a dark scheme').toBeLessThan(0.05);
	await expectReadableCharts(page, '/results', paper);

	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	expect(luminanceOf(await backgroundOf(page)), 'the printed page’s background').toBeGreaterThan(0.9);
	const printedInk = await page.locator('main h1').evaluate((heading) => getComputedStyle(heading).color);
	expect(luminanceOf(printedInk), 'the printed heading’s colour').toBeLessThan(0.1);
	// In print the page is the body's white (app.css).
	await expectReadableCharts(page, '/results on paper', await backgroundOf(page, 'body'));
	await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });

	await everyGroupView(page, async (tab, name) => {
		const sheet = await backgroundOf(page, '[role="tabpanel"]');
		// The sheet's edge is the chosen tab's colour, so the two read as one, as in the light scheme.
		const edge = await page.locator('[role="tabpanel"]').evaluate((panel) => getComputedStyle(panel).borderTopColor);
		expect(edge, `the sheet's edge under ${name}`).toBe(await backgroundOf(page, `#${await tab.getAttribute('id')}`));
		expect(luminanceOf(sheet), `the sheet behind ${name}`).toBeGreaterThan(0.9);
		await expectReadableCharts(page, `/group, ${name}`, sheet);
	});
});
