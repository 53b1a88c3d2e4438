import type { Locator, Page } from '@playwright/test';
import { STANDARD_SOURCE_IDS } from '../../src/lib/questionnaire/types';
import { fingerprintNumber } from '../../src/lib/share/session-fingerprint';
import { encodeSession } from '../../src/lib/share/session-link';
import type { SessionSettings } from '../../src/lib/share/session-settings';
import { encodeShareCode } from '../../src/lib/share/share-code';
import { expect, expectAccessible, PHONE, test, watchErrorEvents } from './fixtures';
import { madeCode } from './made-codes';

/** A session with every standard source and four of the facilitator's own, one with a long name. */
const TEN_SOURCES: SessionSettings = {
	title: 'Carers forum',
	welcome: '',
	date: null,
	sources: [...STANDARD_SOURCE_IDS],
	custom: [
		{ name: 'Lived experience', description: '' },
		{ name: 'Confidence to speak up in big meetings', description: '' },
		{ name: 'Time', description: '' },
		{ name: 'Knowing the right people', description: '' }
	],
	threshold: 3
};

/** Opens the group screen for `session` with twelve people's answers, some of them left blank where `blanks` is set. */
async function openGroupScreen(page: Page, session: SessionSettings, blanks = false): Promise<void> {
	const count = session.sources.length + session.custom.length;
	const codes = Array.from({ length: 12 }, (_, person) =>
		encodeShareCode(
			fingerprintNumber(session),
			Array.from({ length: count }, (_, source) => ({
				perceived: blanks && person < 2 && source % 3 === 0 ? null : (person * 17 + source * 23) % 101,
				actual: blanks && person === 3 && source % 4 === 1 ? null : (person * 31 + source * 11) % 101
			}))
		)
	);
	await page.goto(`/join#${await encodeSession(session)}`);
	await page.getByText('Are you running this session?').click();
	await page.getByRole('button', { name: 'Open the group screen for this session' }).click();
	await page.getByLabel('Paste codes').fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
}

/** Opens presenter mode on the biggest gaps of twelve people's answers to `session`. */
async function presentGaps(page: Page, session: SessionSettings): Promise<{ presenter: Locator; stage: Locator }> {
	await openGroupScreen(page, session);
	await page.getByRole('button', { name: 'Present' }).click();
	const presenter = page.getByRole('dialog');
	await presenter.getByRole('button', { name: 'Previous view' }).click();
	await expect(page.getByRole('dialog', { name: /Biggest gaps/ })).toBeVisible();
	return { presenter, stage: presenter.locator('.stage') };
}

/** The size each source's name is drawn at on screen: its font size times the chart's scale. */
const namesDrawnAt = (chart: Locator) =>
	chart
		.locator('text[font-weight="700"]')
		.evaluateAll((texts) => texts.map((text) => Number(text.getAttribute('font-size')) * (text as SVGTextElement).getScreenCTM()!.a));

/** Whether `chart` lies wholly inside the stage's visible box. */
async function wholeInView(stage: Locator, chart: Locator): Promise<boolean> {
	const [room, drawn] = [await stage.boundingBox(), await chart.boundingBox()];
	return drawn!.y >= room!.y - 0.5 && drawn!.y + drawn!.height <= room!.y + room!.height + 0.5;
}

for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
	test(`at ${viewport.width} × ${viewport.height}, a session's ten biggest gaps are drawn about as large as the words beside them, whole, and stay in view as the questions scroll`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		const { presenter, stage } = await presentGaps(page, TEN_SOURCES);
		const chart = presenter.getByRole('img', { name: /biggest gaps/ });
		const words = parseFloat(await presenter.locator('.intro').evaluate((intro) => getComputedStyle(intro).fontSize));
		const sizes = await namesDrawnAt(chart);
		expect(sizes.length).toBeGreaterThanOrEqual(10);
		// Names above their lines made ten rows so tall that they were drawn at about 12 px at 1280 × 720.
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(words * 0.85);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(words * 1.1 + 0.5);
		// Wrapped whole rather than cut short.
		expect((await chart.locator('text[font-weight="700"]').allTextContents()).join(' ')).toContain('Confidence to speak up in big meetings');
		expect(await wholeInView(stage, chart)).toBe(true);

		await expect(presenter.getByText('More below: scroll down.')).toBeVisible();
		await stage.evaluate((element) => element.scrollTo({ top: 400 }));
		await expect.poll(() => stage.evaluate((element) => element.scrollTop)).toBeGreaterThan(300);
		expect(await wholeInView(stage, chart)).toBe(true);
	});
}

