import { readFileSync, writeFileSync } from 'node:fs';
import { answerStep, expect, expectAccessible, gotoHydrated, PHONE, skipToResults, startReflection, test } from './fixtures';

test.use({ viewport: PHONE });

test('everything downloaded on one device comes in on another, after a preview, without overwriting', async ({ page, browser, baseURL }, testInfo) => {
	await startReflection(page, 'Moving house');
	await answerStep(page, 4);
	await page.goto('/data');
	await expectAccessible(page);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download my data' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^rebalance-\d{4}-\d{2}-\d{2}\.json$/);
	await expect(page.getByRole('status').filter({ hasText: 'Your browser is saving' })).toContainText(download.suggestedFilename());
	const file = testInfo.outputPath('export.json');
	await download.saveAs(file);

	const other = await (await browser.newContext({ baseURL, viewport: PHONE })).newPage();
	await other.goto('/data');
	await other.getByLabel(/Choose a file Rebalance saved/).setInputFiles(file);
	await expect(other.getByRole('heading', { name: 'What this file holds' })).toBeFocused();
	await expect(other.getByText('1 new reflection to add')).toBeVisible();
	await expectAccessible(other);
	await other.getByRole('button', { name: 'Bring these in' }).click();
	await expect(other.getByText('Done. 1 reflection brought in.')).toBeFocused();
	// Deleting everything takes back what "Done" said; bringing the file in again works as the first time.
	await other.getByRole('button', { name: 'Delete everything on this device' }).click();
	await other.getByRole('button', { name: 'Yes, delete everything' }).click();
	await expect(other.getByText('Everything Rebalance kept on this device has been deleted.')).toBeFocused();
	await expect(other.getByText(/^Done\./)).toHaveCount(0);
	await other.getByLabel(/Choose a file Rebalance saved/).setInputFiles(file);
	await other.getByRole('button', { name: 'Bring these in' }).click();
	await expect(other.getByText('Done. 1 reflection brought in.')).toBeFocused();
	// Something is here again: the note that everything was deleted gives way to the button.
	await expect(other.getByText('Everything Rebalance kept on this device has been deleted.')).toHaveCount(0);
	await expect(other.getByRole('button', { name: 'Delete everything on this device' })).toBeVisible();
	await other.goto('/');
	await expect(other.getByRole('heading', { name: 'Moving house', level: 3 })).toBeVisible();

	await other.goto('/data');
	await other.getByLabel(/Choose a file Rebalance saved/).setInputFiles(file);
	await expect(other.getByText(/already on this device/)).toBeVisible();
	await other.getByRole('button', { name: 'Close' }).click();
	await expect(other.getByLabel(/Choose a file Rebalance saved/)).toBeFocused();
	await other.context().close();
});

test('a file that is not a Rebalance download gets a clear message and changes nothing', async ({ page }, testInfo) => {
	await startReflection(page, 'Untouched');
	const bad = testInfo.outputPath('notes.json');
	writeFileSync(bad, JSON.stringify({ shopping: ['milk'] }));
	await page.goto('/data');
	await page.getByLabel(/Choose a file Rebalance saved/).setInputFiles(bad);
	await expect(page.getByRole('alert')).toContainText('This is not a Rebalance download.');
	const damaged = testInfo.outputPath('damaged.json');
	writeFileSync(damaged, readFileSync(bad, 'utf8').slice(0, 10));
	await page.getByLabel(/Choose a file Rebalance saved/).setInputFiles(damaged);
	await expect(page.getByRole('alert')).toContainText('could not be read');
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Untouched', level: 3 })).toBeVisible();
});

test('deleting everything by keyboard: Escape steps back, and after deleting, the note saying so has focus', async ({ page }) => {
	await startReflection(page, 'To go');
	// A key pressed before the app has the page would reach a button with nothing behind it yet.
	await gotoHydrated(page, '/data');
	await page.getByRole('button', { name: 'Delete everything on this device' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Delete everything on this device' })).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Shift+Tab');
	await expect(page.getByRole('button', { name: 'Yes, delete everything' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Everything Rebalance kept on this device has been deleted.')).toBeFocused();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'To go', level: 3 })).toHaveCount(0);
});

test('a file chosen before the page has started is still read', async ({ page }, testInfo) => {
	const bad = testInfo.outputPath('early.json');
	writeFileSync(bad, JSON.stringify({ shopping: ['milk'] }));
	// Hold the app's code back, as a slow phone would, until the file has been chosen.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/data', { waitUntil: 'domcontentloaded' });
	await page.getByLabel(/Choose a file Rebalance saved/).setInputFiles(bad);
	release();
	await expect(page.getByRole('alert')).toContainText('This is not a Rebalance download.');
});

test('with nothing saved, the page says so and offers no download or delete, until a file is brought in', async ({ page }, testInfo) => {
	await page.goto('/data');
	const nothing = page.getByText('Nothing is saved in this browser yet, so there is nothing to download or delete.');
	await expect(nothing).toBeVisible();
	await expect(page.getByRole('button', { name: 'Download my data' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Delete everything on this device' })).toHaveCount(0);
	await expectAccessible(page);

	const file = testInfo.outputPath('one.json');
	const reflection = { id: 'r1', label: 'Brought over', createdAt: 1, updatedAt: 2, step: 'start', completedAt: null, bankVersion: 'bank-1', session: null };
	writeFileSync(file, JSON.stringify({ format: 'rebalance-export', version: 1, exportedAt: new Date().toISOString(), reflections: [reflection], answers: [], notes: [], sessions: [], codes: [] }));
	await page.getByLabel(/Choose a file Rebalance saved/).setInputFiles(file);
	await page.getByRole('button', { name: 'Bring these in' }).click();
	await expect(page.getByText('Done. 1 reflection brought in.')).toBeFocused();
	await expect(nothing).toBeHidden();
	await expect(page.getByRole('button', { name: 'Download my data' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Delete everything on this device' })).toBeVisible();
});

test('arriving from the results, a link goes back to them, where the reader was; arriving any other way, there is none', async ({
	page
}) => {
	await page.addInitScript(() => Object.defineProperty(navigator.storage, 'persisted', { value: async () => false }));
	await startReflection(page, 'Keeping a copy');
	await answerStep(page, 3);
	await skipToResults(page);
	await expect(page).toHaveURL(/\/results\?id=/);
	const results = page.url();
	// Far down the results on a phone: going back must not start them again from the top.
	const dataLink = page.getByRole('link', { name: 'download your data' });
	await dataLink.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your data');
	await page.getByRole('link', { name: 'Back to my results' }).click();
	await expect(page).toHaveURL(results);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your power map: Keeping a copy');
	await expect(dataLink).toBeInViewport();

	// The browser's own Back, and a reload, do the same.
	await dataLink.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your data');
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your power map: Keeping a copy');
	await expect(dataLink).toBeInViewport();
	// Forward again, the results are still the page before.
	await page.goForward();
	await page.getByRole('link', { name: 'Back to my results' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your power map: Keeping a copy');
	await expect(dataLink).toBeInViewport();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your power map: Keeping a copy');
	await expect(dataLink).toBeInViewport();
	await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();

	await page.goto('/data');
	await expect(page.getByRole('button', { name: 'Download my data' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Back to my results' })).toHaveCount(0);
});
