import type { Locator, Page } from '@playwright/test';
import { answerStep, expect, startReflection, test } from './fixtures';
import { codeOf } from './made-codes';

// WCAG 1.4.4, 1.4.10 and 1.4.12: nothing runs off a phone's screen with larger text or wider spacing.
// A browser's larger default text scales the page's root size (app.css sets it to 106.25% of that
// default); this style does the same, winning over app.css's `:root` as `html { font-size: 150% }` would not.
const largerText = (scale: number) => `:root { font-size: calc(${scale} * 106.25%) !important; }`;
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

const READERS = [
	{ name: 'text at 100%', css: '' },
	{ name: 'text at 150%', css: largerText(1.5) },
	{ name: 'text at 200%', css: largerText(2) },
	{ name: 'WCAG 1.4.12 text spacing', css: TEXT_SPACING }
];

const CODES = [20, 35, 50, 65, 80].map((base, person) =>
	codeOf(Array.from({ length: 6 }, (_, source) => [(base + source * 15) % 100, (base + person * 10 + source * 7) % 100]))
);

/** Adds `css` to every page the tab opens from now on, as a reader's own settings would apply. */
async function readerStyle(page: Page, css: string): Promise<void> {
	await page.addInitScript((text) => {
		const add = () => document.head.append(Object.assign(document.createElement('style'), { textContent: text }));
		if (document.head) add();
		else document.addEventListener('DOMContentLoaded', add);
	}, css);
}