/** Names a facilitator gave their own sources, up to the 40 characters allowed. */
const LONG_NAMES = [
	'Knowing your way around council services',
	'Lived experience of caring for someone',
	'Confidence to speak up in big meetings',
	'Having time and energy to take part too'
];
/** A session of `sources` and the four long names: six, eight or ten sources in all. */
const withLongNames = (sources: SessionSettings['sources']): SessionSettings => ({
	title: 'Carers forum',
	welcome: '',
	date: null,
	sources,
	custom: LONG_NAMES.map((name) => ({ name, description: '' })),
	threshold: 3
});

/** The words of a chart's names, lines joined. */
const nameText = async (chart: Locator) => (await chart.locator('text[font-weight="700"]').allTextContents()).join(' ');

for (const width of [360, 1280]) {
	test(`at ${width} px, the group screen's Source by source and Biggest gaps charts show a facilitator's long source names whole`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await openGroupScreen(page, withLongNames(['educational', 'monetary']), true);
		await page.getByRole('tab', { name: 'Source by source' }).click();
		const spread = page.getByRole('img', { name: /source by source/ });
		// They were cut short with "…", as in "Knowing your way around council…".
		for (const name of LONG_NAMES) expect(await nameText(spread)).toContain(name);
		expect(await nameText(spread)).not.toContain('…');
		await page.getByRole('tab', { name: 'Biggest gaps' }).click();
		const gaps = page.getByRole('img', { name: /biggest gaps/ });
		for (const name of LONG_NAMES) expect(await nameText(gaps)).toContain(name);
		expect(await nameText(gaps)).not.toContain('…');
	});
}

for (const [count, sources, viewport] of [
	[6, ['educational', 'monetary'], { width: 1280, height: 800 }],
	[6, ['educational', 'monetary'], { width: 1280, height: 720 }],
	[8, STANDARD_SOURCE_IDS.slice(0, 4), { width: 1280, height: 800 }],
	[10, [...STANDARD_SOURCE_IDS], { width: 1280, height: 800 }]
] as const) {
	test(`at ${viewport.width} × ${viewport.height}, Source by source with ${count} sources draws all its words at 16 px or more, long names whole`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await openGroupScreen(page, withLongNames([...sources]), true);
		await page.getByRole('tab', { name: 'Source by source' }).click();
		await page.getByRole('button', { name: 'Present' }).click();
		const presenter = page.getByRole('dialog', { name: /Source by source/ });
		const chart = presenter.getByRole('img', { name: /source by source/ });
		await expect(chart.locator('text', { hasText: 'people gave no answer for perceived' }).first()).toBeVisible();
		// Row labels, the notes of who gave no answer and the scale's numbers were drawn at about 14 px with eight sources.
		const sizes = await chart
			.locator('text')
			.evaluateAll((texts) => texts.map((text) => Number(text.getAttribute('font-size')) * (text as SVGTextElement).getScreenCTM()!.a));
		expect(sizes.length).toBeGreaterThan(count * 4);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
		for (const name of LONG_NAMES) expect(await nameText(chart)).toContain(name);
		// All of it in view, or the stage says there is more to scroll to.
		const stage = presenter.locator('.stage');
		if (!(await wholeInView(stage, chart))) await expect(presenter.getByText('More below: scroll down.')).toBeVisible();
	});
}

/** Presenter mode at 360 × 740 for twelve people's answers to a session of ten sources. */
async function presentOnPhone(page: Page): Promise<{ presenter: Locator; stage: Locator; about: Locator }> {
	await page.setViewportSize({ width: 360, height: 740 });
	await openGroupScreen(page, TEN_SOURCES);
	await page.getByRole('button', { name: 'Present' }).click();
	const presenter = page.getByRole('dialog');
	return { presenter, stage: presenter.locator('.stage'), about: presenter.getByRole('button', { name: 'About this chart' }) };
}

