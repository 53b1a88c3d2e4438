// The group screen when something goes wrong: codes cleared by mistake, or pasted in a form it cannot add.
import type { Page } from '@playwright/test';
import { answerAllToResults, expect, expectAccessible, startReflection, test } from './fixtures';
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

test('a link to someone’s own results page, pasted with the codes, is named, with how to get their code', async ({ page, browser }) => {
	// Jo copies the address of their results page, on their own phone, and sends that instead of the code.
	const phone = await browser.newContext();
	const jo = await phone.newPage();
	await startReflection(jo, 'Team day');
	await answerAllToResults(jo, 3);
	await expect(jo.getByRole('button', { name: 'Show my share code' })).toBeVisible();
	const address = jo.url();
	expect(address).toMatch(/\/results\?id=/);
	await phone.close();

	const codes = [madeCode(20, 60), madeCode(50, 50), madeCode(80, 40)];
	await page.goto('/group');
	const paste = page.getByLabel('Paste codes');
	await paste.fill(`Sam: ${codes[0]}\nAlex: ${codes[1]}\nJo: ${address}\nKim: ${codes[2]}`);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('status').filter({ hasText: '3 codes added.' })).toContainText(
		'One link is to someone’s own reflection, not a share code.'
	);
	await expect(page.getByText(/Ask them to open their results, press “Show my share code” and send you the code\./)).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Add more codes' }).click();
	await paste.fill(`Jo: ${address}`);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'No share codes were found in that text.' })).toContainText(
		'One link is to someone’s own reflection, not a share code.'
	);
	await expectAccessible(page);
});

test('a code whose last block a message split onto the next line is added whole', async ({ page }) => {
	const codes = [madeCode(20, 60), madeCode(50, 50)];
	const [first = '', second = ''] = codes;
	// Wrapped by an email, or a chat's narrow column, just before its last symbol.
	await page.goto('/group');
	await page.getByLabel('Paste codes').fill(`Sam: ${first.slice(0, -1)}\n${first.slice(-1)}\nJo: ${second.slice(0, -1)} ${second.slice(-1)}`);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'codes added' })).toHaveText('2 codes added.');
	await expect(page.getByText('2 codes collected')).toBeVisible();
});
