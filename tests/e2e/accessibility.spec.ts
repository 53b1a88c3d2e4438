import { answerStep, expect, expectAccessible, startReflection, test } from './fixtures';

for (const { viewport, colorScheme } of [
	{ viewport: { width: 320, height: 640 }, colorScheme: 'light' },
	{ viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
	{ viewport: { width: 320, height: 640 }, colorScheme: 'dark' }
] as const) {
	test(`axe finds no WCAG 2.2 AA violations, and nothing scrolls sideways, on any page at ${viewport.width}px in a ${colorScheme} scheme`, async ({ page }) => {
		// Ten pages, each with a full axe run: about 30 s on an idle 2-core machine, and twice that under load.
		test.setTimeout(180_000);
		await page.setViewportSize(viewport);
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		await expectAccessible(page);

		await page.goto('/reflect');
		await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
		await expectAccessible(page);

		await startReflection(page, 'Axe');
		await answerStep(page, 2);
		await expectAccessible(page);

		await page.goto(page.url().replace(/step=[^&]+/, 'step=reflect'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Before you see your chart');
		await expect(page).toHaveTitle('Before you see your chart – Reflect – Rebalance');
		await expectAccessible(page);

		await page.getByRole('button', { name: 'See my results' }).click();
		await expect(page.getByRole('table')).toBeVisible();
		await expectAccessible(page);

		for (const [path, button] of [
			['/data', 'Download my data'],
			['/facilitate', 'Create link'],
			['/group', 'Add codes']
		] as const) {
			await page.goto(path);
			await expect(page.getByRole('button', { name: button })).toBeVisible();
			await expectAccessible(page);
		}

		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Axe', level: 3 })).toBeVisible();
		await page.getByRole('button', { name: 'Delete everything on this device' }).click();
		await expectAccessible(page);

		await page.goto('/reflect?id=missing');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectAccessible(page);

		await page.goto('/no-such-page');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
		await expect(page).toHaveTitle('Page not found – Rebalance');
		await expect(page.getByRole('link', { name: 'Go to home' })).toBeVisible();
		await expectAccessible(page);
	});
}