for (const [way, key] of [
	['Escape', 'Escape'],
	// Held with Control, Escape is left to Chromium, which closes a modal dialog with a cancel event of its own.
	['the browser’s own cancel', 'Control+Escape']
] as const) {
	test(`on a phone, ${way} closes the view's words opened with “About this chart” first, back to the button and the chart, then leaves presenter mode`, async ({
		page
	}) => {
		const { presenter, stage, about } = await presentOnPhone(page);
		const chart = stage.getByRole('img').first();
		await about.click();
		await expect(about).toHaveAttribute('aria-expanded', 'true');
		await expect(stage.locator('.intro')).toBeVisible();
		await stage.focus();

		await page.keyboard.press(key);
		await expect(about).toHaveAttribute('aria-expanded', 'false');
		await expect(presenter).toBeVisible();
		await expect(about).toBeFocused();
		await expect(stage.locator('.intro')).toBeHidden();
		expect(await wholeInView(stage, chart)).toBe(true);

		await page.keyboard.press(key);
		await expect(presenter).toBeHidden();
		await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
	});
}

test('on a phone, “About this chart” takes focus to the start of the words it opens, above the chart, and Escape brings it back; “More below” is for the eye only', async ({
	page
}) => {
	const { presenter, stage, about } = await presentOnPhone(page);
	await about.focus();
	await page.keyboard.press('Enter');
	await expect(about).toHaveAttribute('aria-expanded', 'true');
	// The words open at the top of the picture, before the button in reading order: left on the button, a screen reader read on into the footer.
	const words = stage.locator('.intro');
	await expect(words).toBeFocused();
	await expect(words).toBeInViewport();
	await expect(words).toHaveText(/^Each thin line is one person\./);

	// The view runs past the screen, which the note shows, but says nothing to a screen reader, which reads it all whether scrolled or not.
	await expect(presenter.getByText('More below: scroll down.')).toBeVisible();
	const heard = await presenter.ariaSnapshot();
	expect(heard).toContain('Each thin line is one person.');
	expect(heard).toContain('button "About this chart" [expanded]');
	expect(heard).not.toContain('More below');

	// The keys still work from the words, which the next view's replace.
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('dialog', { name: /Side by side/ })).toBeVisible();
	await expect(words).toBeFocused();
	await expect(words).toHaveText(/^One small chart per person/);

	await page.keyboard.press('Escape');
	await expect(about).toBeFocused();
	await expect(about).toHaveAttribute('aria-expanded', 'false');
	await expect(words).toBeHidden();
	await expect(presenter).toBeVisible();
	await expectAccessible(page);
});

/** What Chromium tells a screen reader each table cell on the page says. */
async function cellNames(page: Page): Promise<string[]> {
	const cdp = await page.context().newCDPSession(page);
	const { nodes } = await cdp.send('Accessibility.getFullAXTree');
	await cdp.detach();
	return nodes.filter((node) => node.role?.value === 'cell').map((node) => String(node.name?.value ?? ''));
}

for (const width of [360, 1280]) {
	test(`at ${width} px, each cell of the group tables says what its numbers are, the middle value on one line with its words`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		// Perceived 10, 30, 50 and 70 throughout (middle 40, quartiles 25 and 55); actual 20 from everyone.
		const codes = [10, 30, 50, 70].map((perceived) =>
			encodeShareCode(fingerprintNumber(null), Array.from({ length: 6 }, () => ({ perceived, actual: 20 })))
		);
		await page.goto('/group');
		await page.getByLabel('Paste codes').fill(codes.join('\n'));
		await page.getByRole('button', { name: 'Add codes' }).click();
		const table = page.getByRole('table');
		await expect(table.getByRole('row')).toHaveCount(7);
		// Heard as "40 lowest 10, highest 70", the middle value ran into the range with no word for what it was.
		expect(await cellNames(page)).toEqual(Array(6).fill(['middle value 40, lowest 10, highest 70', 'middle value 20, all answered 20']).flat());
		await expect(table.getByText('middle value').first()).toBeVisible();
		// Its words beside the number, not a line of their own: on a phone too, the cell is no taller for them.
		for (const cell of await table.getByRole('cell').all()) {
			const [words, number] = [await cell.getByText('middle value').boundingBox(), await cell.locator('strong').boundingBox()];
			expect(Math.abs(words!.y + words!.height / 2 - (number!.y + number!.height / 2))).toBeLessThan(words!.height / 2);
		}

		await page.getByRole('tab', { name: 'Source by source' }).click();
		await expect(page.getByRole('table', { name: /^The spread of answers by source/ })).toBeVisible();
		expect(await cellNames(page)).toEqual(
			Array(6)
				.fill([
					'middle value 40, lowest 10, highest 70, the middle half answered between 25 and 55',
					'middle value 20, all answered 20, the middle half answered 20'
				])
				.flat()
		);
	});
}

