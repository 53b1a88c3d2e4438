import type { Browser, Locator, Page } from '@playwright/test';
import { spelledCode } from '../../src/lib/share/spelled-code';
import { encodeShareCode } from '../../src/lib/share/share-code';
import { encodeSession } from '../../src/lib/share/session-link';
import type { SessionSettings } from '../../src/lib/share/session-settings';
import { fingerprintNumber } from '../../src/lib/share/session-fingerprint';
import { STANDARD_SOURCE_IDS } from '../../src/lib/questionnaire/types';
import { answerAllToResults, expect, expectAccessible, expectWholeWords, expectWordsFit, PHONE, startReflection, test, watchErrorEvents } from './fixtures';
import { madeCode, ZERO_GROUP } from './made-codes';
import { drawingOffCentre, drawnTextSizes, largerText } from './chart-text';

const outlines = (page: Page) => page.locator('svg[data-export] g.everyone path');
const collected = (page: Page) => page.getByText(/codes? collected$/);

/** A participant, in a browser of their own, walks the standard reflection and copies their share code. */
async function participantCode(browser: Browser, label: string, rating: number): Promise<string> {
	const context = await browser.newContext({ viewport: PHONE });
	const page = await context.newPage();
	await startReflection(page, label);
	await answerAllToResults(page, (step) => ((rating + step) % 5) + 1);
	await page.getByRole('button', { name: 'Show my share code' }).click();
	const code = (await page.getByText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/).textContent())?.trim() ?? '';
	await context.close();
	return code;
}


test('a facilitator pastes codes from a chat, sees the group only at the threshold, removes one and presents', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const codes = await Promise.all([1, 2, 3, 4].map((n) => participantCode(browser, `Person ${n}`, n)));
	expect(codes.every((code) => /^[0-9A-Z]{4}(-[0-9A-Z]{1,4}){4}$/.test(code))).toBe(true);
	expect(new Set(codes).size).toBe(4);

	await page.goto('/group');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen');
	await expect(page.getByText('0 of 3 needed')).toBeVisible();
	await expectAccessible(page);

	const paste = page.getByLabel('Paste codes');
	await paste.fill(`[10:01] Sam: morning all\n[10:02] Sam: ${codes[0]}\n[10:03] Alex: here you go ${codes[1]?.toLowerCase()}`);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('status').filter({ hasText: '2 codes added.' })).toBeVisible();
	await expect(page.getByText('2 of 3 needed')).toBeVisible();
	await expect(collected(page)).toHaveText('2 codes collected');
	await expect(page.getByRole('img')).toHaveCount(0);
	await expect(page.getByRole('table')).toHaveCount(0);
	await expect(page.getByRole('tablist')).toHaveCount(0);
	await expectAccessible(page);

	const chat = codes.map((code, i) => `[10:1${i}] Person ${i + 1}: my code is ${code} :)`).join('\n');
	await paste.fill(chat);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('status').filter({ hasText: '2 codes added. 2 were already here, listed as' })).toContainText(
		/listed as [0-9A-Z]{5} and [0-9A-Z]{5}\./
	);
	await expect(collected(page)).toHaveText('4 codes collected');
	await expect(page.getByRole('tab', { name: 'Everyone together' })).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByRole('img', { name: /Everyone’s power outlines together/ })).toBeVisible();
	await expect(outlines(page)).toHaveCount(8);
	await expectAccessible(page);

	await page.getByRole('tab', { name: 'Everyone together' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('tab', { name: 'Side by side' })).toBeFocused();
	await expect(page.getByRole('img', { name: /^Chart [A-D]\./ })).toHaveCount(4);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('img', { name: 'How spread out the group is, source by source' })).toBeVisible();
	await expectAccessible(page);
	await page.keyboard.press('ArrowRight');
	const gapCards = page
		.getByRole('tabpanel')
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 3 }) });
	await expect(gapCards).toHaveCount(6);
	// each source asks the group its own question, so no two cards read the same
	const prompts = await gapCards.locator('p:last-child').allTextContents();
	expect(prompts.every((prompt) => /\b(we|us|our)\b/i.test(prompt) && prompt.endsWith('?'))).toBe(true);
	expect(new Set(prompts).size).toBe(6);
	await page.keyboard.press('Home');

	// Person 3 asks to take their answers out: their code, pasted again, says which tag is theirs.
	const withdrawn = codes[2]!;
	await page.getByRole('button', { name: 'Add more codes' }).click();
	await paste.fill(withdrawn);
	await page.getByRole('button', { name: 'Add codes' }).click();
	const again = page.getByRole('status').filter({ hasText: 'No new codes added. 1 was already here, listed as' });
	const tag = /listed as ([0-9A-Z]{5})\./.exec((await again.textContent()) ?? '')?.[1] ?? '';
	await page.getByText('Show the 4 codes').click();
	await expect(page.getByRole('listitem').filter({ hasText: tag })).toHaveCount(1);
	await page.getByRole('button', { name: `Remove code ${spelledCode(tag)}` }).click();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
	await expect(collected(page)).toHaveText('3 codes collected');
	await expect(outlines(page)).toHaveCount(6);
	await expect(page.getByRole('button', { name: `Remove code ${spelledCode(tag)}` })).toHaveCount(0);
	await expect(page.getByText(withdrawn)).toHaveCount(0);
	// No part of any code is on the shared screen: a code's start carries its first scores.
	for (const code of codes) await expect(page.getByText(code.slice(0, 9))).toHaveCount(0);

	const present = page.getByRole('button', { name: 'Present' });
	await present.click();
	const presenter = page.getByRole('dialog', { name: /Our group: Everyone together/ });
	await expect(presenter).toBeVisible();
	await expect(presenter.getByText(/change view/)).toBeVisible();
	// Its scrollbar, where the browser draws one, is dark like the stage, on a light page too.
	expect(await presenter.evaluate((dialog) => getComputedStyle(dialog).colorScheme)).toBe('dark');
	await page.keyboard.press('ArrowDown');
	await expect(presenter.getByRole('status')).toHaveText('Everyone together, view 1 of 4. Showing A, 1 of 3.');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('dialog', { name: /Side by side/ })).toBeVisible();
	// Said even with a person picked: the status changes with the view.
	await expect(page.getByRole('dialog').getByRole('status')).toHaveText('Side by side, view 2 of 4. Showing A, 1 of 3.');
	await expectAccessible(page);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await expect(present).toBeFocused();
});

