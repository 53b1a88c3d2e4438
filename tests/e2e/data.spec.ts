import { readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { PHONE, answerStep, expect, expectAccessible, startReflection, test } from './fixtures';

test.use({ viewport: PHONE });

/** Chooses a file to bring in, again if need be: one chosen before the page has started is lost. */
async function chooseFile(page: Page, file: string, shows: Locator): Promise<void> {
	await expect(async () => {
		await page.getByLabel(/Choose a Rebalance download/).setInputFiles(file);
		await expect(shows).toBeVisible({ timeout: 2000 });
	}).toPass();
}

test('everything downloaded on one device comes in on another, after a preview, without overwriting', async ({ page, browser, baseURL }, testInfo) => {
	await startReflection(page, 'Moving house');
	await answerStep(page, 4);
	await page.goto('/data');
	await expectAccessible(page);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download my data' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^rebalance-\d{4}-\d{2}-\d{2}\.json$/);
	const file = testInfo.outputPath('export.json');
	await download.saveAs(file);

	const other = await (await browser.newContext({ baseURL, viewport: PHONE })).newPage();
	await other.goto('/data');
	await chooseFile(other, file, other.getByRole('heading', { name: 'What this file holds' }));
	await expect(other.getByRole('heading', { name: 'What this file holds' })).toBeFocused();
	await expect(other.getByText('1 new reflection to add')).toBeVisible();
	await expectAccessible(other);
	await other.getByRole('button', { name: 'Bring these in' }).click();
	await expect(other.getByText('Done. 1 reflection brought in.')).toBeFocused();
	await other.goto('/');
	await expect(other.getByRole('heading', { name: 'Moving house', level: 3 })).toBeVisible();

	await other.goto('/data');
	await chooseFile(other, file, other.getByText(/already on this device/));
	await other.getByRole('button', { name: 'Close' }).click();
	await expect(other.getByLabel(/Choose a Rebalance download/)).toBeFocused();
	await other.context().close();
});

test('a file that is not a Rebalance download gets a clear message and changes nothing', async ({ page }, testInfo) => {
	await startReflection(page, 'Untouched');
	const bad = testInfo.outputPath('notes.json');
	writeFileSync(bad, JSON.stringify({ shopping: ['milk'] }));
	await page.goto('/data');
	await chooseFile(page, bad, page.getByRole('alert').getByText('This is not a Rebalance download.'));
	const damaged = testInfo.outputPath('damaged.json');
	writeFileSync(damaged, readFileSync(bad, 'utf8').slice(0, 10));
	await page.getByLabel(/Choose a Rebalance download/).setInputFiles(damaged);
	await expect(page.getByRole('alert')).toContainText('could not be read');
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Untouched', level: 3 })).toBeVisible();
});

test('deleting everything by keyboard: Escape steps back, and after deleting, the note saying so has focus', async ({ page }) => {
	await startReflection(page, 'To go');
	await page.goto('/data');
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