/** Opens presenter mode on a group of `count` made codes. */
async function presentGroup(page: Page, count: number) {
	const codes = Array.from({ length: count }, (_, i) => madeCode((i * 15) % 100, 95 - ((i * 35) % 95)));
	await page.goto('/group');
	await page.getByLabel('Paste codes').fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await page.getByRole('button', { name: 'Present' }).click();
	const presenter = page.getByRole('dialog');
	await expect(presenter).toBeVisible();
	return { presenter, stage: presenter.locator('.stage') };
}

/** How far `locator`'s elements reach past the stage's bottom edge, at most (0 or less when all are in view). */
async function overhang(stage: Locator, locator: Locator): Promise<number> {
	const bottom = await stage.evaluate((element) => element.getBoundingClientRect().bottom);
	const boxes = await locator.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().bottom));
	expect(boxes.length).toBeGreaterThan(0);
	return Math.max(...boxes) - bottom;
}

test('on a projector, presenter mode fits each chart to the screen and starts every view at the top', async ({ page }) => {
	const errorsSeen = await watchErrorEvents(page);
	await page.setViewportSize({ width: 1280, height: 800 });
	const { presenter, stage } = await presentGroup(page, 8);
	await expect(presenter.getByText(/change view/)).toBeVisible();

	await presenter.getByRole('button', { name: 'Next view' }).click();
	await expect(page.getByRole('dialog', { name: /Side by side/ })).toBeVisible();
	const charts = presenter.locator('ul.multiples > li');
	await expect(charts).toHaveCount(8);
	await expect.poll(() => overhang(stage, charts)).toBeLessThanOrEqual(0);
	await expect(presenter.getByText('More below')).toHaveCount(0);
	const nextView = presenter.getByRole('button', { name: 'Next view' });
	const nextViewAt = await nextView.boundingBox();
	// Large enough to read from the back of a room, and each card no taller than its chart needs.
	const frameWidths = await charts.locator('path.grid').evaluateAll((paths) => paths.map((path) => path.getBoundingClientRect().width));
	expect(Math.min(...frameWidths)).toBeGreaterThanOrEqual(120);
	const spareHeights = await charts.evaluateAll((cells) =>
		cells.map((cell) => cell.getBoundingClientRect().height - cell.querySelector('svg')!.getBoundingClientRect().height)
	);
	expect(Math.max(...spareHeights)).toBeLessThanOrEqual(24);

	await page.keyboard.press('ArrowRight');
	const spread = presenter.getByRole('img', { name: 'How spread out the group is, source by source' });
	await expect.poll(() => overhang(stage, spread)).toBeLessThanOrEqual(0);
	// Every column of sources has its own 0-100 numbers, in view.
	await expect(spread.locator('text').filter({ hasText: /^100$/ })).toHaveCount(2);

	await page.keyboard.press('ArrowRight');
	await expect(presenter.getByText('More below: scroll down.')).toBeVisible();
	await expect(presenter.getByText(/Space\s*scroll down/)).toBeVisible();
	// Saying there is more below moves no button: a facilitator clicking Next view in the same place would press another.
	expect(await nextView.boundingBox()).toEqual(nextViewAt);
	// Space scrolls from the stage; on a focused button it presses the button, as ever.
	await stage.focus();
	await page.keyboard.press(' ');
	await expect.poll(() => stage.evaluate((element) => element.scrollTop)).toBeGreaterThan(100);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('dialog', { name: /Everyone together/ })).toBeVisible();
	expect(await stage.evaluate((element) => element.scrollTop)).toBe(0);
	await expectAccessible(page);

	// Resizing the window while presenting (a projector found, a window dragged) starts no resize loop.
	for (const view of ['Side by side', 'Source by source', 'Biggest gaps', 'Everyone together']) {
		for (const [width, height] of [[800, 600], [1400, 900], [1000, 700], [1001, 701]] as const) {
			await page.setViewportSize({ width, height });
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		}
		await presenter.getByRole('button', { name: 'Next view' }).click();
		await expect(page.getByRole('dialog', { name: new RegExp(view) })).toBeVisible();
	}
	expect(await errorsSeen()).toEqual([]);

	// Back on the page, focus is on Present, and in view, wherever the views chosen meanwhile moved it.
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Escape');
	await expect(presenter).toHaveCount(0);
	const present = page.getByRole('button', { name: 'Present' });
	await expect(present).toBeFocused();
	await expect(present).toBeInViewport({ ratio: 1 });
});