test('pictures of a view download as PNG and SVG, with no codes in them', async ({ page }) => {
	const codes = [madeCode(20, 60), madeCode(40, 40), madeCode(80, 30)];
	await page.goto('/group');
	await page.getByLabel('Paste codes').fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('tablist')).toBeVisible();

	const png = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save picture', exact: true }).click();
	const pngFile = await png;
	expect(pngFile.suggestedFilename()).toMatch(/^rebalance-our-group-everyone-together-\d{4}-\d\d-\d\d\.png$/);
	const pngBytes = await (await pngFile.createReadStream()).toArray();
	expect(Buffer.concat(pngBytes).subarray(1, 4).toString()).toBe('PNG');
	await expect(page.getByRole('status').filter({ hasText: `Your browser is saving ${pngFile.suggestedFilename()}` })).toBeVisible();

	await page.getByRole('tab', { name: 'Side by side' }).click();
	const svg = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save picture to print large' }).click();
	const svgFile = await svg;
	expect(svgFile.suggestedFilename()).toMatch(/-side-by-side-\d{4}-\d\d-\d\d\.svg$/);
	const text = Buffer.concat(await (await svgFile.createReadStream()).toArray()).toString();
	expect(text).toContain('<svg');
	expect(text).toContain('>Side by side · ');
	for (const code of codes) expect(text).not.toContain(code);
	expect(text).not.toContain('session=');
});

/**
 * What is drawn on top, in `chart`, at the middle of the first `ring` (where the diamond it rings
 * is) and just inside its right edge: the class names of the two elements found there.
 */
const drawnAt = (chart: Locator, ring: string) =>
	chart.evaluate((svg, ring) => {
		const around = svg.querySelector(ring)!;
		around.scrollIntoView({ block: 'center' });
		const box = around.getBoundingClientRect();
		const centre = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
		const edge = document.elementFromPoint(box.right - box.width * 0.05, box.y + box.height / 2);
		return [centre, edge].map((element) => element?.getAttribute('class')?.replace(/ ?svelte-\w+/, ''));
	}, ring);

test('on Biggest gaps, where the group’s middle answers are the same, the circle is a ring round the diamond, and the key says so', async ({
	page
}) => {
	await page.setViewportSize(PHONE);
	await page.goto('/group');
	await page.getByLabel('Paste codes').fill(ZERO_GROUP.join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await page.getByRole('tab', { name: 'Biggest gaps' }).click();
	const panel = page.getByRole('tabpanel');
	const gaps = panel.getByRole('img', { name: /biggest gaps/ });
	await expect(gaps.locator('circle.around')).toHaveCount(3);
	await expect(gaps.locator('circle.perceived:not(.around)')).toHaveCount(3);
	expect(await drawnAt(gaps, 'circle.around')).toEqual(['actual', 'perceived around']);
	await expect(panel.locator('.legend li').filter({ hasText: 'Group’s middle: perceived and actual meet' })).toBeVisible();
});

test('someone who answered 0 throughout shows in every chart and in the picture, by a mark at the centre', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/group');
	await page.getByLabel('Paste codes').fill(ZERO_GROUP.join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	const panel = page.getByRole('tabpanel');

	// Everyone together: their circle rings their diamond at the centre, neither hidden, both drawn
	// hollow in everyone's outlines' colour and width, so on a shared screen they do not stand out.
	const overlay = panel.locator('svg[data-export]');
	const box = (selector: string) => overlay.locator(selector).evaluate((path: SVGGraphicsElement) => {
			const { x, y, width, height } = path.getBBox();
			return { x, y, width, height };
		});
	const [ring, diamond] = [await box('g.alone.perceived path'), await box('g.alone.actual path')];
	expect(ring.x + ring.width / 2).toBeCloseTo(diamond.x + diamond.width / 2);
	expect(ring.y + ring.height / 2).toBeCloseTo(diamond.y + diamond.height / 2);
	expect(ring.width).toBeGreaterThan(diamond.width + 4);
	const paint = (selector: string) =>
		overlay.locator(selector).first().evaluate((path) => {
			const style = getComputedStyle(path);
			return [style.fill, style.stroke, style.strokeWidth, style.opacity];
		});
	for (const reading of ['perceived', 'actual']) expect(await paint(`g.alone.${reading} path`)).toEqual(await paint(`g.everyone.${reading} path`));
	expect((await paint('g.alone.perceived path'))[0]).toBe('none');

	await page.getByRole('tab', { name: 'Side by side' }).click();
	const zero = panel.getByRole('img', { name: /^Chart [A-Z]\.( [^:]+: perceived 0, actual 0\.){6}$/ });
	expect(await drawnAt(zero, 'path.perceived.mark')).toEqual(['actual mark', 'perceived mark']);
	await expect(panel.locator('path.mark')).toHaveCount(2);

	// The saved picture has the marks, in the chart's colours.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save picture to print large' }).click();
	const svg = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString();
	const marks = await page.evaluate((text) => {
		const picture = new DOMParser().parseFromString(text, 'image/svg+xml');
		return [...picture.querySelectorAll('path.mark')].map((path) => path.getAttribute('fill'));
	}, svg);
	expect(marks).toEqual(['#1f6f8b', '#b5540b']);
});

test('the key explains a mark on its own, on Everyone together and Side by side, only when one is drawn', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/group');
	const paste = page.getByLabel('Paste codes');
	await paste.fill([madeCode(50, 70), madeCode(60, 20), madeCode(30, 30)].join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	const panel = page.getByRole('tabpanel');
	const entry = panel.locator('.legend li').filter({ hasText: 'A circle or diamond on its own: answers that make no shape' });
	const views = ['Side by side', 'Everyone together'];
	for (const view of views) {
		await page.getByRole('tab', { name: view }).click();
		await expect(panel.locator('.legend li').first()).toBeVisible();
		await expect(entry).toHaveCount(0);
	}

	await page.getByRole('button', { name: 'Add more codes' }).click();
	await paste.fill(madeCode(0, 0));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(collected(page)).toHaveText('4 codes collected');
	// Its swatch shows the marks as the chart draws them: hollow on Everyone together, solid side by side.
	for (const [view, fill] of [['Everyone together', 'none'], ['Side by side', 'rgb(31, 111, 139)']]) {
		await page.getByRole('tab', { name: view }).click();
		await expect(entry).toBeVisible();
		expect(await entry.locator('svg .perceived').evaluate((mark) => getComputedStyle(mark).fill)).toBe(fill);
	}
});

test('a share link adds its code on the facilitator’s device, once', async ({ page }) => {
	await page.setViewportSize(PHONE);
	const code = madeCode(50, 70);
	await page.goto(`/group#code=${code}`);
	await expect(page.getByRole('status').filter({ hasText: '1 code added.' })).toBeVisible();
	await expect(page).toHaveURL(/\/group$/);
	await expect(collected(page)).toHaveText('1 code collected');
	await expect(page.getByText('1 of 3 needed')).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);

	await page.goto(`/group#code=${code.toLowerCase()}`);
	await expect(page.getByText('That code was already here. The same code is counted once.', { exact: false })).toBeVisible();
	await expect(collected(page)).toHaveText('1 code collected');

	const elsewhere = encodeShareCode(12_345, Array.from({ length: 4 }, () => ({ perceived: 10, actual: 10 })));
	await page.goto(`/group#code=${elsewhere}`);
	await expect(page.getByText('This code belongs to a session that isn’t on this device.', { exact: false })).toBeVisible();
	await expect(collected(page)).toHaveText('1 code collected');
	await expectAccessible(page);

	const damagedNotice = page.getByRole('status').filter({ hasText: 'This share link is damaged or cut short' });
	const alreadyHere = page.getByRole('status').filter({ hasText: 'That code was already here' });
	const changedOnItsWay = code.slice(0, 6) + (code[6] === 'A' ? 'B' : 'A') + code.slice(7);
	for (const damaged of ['', '<b>hi</b>', code.repeat(6), 'broken', changedOnItsWay]) {
		await page.goto(`/group#code=${code}`);
		await expect(alreadyHere).toBeVisible();
		await expect(page).toHaveURL(/\/group$/);
		await page.goto(`/group#code=${encodeURIComponent(damaged)}`);
		await expect(damagedNotice).toBeVisible();
		await expect(page).toHaveURL(/\/group$/);
		await expect(collected(page)).toHaveText('1 code collected');
	}
});