/** Fails when the page scrolls sideways, or any of `keys` reaches past either side of the screen. */
async function expectFitsScreen(page: Page, where: string, keys: Locator): Promise<void> {
	const screen = await page.evaluate(() => ({
		width: innerWidth,
		scrollWidth: document.documentElement.scrollWidth,
		// What widens it, to say in the failure: the innermost elements reaching past the right edge.
		wide: [...document.body.querySelectorAll('*')]
			.filter((element) => !(element instanceof SVGElement && element.ownerSVGElement) && element.getBoundingClientRect().right > innerWidth + 0.5)
			.filter((element) => ![...element.children].some((child) => child.getBoundingClientRect().right > innerWidth + 0.5))
			.map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} “${element.textContent?.trim().slice(0, 30)}”`)
			.slice(0, 5)
	}));
	expect.soft(screen.scrollWidth, `${where}: the page's width (widened by ${screen.wide.join(', ')})`).toBeLessThanOrEqual(screen.width);
	const boxes = await keys.evaluateAll((elements) =>
		elements.map((element) => {
			const box = element.getBoundingClientRect();
			return { name: element.textContent?.trim() ?? '', left: box.left, right: box.right };
		})
	);
	expect(boxes.length, `${where}: buttons to check`).toBeGreaterThan(0);
	const outside = boxes.filter((box) => box.left < 0 || box.right > screen.width + 0.5);
	expect.soft(outside, `${where}: buttons reaching past the screen's edge`).toEqual([]);
}

/** Fails when a rating question's answers reach into its card's padding, or past it. */
async function expectAnswersInsideCards(page: Page, where: string): Promise<void> {
	const poking = await page.locator('fieldset.rating').evaluateAll((cards) =>
		cards.flatMap((card) => {
			const style = getComputedStyle(card);
			const inner = card.getBoundingClientRect().right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
			return [...card.querySelectorAll('.options .option')]
				.filter((option) => option.getBoundingClientRect().right > inner + 0.5)
				.map((option) => `${option.textContent?.trim()}: ${Math.round(option.getBoundingClientRect().right - inner)} px`);
		})
	);
	expect.soft(poking, `${where}: answers reaching into their card's padding`).toEqual([]);
}

/**
 * Fails unless each table on the page is still a table to a screen reader (Chromium's own accessibility
 * tree, whatever the layout): the column headers, a row header per source, and cells named by their
 * contents alone. Also fails when a cell's shown column name (data-label) is not its column header's.
 */
async function expectRealTables(page: Page, where: string, sources: string[]): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	const { nodes } = await cdp.send('Accessibility.getFullAXTree');
	await cdp.detach();
	const named = (role: string) => nodes.filter((node) => node.role?.value === role).map((node) => String(node.name?.value ?? ''));
	expect.soft(named('columnheader'), `${where}: column headers`).toEqual(expect.arrayContaining(['Perceived', 'Actual']));
	expect.soft(named('rowheader'), `${where}: row headers`).toEqual(expect.arrayContaining(sources));
	expect.soft(named('cell').filter((name) => /Perceived|Actual|Gap/.test(name)), `${where}: cells read with a column name`).toEqual([]);
	const mislabelled = await page.locator('table').evaluateAll((tables) =>
		tables.flatMap((table) => {
			const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
			return [...table.querySelectorAll('tbody tr')].flatMap((row) =>
				[...row.children]
					.map((cell, column) => ({ label: cell.getAttribute('data-label'), header: headers[column], cell: cell.tagName }))
					.filter(({ label, header, cell }) => cell === 'TD' && label !== header)
			);
		})
	);
	expect.soft(mislabelled, `${where}: cells whose shown column name is not their column's`).toEqual([]);
}

for (const viewport of [
	{ width: 360, height: 740 },
	{ width: 320, height: 568 }
]) {
	for (const reader of READERS) {
		test(`at ${viewport.width}×${viewport.height} with ${reader.name}, the steps, results and group screen fit the screen`, async ({
			page
		}) => {
			test.setTimeout(90_000);
			await page.setViewportSize(viewport);
			if (reader.css) await readerStyle(page, reader.css);

			await startReflection(page, 'Larger text');
			await answerStep(page, 3);
			await expectAnswersInsideCards(page, 'a source step');
			if (!reader.css) {
				// Room enough at the usual text size for answers a finger can hit (44 by 44 px), down to 320 px.
				const sizes = await page.locator('fieldset.rating .options .option').evaluateAll((options) =>
					options.map((option) => Math.min(option.getBoundingClientRect().width, option.getBoundingClientRect().height))
				);
				expect.soft(Math.min(...sizes), 'the smallest side of a rating answer').toBeGreaterThanOrEqual(44);
			}
			await expectFitsScreen(page, 'a source step', page.locator('fieldset.rating .option, nav[aria-label="Steps"] .button'));

			await page.goto(page.url().replace(/step=[^&]+/, 'step=reflect'));
			const steps = page.getByRole('navigation', { name: 'Steps' }).getByRole('button');
			await expect(steps).toHaveText(['Back', 'See my results']);
			await expectFitsScreen(page, 'the closing step', steps);

			await steps.last().click();
			await expect(page.getByRole('table', { name: 'Scores by source, from 0 to 100' })).toBeVisible();
			await page.getByText('Exactly what the code contains').click();
			await expect(page.getByRole('table', { name: 'Scores carried by your share code' })).toBeVisible();
			await expectFitsScreen(page, 'the results', page.locator('main').getByRole('button'));
			await expectRealTables(page, 'the results', ['Education', 'Organisation', 'Money', 'Class and background', 'Role', 'Authority']);

			await page.goto('/group');
			await page.getByLabel('Paste codes').fill(CODES.join('\n'));
			await page.getByRole('button', { name: 'Add codes' }).click();
			await expect(page.getByRole('tab')).toHaveCount(4);
			await expectFitsScreen(page, 'the group screen', page.getByRole('tab'));
			await expectRealTables(page, 'the group screen', ['Education', 'Authority']);
			await page.getByRole('tab', { name: 'Source by source' }).click();
			await expect(page.getByRole('table', { name: /^The spread of answers by source/ })).toBeVisible();
			await expectFitsScreen(page, 'the group screen’s source by source', page.getByRole('tab'));
			await page.getByRole('tab', { name: 'Side by side' }).click();
			await expect(page.getByRole('img', { name: /^Chart A\./ })).toBeVisible();
			await expectFitsScreen(page, 'the group screen’s side by side', page.getByRole('tab'));
		});
	}
}