test('on a projector, picking one person moves nothing on the screen, not even as the key explains them, and no frame is drawn round the picture', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const codes = Array.from({ length: 7 }, (_, i) => madeCode((i * 15) % 100, 95 - ((i * 35) % 95)));
	await page.goto('/group');
	await page.getByLabel('Paste codes').fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await page.getByRole('button', { name: 'Present' }).focus();
	await page.keyboard.press('Enter');
	const presenter = page.getByRole('dialog');
	const stage = presenter.locator('.stage');
	await expect(stage).toBeFocused();
	expect(await stage.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('none');
	const places = () =>
		presenter.locator('.stage svg, button').evaluateAll((elements) => elements.map((element) => JSON.stringify(element.getBoundingClientRect())));
	const before = await places();
	await page.keyboard.press('ArrowDown');
	await expect(presenter.getByRole('status')).toContainText('Showing A, 1 of 7.');
	expect(await places()).toEqual(before);
	// The key's entry for the person picked was there all along, unseen, so showing it moved nothing.
	const keyed = presenter.locator('.legend li').filter({ hasText: 'The person picked' });
	await expect(keyed).toBeVisible();

	await page.keyboard.press('h');
	await expect(keyed).toBeHidden();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('dialog', { name: /Side by side/ })).toBeVisible();
	await expect(keyed).toBeHidden();
	// The key, the grid of charts and the buttons (the picked chart's thicker frame narrows that one chart a little).
	const grid = () =>
		presenter.locator('.legend svg, ul.multiples, button').evaluateAll((elements) => elements.map((element) => JSON.stringify(element.getBoundingClientRect())));
	const sideBySide = await grid();
	await page.keyboard.press('ArrowDown');
	await expect(keyed).toBeVisible();
	expect(await grid()).toEqual(sideBySide);
});

for (const viewport of [{ width: 1280, height: 720 }, { width: 1060, height: 720 }, { width: 390, height: 844 }]) {
	test(`at ${viewport.width} px, being told where a person can be picked moves no button and no chart`, async ({ page }) => {
		await page.setViewportSize(viewport);
		const { presenter } = await presentGroup(page, 7);
		await page.keyboard.press('ArrowRight');
		// The stage too: on a phone the footer grows upwards, leaving the buttons where they were but less of the chart in view.
		const places = () =>
			presenter.locator('.stage, .stage svg, button').evaluateAll((elements) => elements.map((element) => JSON.stringify(element.getBoundingClientRect())));
		for (const view of ['Source by source', 'Biggest gaps']) {
			await presenter.getByRole('button', { name: 'Next view' }).click();
			await expect(page.getByRole('dialog', { name: new RegExp(view) })).toBeVisible();
			await expect(presenter.getByRole('status')).toHaveText(new RegExp(`^${view}, view \\d of 4\\.$`));
			const before = await places();
			await page.keyboard.press('ArrowDown');
			await expect(presenter.getByRole('status')).toContainText('Pick a person on view 1 or 2.');
			expect(await places()).toEqual(before);
		}
	});
}

test('on a short screen (a laptop zoomed to 200%), presenter mode’s footer is one row of buttons and leaves the chart the height', async ({
	page
}) => {
	await page.setViewportSize({ width: 640, height: 400 });
	const { presenter } = await presentGroup(page, 4);
	const footer = presenter.locator('.foot');
	await expect(presenter.getByText(/change view/)).toBeHidden();
	expect((await footer.boundingBox())!.height).toBeLessThanOrEqual(400 * 0.3);
	const buttons = footer.getByRole('button');
	const boxes = await buttons.evaluateAll((all) => all.map((button) => button.getBoundingClientRect()));
	expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBe(1);
	for (const box of boxes) expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
	// The keys still work without their list.
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('dialog', { name: /Side by side/ })).toBeVisible();
	await expectAccessible(page);
});