test('a share link is read even when the address changes again before the page hears of it', async ({ page }) => {
	await page.goto('/group');
	await expect(page.getByText('No codes collected yet')).toBeVisible();
	// As when an earlier link's own tidying of the address lands between this link's arrival and its event.
	await page.evaluate((code) => {
		location.hash = `#code=${code}`;
		history.replaceState(history.state, '', '/group');
	}, madeCode(30, 60));
	await expect(page.getByRole('status').filter({ hasText: '1 code added.' })).toBeVisible();
	await expect(collected(page)).toHaveText('1 code collected');
});

test('a share link opened in a tab already on the group screen keeps what is typed and where focus is, and its result is heard', async ({
	page
}) => {
	await page.goto('/group');
	const box = page.getByLabel('Paste codes');
	await box.fill('Sam: half-typed');
	const notice = await page.locator('.group > [role=status]').elementHandle();
	await page.evaluate((code) => (location.hash = `#code=${code}`), madeCode(40, 40));
	await expect(collected(page)).toHaveText('1 code collected');
	// Said in the live region that was on the page before: one made with its words in it is often not read out.
	expect(await notice?.evaluate((element) => element.isConnected && element.textContent?.trim())).toBe('1 code added.');
	await expect(box).toBeFocused();
	await expect(box).toHaveValue('Sam: half-typed');
	await expect(page).toHaveTitle('Group screen – Rebalance');
});

test('a share link opened in a tab showing another session turns to the code’s session and says what it did', async ({ page }) => {
	await page.goto('/group');
	await page.getByLabel('Paste codes').fill(`https://x.org/join#${await encodeSession(BOARD_AWAY_DAY)}`);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen: Board away day');
	// Heard with its colon where it is written, "Group screen: …", not with a space before it, as braille would show.
	await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Group screen: Board away day');
	await page.evaluate((code) => (location.hash = `#code=${code}`), madeCode(40, 40));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen');
	await expect(page.getByText('1 code added.', { exact: true })).toBeVisible();
});

test('a session that is not on this device gets a clear message, and its link, pasted as it says, brings it here', async ({ page }) => {
	await page.goto('/group?session=not-here');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that session');
	await expect(page).toHaveTitle('Session not found – Rebalance');
	// The page's arrival was announced before the session was looked for: its heading takes focus to be heard.
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await expect(page.getByRole('link', { name: 'Go to your sessions' })).toHaveAttribute('href', '/facilitate');
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Open the group screen' }).click();
	await page.getByLabel('Paste codes').fill(`https://rebalance.example/join#${await encodeSession(BOARD_AWAY_DAY)}`);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen: Board away day');
	await expect(page.getByRole('status').filter({ hasText: 'Now showing' })).toBeVisible();
});

/** The facilitator opens a session's link on this device and asks for its group screen. */
async function openGroupScreenFromLink(page: Page, link: string): Promise<void> {
	await page.goto(`/join#${link}`);
	await page.getByText('Are you running this session?').click();
	await page.getByRole('button', { name: 'Open the group screen for this session' }).click();
	await expect(page).toHaveURL(/\/group\?session=./);
}

/** A session of three standard sources, shown from 2 codes. */
const BOARD_AWAY_DAY: SessionSettings = {
	title: 'Board away day',
	welcome: '',
	date: null,
	sources: ['educational', 'monetary', 'position'],
	custom: [],
	threshold: 2
};

test('on a device without the session, the facilitator opens its link and gathers its codes there', async ({ page }) => {
	const session = BOARD_AWAY_DAY;
	const code = encodeShareCode(fingerprintNumber(session), Array.from({ length: 3 }, () => ({ perceived: 60, actual: 40 })));
	await page.goto('/group');
	await page.getByLabel('Paste codes').fill(code);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'could not be added' })).toContainText('This code belongs to another session.');
	// What to do is shown with it, though not said each time: a live region is read out whole.
	await expect(page.getByText(/paste that session’s link/)).toBeVisible();

	const link = await encodeSession(session);
	await openGroupScreenFromLink(page, link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen: Board away day');
	await page.getByLabel('Paste codes').fill(code);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'added' })).toContainText('1 code added');

	// Opening the link again finds the same session rather than keeping a second copy.
	await openGroupScreenFromLink(page, link);
	await expect(page.getByText('1 code collected')).toBeVisible();
	await page.goto('/facilitate');
	await expect(page.getByRole('region', { name: 'Your saved sessions' }).getByRole('listitem')).toHaveCount(1);
});

