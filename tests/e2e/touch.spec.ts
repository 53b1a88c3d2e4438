import { expect, test } from './fixtures';

// A phone keeps a tapped element "hovered" until the next tap elsewhere, so hover styles belong
// only to pointers that hover (a mouse, a trackpad): otherwise a tapped button looks pressed after it.

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

	test('a tapped button looks as it did before the tap', async ({ page }) => {
		await page.goto('/group');
		const add = page.getByRole('button', { name: 'Add codes' });
		await add.scrollIntoViewIfNeeded();
		const background = () => add.evaluate((button) => getComputedStyle(button).backgroundColor);
		const untouched = await background();
		// Nothing pasted: the tap adds nothing, and the button stays where it was, under the finger.
		await add.tap();
		await expect.poll(() => add.evaluate((button) => button.matches(':hover')), 'the tapped button is left hovered, as phones do').toBe(true);
		expect(await background()).toBe(untouched);
	});
});

test('every hover style is kept for pointers that hover', async ({ page }) => {
	const loose = new Set<string>();
	for (const path of ['/', '/reflect', '/results', '/join', '/group', '/facilitate', '/data']) {
		await page.goto(path);
		await expect(page.locator('main h1').first()).toBeVisible();
		const found = await page.evaluate(() => {
			const outside: string[] = [];
			const walk = (rules: CSSRuleList, hovers: boolean) => {
				for (const rule of rules) {
					const inside = hovers || (rule instanceof CSSMediaRule && /\(hover:\s*hover\)/.test(rule.conditionText));
					if (rule instanceof CSSStyleRule && rule.selectorText.includes(':hover') && !inside) outside.push(rule.selectorText);
					if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules, inside);
				}
			};
			for (const sheet of document.styleSheets) walk(sheet.cssRules, false);
			return outside;
		});
		for (const selector of found) loose.add(`${path}: ${selector}`);
	}
	expect([...loose], 'hover styles outside @media (hover: hover)').toEqual([]);
});