test('on a phone, presenter mode has buttons instead of key hints, and a view that cannot fit says so and scrolls', async ({ browser }) => {
	const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, baseURL: test.info().project.use.baseURL });
	const page = await context.newPage();
	const { presenter, stage } = await presentGroup(page, 8);
	await expect(presenter.getByText(/change view/)).toBeHidden();
	const buttons = presenter.getByRole('button');
	for (const box of await buttons.evaluateAll((all) => all.map((button) => button.getBoundingClientRect()))) {
		expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
	}

	await presenter.getByRole('button', { name: 'Next view' }).tap();
	await expect(page.getByRole('dialog', { name: /Side by side/ })).toBeVisible();
	await presenter.getByRole('button', { name: 'Next person' }).tap();
	await expect(presenter.getByRole('status')).toHaveText('Side by side, view 2 of 4. Showing A, 1 of 8.');
	await presenter.getByRole('button', { name: 'Next view' }).tap();
	await expect(page.getByRole('dialog', { name: /Source by source/ })).toBeVisible();
	await expect(presenter.getByText('More below: scroll down.')).toBeVisible();
	await stage.evaluate((element) => element.scrollTo({ top: 300 }));
	await presenter.getByRole('button', { name: 'Next view' }).tap();
	await expect(page.getByRole('dialog', { name: /Biggest gaps/ })).toBeVisible();
	expect(await stage.evaluate((element) => element.scrollTop)).toBe(0);
	await expect(presenter.getByRole('button', { name: 'Next person' })).toHaveAttribute('aria-disabled', 'true');
	await expectAccessible(page);
	await context.close();
});

for (const viewport of [PHONE, { width: 740, height: 360 }, { width: 1280, height: 800 }]) {
	test(`at ${viewport.width} × ${viewport.height}, presenter mode's note that there is more below covers none of the view, which keeps its size when scrolled to the end`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		const { presenter, stage } = await presentGroup(page, 8);
		await presenter.getByRole('button', { name: 'Previous view' }).click();
		await expect(page.getByRole('dialog', { name: /Biggest gaps/ })).toBeVisible();
		const note = presenter.getByText('More below: scroll down.');
		await expect(note).toBeVisible();
		const shown = await stage.boundingBox();
		// In the controls under the view: laid over it, on a phone it hid the words of a card.
		expect((await note.boundingBox())!.y).toBeGreaterThanOrEqual(shown!.y + shown!.height - 0.5);
		await stage.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
		await expect(note).toBeHidden();
		// Its place is kept, so the view does not jump as its end is reached.
		expect(await stage.boundingBox()).toEqual(shown);
	});
}

/** How much of the first chart in the stage is in view, as a share of its height or, for a chart taller than the stage, of the stage's. */
async function chartInView(stage: Locator): Promise<number> {
	return stage.evaluate((element) => {
		const chart = element.querySelector('svg[role="img"], ul.multiples svg')!.getBoundingClientRect();
		const room = element.getBoundingClientRect();
		const shown = Math.min(chart.bottom, room.bottom, innerHeight) - Math.max(chart.top, room.top, 0);
		return Math.max(0, shown) / Math.min(chart.height, room.height);
	});
}

for (const viewport of [{ width: 360, height: 740 }, { width: 320, height: 568 }, { width: 740, height: 360 }]) {
	test(`on a ${viewport.width} × ${viewport.height} touch screen, presenter mode shows each view's chart first, in view, with its words a tap away`, async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true, baseURL: test.info().project.use.baseURL });
		const page = await context.newPage();
		const { presenter, stage } = await presentGroup(page, 8);
		const about = presenter.getByRole('button', { name: 'About this chart' });
		for (const view of ['Everyone together', 'Side by side', 'Source by source', 'Biggest gaps']) {
			await expect(page.getByRole('dialog', { name: new RegExp(view) })).toBeVisible();
			await expect.poll(() => chartInView(stage), { message: view }).toBeGreaterThanOrEqual(0.6);
			await expect(stage.locator('.intro')).toBeHidden();
			await presenter.getByRole('button', { name: 'Next view' }).tap();
		}
		// The words and the key are there when asked for, above the chart.
		await expect(about).toHaveAttribute('aria-expanded', 'false');
		await about.tap();
		await expect(about).toHaveAttribute('aria-expanded', 'true');
		await expect(stage.locator('.intro')).toBeVisible();
		await expect(stage.getByText('Group’s middle: perceived')).toBeVisible();
		await expectAccessible(page);
		await about.tap();
		await expect(stage.locator('.intro')).toBeHidden();
		await context.close();
	});
}