test('the view and the person chosen come back after a reload and with Back and Forward, each session its own', async ({ page }) => {
	const chosen = (name: string) => expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
	await page.goto('/group');
	await page.getByLabel('Paste codes').fill([10, 30, 50, 70].map((n) => madeCode(n, 100 - n)).join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await page.getByRole('tab', { name: 'Biggest gaps' }).click();
	await page.reload();
	await chosen('Biggest gaps');
	await expect(page.getByRole('tabpanel').getByRole('heading', { level: 3 }).first()).toBeVisible();

	// Someone picked in presenter mode is picked again after a reload while presenting, but not once presenter mode is left.
	await page.getByRole('button', { name: 'Present' }).click();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('dialog').getByRole('status')).toHaveText('Side by side, view 2 of 4. Showing B, 2 of 4.');
	await page.reload();
	await chosen('Side by side');
	await page.getByRole('button', { name: 'Present' }).click();
	await expect(page.getByRole('dialog').getByRole('status')).toHaveText('Side by side, view 2 of 4. Showing B, 2 of 4.');
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: 'Present' }).click();
	await expect(page.getByRole('dialog').getByRole('status')).toHaveText('Side by side, view 2 of 4.');
	await page.keyboard.press('Escape');
	// The group's own codes are in no page's keeping.
	const kept = await page.evaluate(() => JSON.stringify(sessionStorage));
	expect(kept).toContain('side-by-side');
	expect(kept).not.toMatch(/[0-9A-Z]{4}-[0-9A-Z]{1,4}/);

	// Another session, its link pasted here, starts at the start: the choice stays with the first.
	await page.getByRole('button', { name: 'Add more codes' }).click();
	const boardCodes = [20, 60].map((perceived) =>
		encodeShareCode(fingerprintNumber(BOARD_AWAY_DAY), Array.from({ length: 3 }, () => ({ perceived, actual: 40 })))
	);
	await page.getByLabel('Paste codes').fill(`https://x.org/join#${await encodeSession(BOARD_AWAY_DAY)}\n${boardCodes.join('\n')}`);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen: Board away day');
	await chosen('Everyone together');
	await page.getByRole('tab', { name: 'Source by source' }).click();

	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen');
	await chosen('Side by side');
	await page.goForward();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen: Board away day');
	await chosen('Source by source');
	await page.reload();
	await chosen('Source by source');

	// Kept as an older version kept it, the page's choice alone without the scroll beside it, it still comes back.
	await page.addInitScript(() => {
		const all = JSON.parse(sessionStorage.getItem('sveltekit:snapshot') ?? '{}') as Record<string, unknown[]>;
		for (const list of Object.values(all))
			list.forEach((kept, i) => {
				if (kept && typeof kept === 'object' && 'own' in kept) list[i] = kept.own;
			});
		sessionStorage.setItem('sveltekit:snapshot', JSON.stringify(all));
	});
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen: Board away day');
	await chosen('Source by source');

	// What was kept, from an older version with a view since taken away, falls back quietly to the first view.
	await page.addInitScript(() => {
		const all = JSON.parse(sessionStorage.getItem('sveltekit:snapshot') ?? '{}') as Record<string, unknown[]>;
		for (const list of Object.values(all)) for (const kept of list) if (kept && typeof kept === 'object') Object.assign(kept, { view: 'league-table' });
		sessionStorage.setItem('sveltekit:snapshot', JSON.stringify(all));
	});
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen: Board away day');
	await chosen('Everyone together');
});

test('Back to the group screen, and a reload, come back to where the facilitator had scrolled', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/group');
	await page.getByLabel('Paste codes').fill([10, 30, 50, 70].map((n) => madeCode(n, 100 - n)).join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await page.getByRole('tab', { name: 'Biggest gaps' }).click();
	const lastGap = page.getByRole('tabpanel').getByRole('heading', { level: 3 }).last();
	await lastGap.scrollIntoViewIfNeeded();
	// Left by a link the app follows, far up the page, without scrolling to it.
	await page.locator('main a[href="/facilitate"]').first().evaluate((link: HTMLAnchorElement) => link.click());
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prepare a session');
	await page.goBack();
	await expect(page.getByRole('tab', { name: 'Biggest gaps' })).toHaveAttribute('aria-selected', 'true');
	await expect(lastGap).toBeInViewport();
	await page.reload();
	await expect(lastGap).toBeInViewport();
	await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();
});

test('a person picked while presenting is not picked again after a reload once another’s code has taken someone’s place', async ({
	page,
	context
}) => {
	const status = () => page.getByRole('dialog').getByRole('status');
	await page.goto('/group');
	await page.getByLabel('Paste codes').fill([10, 30, 50, 70].map((n) => madeCode(n, 100 - n)).join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await page.getByRole('button', { name: 'Present' }).click();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(status()).toHaveText('Everyone together, view 1 of 4. Showing B, 2 of 4.');

	// In another tab, one code is taken out and another put in: still four people, A to D.
	const other = await context.newPage();
	await other.goto('/group');
	await other.getByText('Show the 4 codes').click();
	await other.getByRole('button', { name: /^Remove code/ }).first().click();
	await other.getByRole('button', { name: 'Add more codes' }).click();
	await other.getByLabel('Paste codes').fill(madeCode(90, 10));
	await other.getByRole('button', { name: 'Add codes' }).click();
	await expect(collected(other)).toHaveText('4 codes collected');
	await other.close();

	await page.reload();
	await page.getByRole('button', { name: 'Present' }).click();
	await expect(status()).toHaveText('Everyone together, view 1 of 4.');
});

test('on a device without the session, the facilitator pastes its link with the codes into the group screen', async ({ page }) => {
	await page.setViewportSize(PHONE);
	const session = BOARD_AWAY_DAY;
	const codes = [20, 60].map((perceived) =>
		encodeShareCode(fingerprintNumber(session), Array.from({ length: 3 }, () => ({ perceived, actual: 40 })))
	);
	// Before: a share link opened here, and its code cleared again, leave notes about the standard screen.
	await page.goto(`/group#code=${madeCode(50, 50)}`);
	await expect(page.getByRole('status').filter({ hasText: '1 code added.' })).toBeVisible();
	await page.getByRole('button', { name: 'Clear all codes' }).click();
	await page.getByRole('button', { name: 'Yes, clear all codes' }).click();
	await expect(page.getByText(/have been cleared from this device/)).toBeVisible();

	await page.getByLabel('Paste codes').fill(`Link we sent: http://localhost/join#${await encodeSession(session)}\n${codes.join('\n')}`);
	await page.getByRole('button', { name: 'Add codes' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen: Board away day');
	await expect(page).toHaveURL(/\/group\?session=./);
	const status = page.getByRole('status').filter({ hasText: 'Now showing' });
	await expect(status).toContainText('2 codes added. The group picture is now showing.');
	// Those notes were about another session's codes, so they are gone.
	await expect(page.getByText(/have been cleared from this device/)).toHaveCount(0);
	await expect(page.getByText('1 code added.', { exact: true })).toHaveCount(0);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'See the group picture' }).click();
	await expect(page.getByRole('heading', { name: 'The group picture', level: 2 })).toBeFocused();
	await expect(page.getByRole('heading', { name: 'The group picture', level: 2 })).toBeInViewport();

	// Back on the standard screen, the share link's old note does not come back to be read out again.
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen');
	await expect(page.getByText('1 code added.', { exact: true })).toHaveCount(0);
	await page.goForward();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen: Board away day');

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen: Board away day');
	await expect(collected(page)).toHaveText('2 codes collected');
	await page.goto('/facilitate');
	await expect(page.getByRole('region', { name: 'Your saved sessions' }).getByRole('listitem')).toHaveCount(1);
});

test('codes pasted on the standard screen for a session saved on this device are taken there when asked', async ({ page }) => {
	const session = BOARD_AWAY_DAY;
	const codes = [20, 60].map((perceived) =>
		encodeShareCode(fingerprintNumber(session), Array.from({ length: 3 }, () => ({ perceived, actual: 40 })))
	);
	// The session is saved on this device (here by pasting its link), and the facilitator comes back from the home page.
	await page.goto('/group');
	await page.getByLabel('Paste codes').fill(`http://localhost/join#${await encodeSession(session)}`);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen: Board away day');
	await page.goto('/');
	await page.getByRole('link', { name: 'Open the group screen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen');
	// The session's own group screen is a tap away, for a facilitator who meant that one.
	await expect(page.getByRole('link', { name: 'Group screen for Board away day' })).toHaveAttribute('href', /^\/group\?session=/);

	await page.getByLabel('Paste codes').fill(`Sam: ${codes[0]}\nAlex: ${codes[1]}`);
	await page.getByRole('button', { name: 'Add codes' }).click();
	// Nothing to put right: the report is no error, and leads with what to do.
	const report = page.getByRole('status').filter({ hasText: 'Add these 2 codes to “Board away day”, the session they are for.' });
	await expect(report.locator('.notice')).not.toHaveClass(/error/);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Add these 2 to “Board away day”' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen: Board away day');
	await expect(page).toHaveURL(/\/group\?session=./);
	await expect(page.getByRole('status').filter({ hasText: 'Now showing' })).toHaveText(
		'Now showing “Board away day”, the session those codes are for. 2 codes added. The group picture is now showing.'
	);
	await expect(collected(page)).toHaveText('2 codes collected');
	// They bring its picture: the form folds, and focus is on the button that opens it again.
	await expect(page.getByRole('button', { name: 'Add more codes' })).toBeFocused();
	await page.reload();
	await expect(collected(page)).toHaveText('2 codes collected');
});

test('after the facilitator changes a sent session’s title, codes from the first link still count', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/facilitate');
	await page.getByLabel('Session title').fill('Tenants panel');
	await page.getByRole('button', { name: 'Create link' }).click();
	const first = {
		title: 'Tenants panel',
		welcome: '',
		date: null,
		sources: ['educational', 'institutional', 'monetary', 'class', 'position', 'authority'] as const,
		custom: [],
		threshold: 3
	};
	const fromFirstLink = (score: number) =>
		encodeShareCode(fingerprintNumber({ ...first, sources: [...first.sources] }), Array.from({ length: 6 }, () => ({ perceived: score, actual: score })));

	await page.getByRole('link', { name: 'Open the group screen' }).click();
	await page.getByLabel('Paste codes').fill(fromFirstLink(20));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(collected(page)).toHaveText('1 code collected');

	await page.goBack();
	await page.getByLabel('Session title').fill('Tenants panel, March');
	await expect(page.getByText(/sources are the same, so share codes made from the old link and the new one all count/)).toBeVisible();
	await page.getByRole('button', { name: 'Save and update link' }).click();
	await expect(page.getByText(/Share codes from the old link still count towards this session’s group picture/)).toBeVisible();

	await page.getByRole('link', { name: 'Open the group screen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen: Tenants panel, March');
	await expect(collected(page)).toHaveText('1 code collected');
	await page.getByLabel('Paste codes').fill(fromFirstLink(40));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'added' })).toHaveText('1 code added.');
	await expect(collected(page)).toHaveText('2 codes collected');
});

