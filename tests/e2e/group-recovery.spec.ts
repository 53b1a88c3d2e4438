// The group screen when something goes wrong: codes cleared by mistake, or pasted in a form it cannot add.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { madeCode } from './made-codes';

const collected = (page: Page) => page.getByText(/codes? collected$/);

test('codes cleared by mistake come back, all of them, with Undo, and the picture with them', async ({ page }) => {
	const codes = [madeCode(20, 60), madeCode(50, 50), madeCode(80, 40)];
	await page.goto('/group');
	await page.getByLabel('Paste codes').fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('status').filter({ hasText: '3 codes added.' })).toBeVisible();
	await page.getByText('Show the 3 codes').click();
	const tags = await page.getByRole('listitem').locator('.code').allTextContents();

	await page.getByRole('button', { name: 'Clear all codes' }).click();
	await expect(page.getByRole('group', { name: /You can undo this straight after\./ })).toBeVisible();
	await page.getByRole('button', { name: 'Yes, clear all codes' }).click();
	const undo = page.getByRole('button', { name: 'Undo' });
	await expect(undo).toBeFocused();
	await expect(page.getByRole('status').filter({ hasText: 'All codes for this session have been cleared from this device.' })).toContainText(
		'The group picture is hidden until 3 people have shared.'
	);
	await expect(page.getByText('No codes yet.')).toBeVisible();
	await expectAccessible(page);

	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: '3 codes put back.' })).toContainText('The group picture is showing again.');
	await expect(page.getByText('Show the 3 codes')).toBeFocused();
	await expect(collected(page)).toHaveText('3 codes collected');
	await expect(page.getByRole('listitem').locator('.code')).toHaveText(tags);
	await expect(undo).toHaveCount(0);
	await expectAccessible(page);

	// Kept on this device, not only on the screen.
	await page.reload();
	await expect(collected(page)).toHaveText('3 codes collected');
});