/** Refuses presenter mode's first request for full screen, as a browser may, and notes what each request asks to make full screen. */
async function refuseFirstFullScreen(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const ask = Element.prototype.requestFullscreen;
		const asked: string[] = [];
		Object.assign(window, { fullScreenAsked: asked });
		Element.prototype.requestFullscreen = function (this: Element, options?: FullscreenOptions) {
			asked.push(this.tagName);
			return asked.length === 1 ? Promise.reject(new TypeError('Refused')) : ask.call(this, options);
		};
	});
	return () => page.evaluate(() => (window as unknown as { fullScreenAsked: string[] }).fullScreenAsked);
}

const fullScreenElement = (page: Page) => page.evaluate(() => document.fullscreenElement?.tagName ?? null);

for (const [viewport, touch] of [[PHONE, true], [{ width: 1280, height: 720 }, false]] as const) {
	test(`at ${viewport.width} × ${viewport.height}, where the browser refuses to go full screen, presenter mode offers “Full screen” beside “Leave”, which makes the page full screen and goes, leaving focus on the picture`, async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport, hasTouch: touch, isMobile: touch, baseURL: test.info().project.use.baseURL });
		const page = await context.newPage();
		const asked = await refuseFirstFullScreen(page);
		const { presenter, stage } = await presentGroup(page, 8);
		const button = presenter.getByRole('button', { name: 'Full screen', exact: true });
		await expect(button).toBeVisible();
		expect(await fullScreenElement(page)).toBeNull();
		// At the top, beside the way out, clear of the picture; large enough to tap.
		const [full, leave, shown] = [await button.boundingBox(), await presenter.getByRole('button', { name: /^Leave/ }).boundingBox(), await stage.boundingBox()];
		expect(Math.abs(full!.y - leave!.y)).toBeLessThan(1);
		expect(full!.y + full!.height).toBeLessThanOrEqual(shown!.y);
		expect(Math.min(full!.width, full!.height)).toBeGreaterThanOrEqual(44);
		await expectAccessible(page);

		// Asked from the press itself, which a browser needs before it goes full screen: the page, as a dialog is always refused.
		await (touch ? button.tap() : button.click());
		await expect.poll(() => fullScreenElement(page)).toBe('HTML');
		expect(await asked()).toEqual(['HTML', 'HTML']);
		await expect(button).toBeHidden();
		await expect(stage).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('dialog', { name: /Side by side/ })).toBeVisible();
		await context.close();
	});
}

test('on a phone, leaving full screen with the view’s words open closes them, keeps presenter mode and offers “Full screen”, which goes back', async ({ browser }) => {
	const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, baseURL: test.info().project.use.baseURL });
	const page = await context.newPage();
	const { presenter, stage } = await presentGroup(page, 8);
	await expect.poll(() => fullScreenElement(page)).toBe('HTML');
	const button = presenter.getByRole('button', { name: 'Full screen', exact: true });
	await expect(button).toHaveCount(0);
	const about = presenter.getByRole('button', { name: 'About this chart' });
	await about.tap();
	await expect(stage.locator('.intro')).toBeVisible();

	// As a phone's Back or Escape does, leaving full screen but not presenter mode while the words are open.
	await page.evaluate(() => document.exitFullscreen());
	await expect(about).toHaveAttribute('aria-expanded', 'false');
	await expect(presenter).toBeVisible();
	await expect(button).toBeVisible();
	await button.tap();
	await expect.poll(() => fullScreenElement(page)).toBe('HTML');
	await expect(button).toHaveCount(0);
	await expect(presenter).toBeVisible();

	// Leaving full screen again, with the words closed, leaves presenter mode, as ever.
	await page.evaluate(() => document.exitFullscreen());
	await expect(presenter).toBeHidden();
	await context.close();
});