test('a change saved in another tab is explained on the group screen, and pasted codes wait to be added again', async ({ page, context }) => {
	await page.goto('/facilitate');
	await page.getByLabel('Session title').fill('Youth panel');
	await page.getByRole('button', { name: 'Create link' }).click();
	await page.getByRole('link', { name: 'Open the group screen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen: Youth panel');
	const sessionId = new URL(page.url()).searchParams.get('session');

	const other = await context.newPage();
	await other.goto(`/facilitate?session=${sessionId}`);
	await other.getByRole('checkbox', { name: /Education/ }).uncheck();
	await other.getByRole('button', { name: 'Save and update link' }).click();
	await expect(other.getByRole('heading', { name: 'Your new link is ready' })).toBeVisible();

	const fewer = {
		title: 'Youth panel',
		welcome: '',
		date: null,
		sources: ['institutional', 'monetary', 'class', 'position', 'authority'] as ('institutional' | 'monetary' | 'class' | 'position' | 'authority')[],
		custom: [],
		threshold: 3
	};
	const code = encodeShareCode(fingerprintNumber(fewer), Array.from({ length: 5 }, () => ({ perceived: 30, actual: 60 })));
	const paste = page.getByLabel('Paste codes');
	await paste.fill(`Ali: ${code}`);
	await page.getByRole('button', { name: 'Add codes' }).click();
	// Said beside the button that was pressed, with the pasted text kept to add again.
	const results = page.getByRole('status').filter({ has: page.locator('.notice') }).first();
	await expect(results).toHaveText('This session was changed in another tab, so this screen has been brought up to date. Please check it and try again.');
	await expect(paste).toHaveValue(`Ali: ${code}`);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'added' })).toHaveText('1 code added.');
	await expect(page.getByText('This session was changed in another tab')).toHaveCount(0);
});

test('new sources would leave a session’s codes behind: the facilitator is asked, can save a new session instead, and deleting takes the codes', async ({
	page
}) => {
	await page.setViewportSize(PHONE);
	const session = { title: 'Tenants panel', welcome: '', date: null, sources: [...STANDARD_SOURCE_IDS], custom: [], threshold: 3 };
	const code = encodeShareCode(fingerprintNumber(session), Array.from({ length: 6 }, () => ({ perceived: 30, actual: 70 })));
	await page.goto('/facilitate');
	await page.getByLabel('Session title').fill('Tenants panel');
	await page.getByRole('button', { name: 'Create link' }).click();
	const link = await page.getByLabel('Link for your group').inputValue();
	await page.getByRole('link', { name: 'Open the group screen' }).click();
	await page.getByLabel('Paste codes').fill(code);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(collected(page)).toHaveText('1 code collected');

	await page.goBack();
	const saved = page.getByRole('region', { name: 'Your saved sessions' });
	await expect(saved.getByText(/6 sources · 1 share code ·/)).toBeVisible();
	await page.getByLabel('Session title').fill('Tenants panel, without money');
	await page.getByRole('checkbox', { name: 'Money' }).uncheck();
	await expect(page.getByText('This session has 1 share code, made for the sources it had.', { exact: false })).toBeVisible();

	// Changes not saved are not lost on the way to another page, nor saved over the codes without asking.
	// The question must really be asked: the page would also stay put if the link did nothing.
	const asked = page.waitForEvent('dialog');
	const clicked = page.getByRole('link', { name: 'Open the group screen' }).click();
	const leaving = await asked;
	expect(leaving.type()).toBe('confirm');
	expect(leaving.message()).toMatch(/changes that are not saved\. Throw them away\?/);
	await leaving.dismiss();
	await clicked;
	await expect(page.getByLabel('Session title')).toHaveValue('Tenants panel, without money');
	await expect(page).toHaveURL(/\/facilitate/);
	let question = '';
	page.once('dialog', (dialog) => {
		question = dialog.message();
		void dialog.dismiss();
	});
	await page.getByRole('button', { name: 'Save and update link' }).click();
	await expect.poll(() => question).toContain('“Tenants panel” has 1 share code. With the new sources they cannot show');
	await expect(saved.getByRole('listitem')).toHaveCount(1);

	await page.getByRole('button', { name: 'Save as a new session' }).click();
	await expect(page.getByRole('heading', { name: 'Your link is ready' })).toBeFocused();
	await expect(saved.getByRole('listitem')).toHaveCount(2);
	const original = saved.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Tenants panel', exact: true }) });
	await expect(original).toContainText('1 share code');

	await original.getByRole('button', { name: /^Delete/ }).click();
	await expect(original).toContainText('Delete “Tenants panel” and the 1 share code collected for it from this device?');
	await original.getByRole('button', { name: 'Yes, delete it' }).click();
	await expect(page.getByText('“Tenants panel” and its share codes have been deleted from this device.')).toBeFocused();
	// Its link still opens on this device, but nothing of the group is left.
	await openGroupScreenFromLink(page, link.slice(link.indexOf('#') + 1));
	await expect(page.getByText('No codes collected yet')).toBeVisible();
});

for (const [device, size] of [['a laptop', { width: 1280, height: 800 }], ['a phone', PHONE]] as const) {
	test(`on ${device}, Present is on the screen that adding the codes leaves, by the picture's heading, above the views`, async ({ page }) => {
		await page.setViewportSize(size);
		await page.goto('/group');
		await page.getByLabel('Paste codes').fill([madeCode(20, 60), madeCode(40, 40), madeCode(80, 30)].join('\n'));
		await page.getByRole('button', { name: 'Add codes' }).click();
		const present = page.getByRole('button', { name: 'Present' });
		await expect(present).toBeInViewport({ ratio: 1 });
		const heading = (await page.getByRole('heading', { name: 'The group picture' }).boundingBox())!;
		const tabs = (await page.getByRole('tablist').boundingBox())!;
		const button = (await present.boundingBox())!;
		expect(button.y).toBeGreaterThanOrEqual(heading.y - button.height);
		expect(button.y + button.height).toBeLessThan(tabs.y);
	});
}

test('on a phone, the source-by-source and biggest-gaps charts draw their words full size, not shrunk to fit', async ({ page }) => {
	const errorsSeen = await watchErrorEvents(page);
	await page.setViewportSize(PHONE);
	const codes = Array.from({ length: 4 }, (_, i) => madeCode((i * 15) % 100, 95 - ((i * 35) % 95)));
	await page.goto('/group');
	await page.getByLabel('Paste codes').fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	// How tall a chart's source name is drawn on screen: its font size in the viewBox, times the viewBox's scale.
	const drawnSize = (chart: Locator) =>
		chart.locator('text', { hasText: 'Education' }).evaluate((text: SVGTextElement) => Number(text.getAttribute('font-size')) * text.getScreenCTM()!.a);
	for (const view of ['Source by source', 'Biggest gaps']) {
		await page.getByRole('tab', { name: view }).click();
		const chart = page.getByRole('tabpanel').locator('svg[data-export]').first();
		await expect.poll(() => drawnSize(chart)).toBeGreaterThanOrEqual(15.5);
	}
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	// Fitting a chart to its width must not start a resize loop the browser complains about.
	expect(await errorsSeen()).toEqual([]);
});

test('on a phone, the radar charts’ words are drawn at least 12 px and grow with larger text (the spokes numbered, with a key, where names would not fit), and on its side a chart fits the screen', async ({
	browser
}) => {
	const codes = Array.from({ length: 8 }, (_, i) => madeCode((i * 15) % 100, 95 - ((i * 35) % 95)));
	async function groupScreen(viewport: { width: number; height: number }, larger = false) {
		const context = await browser.newContext({ viewport, baseURL: test.info().project.use.baseURL });
		if (larger) await largerText(context);
		const page = await context.newPage();
		await page.goto('/group');
		await page.getByLabel('Paste codes').fill(codes.join('\n'));
		await page.getByRole('button', { name: 'Add codes' }).click();
		const together = page.getByRole('img', { name: /^Everyone’s power outlines/ });
		await expect(together).toBeVisible();
		return { context, page, together };
	}
	/** The smallest size the chart's labels, its scale's numbers and Side by side's spoke numbers are drawn at. */
	async function smallestWords(page: Page, together: Locator) {
		const labels = Math.min(...(await drawnTextSizes(together, ':scope > text')));
		const scale = Math.min(...(await drawnTextSizes(together, 'g.scale text')));
		await page.getByRole('tab', { name: 'Side by side' }).click();
		const spokes = Math.min(...(await drawnTextSizes(page.locator('ul.multiples svg').first())));
		return { labels, scale, spokes };
	}

	const normal = await groupScreen(PHONE);
	await expect(normal.together.locator(':scope > text').first()).toHaveText('Education');
	await expect(normal.page.locator('.key')).toHaveCount(0);
	const sizes = await smallestWords(normal.page, normal.together);
	expect(sizes.labels).toBeGreaterThanOrEqual(12);
	expect(sizes.scale).toBeGreaterThanOrEqual(10.5);
	expect(sizes.spokes).toBeGreaterThanOrEqual(12);
	await normal.context.close();

	const larger = await groupScreen(PHONE, true);
	// The names at 150% text were drawn at about 14 px on a chart two fifths of the screen wide: numbers leave it room.
	await expect(larger.together.locator(':scope > text')).toHaveText(['1', '2', '3', '4', '5', '6']);
	await expect(larger.page.locator('.key li')).toHaveText(['1 Education', '2 Organisation', '3 Money', '4 Class and background', '5 Role', '6 Authority']);
	await expectAccessible(larger.page);
	const largerSizes = await smallestWords(larger.page, larger.together);
	expect(largerSizes.labels).toBeGreaterThanOrEqual(18);
	expect(largerSizes.scale).toBeGreaterThan(sizes.scale * 1.05);
	expect(largerSizes.spokes).toBeGreaterThanOrEqual(18);
	await larger.context.close();

	const sideways = await groupScreen({ width: 740, height: 360 });
	const box = (await sideways.together.boundingBox())!;
	expect(box.height).toBeLessThanOrEqual(360);
	// Drawn smaller than its width, the chart stays in the middle of it.
	expect(Math.abs(await drawingOffCentre(sideways.together))).toBeLessThanOrEqual(1);
	await sideways.context.close();
});

test('at 320 px, every view of the group picture passes axe and nothing scrolls sideways, even with a long one-word source name', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 640 });
	const longName = 'Neighbourhoodconnectionsandfriendships';
	const session = {
		title: 'Ward forum',
		welcome: '',
		date: null,
		sources: [...STANDARD_SOURCE_IDS],
		custom: [{ name: longName, description: 'Who you know nearby.' }],
		threshold: 3
	};
	await openGroupScreenFromLink(page, await encodeSession(session));
	const codes = Array.from({ length: 4 }, (_, i) =>
		encodeShareCode(
			fingerprintNumber(session),
			Array.from({ length: 7 }, () => ({ perceived: (i * 15) % 100, actual: 95 - ((i * 35) % 95) }))
		)
	);
	await page.getByLabel('Paste codes').fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	for (const view of ['Everyone together', 'Side by side', 'Source by source', 'Biggest gaps']) {
		await page.getByRole('tab', { name: view }).click();
		await expect(page.getByRole('tab', { name: view })).toHaveAttribute('aria-selected', 'true');
		await expectAccessible(page);
		await expectWordsFit(page, longName);
	}
	// Presenter mode's buttons keep their words whole at this width.
	await page.getByRole('button', { name: 'Present' }).click();
	await expectWholeWords(page.getByRole('dialog').locator('.foot'));
});

for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
	test(`at ${viewport.width} px, what adding codes did shows under the Add codes button, in view, with its buttons`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/group');
		const paste = page.getByLabel('Paste codes');
		const add = page.getByRole('button', { name: 'Add codes' });
		await paste.fill(madeCode(10, 20));
		await add.click();
		await expect(page.getByRole('status').filter({ hasText: '1 code added.' })).toBeVisible();

		// Again, from the keyboard: a code already here, a new one, and one from another session.
		const otherSession = encodeShareCode(fingerprintNumber(BOARD_AWAY_DAY), BOARD_AWAY_DAY.sources.map(() => ({ perceived: 40, actual: 60 })));
		await paste.fill(`${madeCode(10, 20)} ${madeCode(30, 40)} ${otherSession}`);
		await paste.press('Tab');
		await expect(add).toBeFocused();
		await page.keyboard.press('Enter');
		const report = page.getByRole('status').filter({ hasText: '1 code could not be added.' });
		await expect(report).toBeInViewport({ ratio: 1 });
		await expect(page.getByRole('button', { name: 'Put the code back in the box to fix it' })).toBeInViewport({ ratio: 1 });
		await expect(add).toBeFocused();
		await expect(add).toBeInViewport({ ratio: 1 });
		// The file field comes after the report, so the report's button is next from Add codes.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Put the code back in the box to fix it' })).toBeFocused();
	});
}

for (const viewport of [{ width: 1280, height: 800 }, PHONE]) {
	test(`at ${viewport.width} px, Add codes stays in its place when the picture appears, below it, and each press's report is in view`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('/group');
		const paste = page.getByLabel('Paste codes');
		const add = page.getByRole('button', { name: 'Add codes' });
		// Where the section sits on the page, not on the screen: nothing appearing above it moves it.
		const placeOfForm = () => page.locator('#add-heading').evaluate((heading) => heading.getBoundingClientRect().top + scrollY);
		await paste.fill(`${madeCode(10, 20)}\n${madeCode(30, 40)}`);
		await add.click();
		await expect(page.getByRole('status').filter({ hasText: '2 codes added.' })).toBeInViewport();
		const place = await placeOfForm();

		// The press that unlocks the picture, with a code mistyped: its report is where the person looks.
		const mistyped = madeCode(50, 60).replace(/^(...)(.)/, (_, start: string, char: string) => start + (char === 'A' ? 'B' : 'A'));
		await paste.fill(`${madeCode(70, 80)}\n${madeCode(90, 10)}\n${mistyped}`);
		await add.click();
		const report = page.getByRole('status').filter({ hasText: '1 code could not be added.' });
		await expect(report).toContainText('The group picture is now showing.');
		await expect(report).toBeInViewport({ ratio: 1 });
		await expect(add).toBeInViewport({ ratio: 1 });
		const picture = page.getByRole('heading', { name: 'The group picture' });
		const below = async (report: Locator) => ((await picture.boundingBox())?.y ?? 0) > ((await report.boundingBox())?.y ?? Infinity);
		expect(await below(report)).toBe(true);
		expect(await placeOfForm()).toBe(place);

		// Codes that arrive later are added in the same place, just above the picture.
		await paste.fill(madeCode(15, 85));
		await add.click();
		const later = page.getByRole('status').filter({ hasText: '1 code added.' });
		await expect(later).toBeInViewport({ ratio: 1 });
		expect(await below(later)).toBe(true);
		expect(await placeOfForm()).toBe(place);
	});
}

test('at 1280 × 800, someone who comes back to a picture already showing sees it on the first screen, with Add codes above it behind one button', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/group');
	await page.getByLabel('Paste codes').fill([madeCode(20, 60), madeCode(40, 40), madeCode(80, 30)].join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('tablist')).toBeVisible();

	// Arriving from the home page, at the page's top, Present is on the first screen.
	await page.goto('/');
	await page.getByRole('link', { name: 'Open the group screen' }).click();
	await expect(page.getByRole('button', { name: 'Present' })).toBeInViewport({ ratio: 1 });

	await page.reload();
	await expect(page.getByRole('heading', { name: 'The group picture' })).toBeInViewport({ ratio: 1 });
	await expect(page.getByRole('tablist', { name: 'Ways to see the group' })).toBeInViewport();
	await expect(page.getByLabel('Paste codes')).toHaveCount(0);
	await expectAccessible(page);
	const more = page.getByRole('button', { name: 'Add more codes' });
	await expect(more).toBeInViewport({ ratio: 1 });
	await more.click();
	const paste = page.getByLabel('Paste codes');
	await expect(paste).toBeFocused();
	await expect(paste).toBeInViewport({ ratio: 1 });
	await paste.fill(madeCode(60, 70));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('status').filter({ hasText: '1 code added.' })).toBeInViewport({ ratio: 1 });
});

/** Adds two codes, then the third that shows the picture, from the keyboard. */
async function addToThePicture(page: Page) {
	const paste = page.getByLabel('Paste codes');
	await paste.fill([madeCode(20, 60), madeCode(40, 40)].join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(collected(page)).toHaveText('2 codes collected');
	// Below the threshold the form stays open.
	await expect(paste).toBeVisible();
	await paste.fill(madeCode(80, 30));
	await paste.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('tablist')).toBeVisible();
}

for (const viewport of [{ width: 1280, height: 800 }, PHONE]) {
	test(`at ${viewport.width} × ${viewport.height}, the press that shows the picture folds Add codes behind one button, with focus on it; opened again, in place, it keeps what is typed`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('/group');
		await addToThePicture(page);
		const paste = page.getByLabel('Paste codes');
		const more = page.getByRole('button', { name: 'Add more codes' });
		await expect(more).toBeFocused();
		await expect(paste).toHaveCount(0);
		await expect(page.getByLabel('Load a text file')).toHaveCount(0);
		await expect(more).toBeInViewport({ ratio: 1 });
		await expect(page.getByRole('status').filter({ hasText: 'The group picture is now showing.' })).toBeInViewport({ ratio: 1 });
		await expect(page.getByRole('heading', { name: 'The group picture' })).toBeInViewport({ ratio: 1 });
		await expectAccessible(page);

		await page.keyboard.press('Enter');
		await expect(paste).toBeFocused();
		await expect(paste).toBeInViewport({ ratio: 1 });
		await paste.pressSequentially('Sam: ');
		// Looking at the picture meanwhile takes nothing from the box.
		await page.getByRole('tab', { name: 'Side by side' }).click();
		await expect(paste).toHaveValue('Sam: ');
		await expectAccessible(page);
		await paste.fill(`Sam: ${madeCode(60, 70)}`);
		await page.getByRole('button', { name: 'Add codes' }).click();
		await expect(page.getByRole('status').filter({ hasText: '1 code added.' })).toBeInViewport({ ratio: 1 });
		await expect(more).toBeFocused();
		await expect(collected(page)).toHaveText('4 codes collected');
	});
}

test('at 1280 × 800, once the picture shows, its view tabs fit on one line and the chart is on the screen', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/group');
	await addToThePicture(page);
	const tabs = page.getByRole('tab');
	// Each tab's words on one line, all four tabs in one row.
	const lines = await tabs.evaluateAll((all) =>
		all.map((tab) => {
			const words = document.createRange();
			words.selectNodeContents(tab);
			return new Set([...words.getClientRects()].map((box) => Math.round(box.top))).size;
		})
	);
	expect(lines).toEqual([1, 1, 1, 1]);
	const tops = await tabs.evaluateAll((all) => all.map((tab) => Math.round(tab.getBoundingClientRect().top)));
	expect(new Set(tops).size).toBe(1);
	// The chart starts on the screen the press left, under the report and the button that opens the form again.
	await expect(page.getByRole('img', { name: /Everyone’s power outlines together/ })).toBeInViewport();
	await expect(page.getByRole('button', { name: 'Add more codes' })).toBeInViewport({ ratio: 1 });
	// The words around the picture keep a width easy to read.
	const widths = await page.locator('.group-header, #add-heading').evaluateAll((all) => all.map((element) => element.getBoundingClientRect().width));
	const picture = await page.locator('#view-panel').evaluate((panel) => panel.getBoundingClientRect().width);
	for (const width of widths) expect(width).toBeLessThan(picture);
});

for (const [viewport, motion] of [
	[PHONE, 'reduce'],
	[{ width: 1280, height: 800 }, 'no-preference']
] as const) {
	test(`at ${viewport.width} px, adding codes by keyboard keeps focus on the Add codes button, in view with the report, and on Add more codes in its place when the picture appears`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.emulateMedia({ reducedMotion: motion });
		await page.goto('/group');
		// As in a browser that does not hold what is in view still when something appears above it.
		await page.addStyleTag({ content: 'html { overflow-anchor: none; }' });
		await page.evaluate(() => {
			const scrolls: (ScrollBehavior | undefined)[] = [];
			(window as unknown as { scrolls: typeof scrolls }).scrolls = scrolls;
			const scrollBy = window.scrollBy.bind(window);
			window.scrollBy = ((options: ScrollToOptions) => {
				scrolls.push(options.behavior);
				scrollBy(options);
			}) as typeof window.scrollBy;
		});
		const paste = page.getByLabel('Paste codes');
		const add = page.getByRole('button', { name: 'Add codes' });
		await paste.fill(`${madeCode(20, 40)} ${madeCode(60, 40)}`);
		await paste.press('Tab');
		await expect(add).toBeFocused();
		// The button at the foot of the screen, as on a phone: the report under it has to be brought into view.
		const toFoot = () => add.evaluate((button) => (document.documentElement.scrollTop += button.getBoundingClientRect().bottom - innerHeight));
		await toFoot();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: '2 codes added.' })).toBeInViewport();
		await expect(add).toBeFocused();

		await paste.fill(madeCode(80, 60));
		await add.focus();
		await toFoot();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: 'The group picture' })).toBeVisible();
		const more = page.getByRole('button', { name: 'Add more codes' });
		await expect(more).toBeFocused();
		await expect(more).toBeInViewport({ ratio: 1 });
		await expect(page.getByRole('status').filter({ hasText: 'The group picture is now showing.' })).toBeInViewport({ ratio: 1 });
		// Scrolled there at once where the person asks for less motion.
		const behaviours = await page.evaluate(() => (window as unknown as { scrolls: string[] }).scrolls);
		expect(behaviours.length).toBeGreaterThan(0);
		expect(new Set(behaviours)).toEqual(new Set([motion === 'reduce' ? 'auto' : 'smooth']));
	});
}

for (const [sources, custom] of [
	[6, []],
	[8, ['Lived experience', 'Time to take part']]
] as const) {
	test(`side by side with ${sources} sources, no letter covers a spoke’s number, on the page or presenting`, async ({ page }) => {
		const session: SessionSettings = {
			...BOARD_AWAY_DAY,
			sources: [...STANDARD_SOURCE_IDS],
			custom: custom.map((name) => ({ name, description: '' }))
		};
		// Enough people for every letter's width, M and W included.
		const codes = Array.from({ length: 26 }, (_, person) =>
			encodeShareCode(fingerprintNumber(session), Array.from({ length: sources }, (_, i) => ({ perceived: (person * 4 + i) % 101, actual: 50 })))
		);
		await page.goto('/group');
		await page.getByLabel('Paste codes').fill(`http://localhost/join#${await encodeSession(session)}\n${codes.join('\n')}`);
		await page.getByRole('button', { name: 'Add codes' }).click();
		await page.getByRole('tab', { name: 'Side by side' }).click();
		const overlaps = () =>
			page.locator('ul.multiples > li').evaluateAll((cells) =>
				cells.flatMap((cell) => {
					const letter = cell.querySelector('.label')!.getBoundingClientRect();
					return [...cell.querySelectorAll('svg text')]
						.map((text) => text.getBoundingClientRect())
						.filter((box) => box.left < letter.right && letter.left < box.right && box.top < letter.bottom && letter.top < box.bottom)
						.map((box) => JSON.stringify(box));
				})
			);
		await expect(page.locator('ul.multiples svg text')).toHaveCount(26 * sources);
		expect(await overlaps()).toEqual([]);
		await page.getByRole('button', { name: 'Present' }).click();
		await expect(page.getByRole('dialog', { name: /Side by side/ })).toBeVisible();
		expect(await overlaps()).toEqual([]);
	});
}
