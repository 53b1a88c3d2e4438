import type { Locator } from '@playwright/test';
import { encodeSession } from '../../src/lib/share/session-link';
import type { SessionSettings } from '../../src/lib/share/session-settings';
import { answerStep, expect, PHONE, skipToResults, startReflection, test, waitForStoredAnswer } from './fixtures';

test.use({ viewport: PHONE });

/** Fails unless `target` is at least 44 px tall and wide (WCAG 2.5.5), and still looks like words, not a button. */
async function expectFingerSized(target: Locator, name: string): Promise<void> {
	const box = (await target.boundingBox())!;
	expect.soft(box.height, `${name}: height`).toBeGreaterThanOrEqual(44);
	expect.soft(box.width, `${name}: width`).toBeGreaterThanOrEqual(44);
	const look = await target.evaluate((element) => {
		const style = getComputedStyle(element);
		return { background: style.backgroundColor, border: style.borderTopStyle };
	});
	expect.soft(look, `${name}: no fill or border`).toEqual({ background: 'rgba(0, 0, 0, 0)', border: 'none' });
}

/** The vertical overlap, in px, of two elements' boxes that also overlap sideways. */
async function overlap(a: Locator, b: Locator): Promise<number> {
	const [first, second] = [(await a.boundingBox())!, (await b.boundingBox())!];
	const across = Math.min(first.x + first.width, second.x + second.width) - Math.max(first.x, second.x);
	const down = Math.min(first.y + first.height, second.y + second.height) - Math.max(first.y, second.y);
	return across > 0 ? Math.max(down, 0) : 0;
}

test('the small links under a step and in the footer are finger-sized targets, clear of the buttons above', async ({ page }) => {
	await startReflection(page, 'Targets');
	const leave = page.getByRole('link', { name: 'Save and leave' });
	await expectFingerSized(leave, '“Save and leave”');
	for (const button of await page.getByRole('navigation', { name: 'Steps' }).getByRole('button').all()) {
		expect.soft(await overlap(leave, button), `“Save and leave” over “${await button.textContent()}”`).toBe(0);
	}
	await expectFingerSized(page.getByRole('link', { name: 'Your data: download, bring in or delete' }), 'the footer’s link');
});

/** The words outside `target` that cross the focus ring drawn round it once Tab has put focus on it (from `before`). */
async function wordsOverRing(before: Locator, target: Locator): Promise<string[]> {
	await before.focus();
	await target.page().keyboard.press('Tab');
	await expect(target).toBeFocused();
	return target.evaluate((element) => {
		if (!element.matches(':focus-visible')) return ['(no focus ring drawn)'];
		const style = getComputedStyle(element);
		// The ring is the outline, beyond its offset; the shadow inside it reaches no further.
		const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
		const box = element.getBoundingClientRect();
		const crossing: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (element.contains(node) || !node.textContent?.trim() || !node.parentElement?.checkVisibility()) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			const crosses = [...range.getClientRects()].some(
				(rect) =>
					rect.width > 0 &&
					rect.left < box.right + reach &&
					rect.right > box.left - reach &&
					rect.top < box.bottom + reach &&
					rect.bottom > box.top - reach
			);
			if (crosses) crossing.push(node.textContent.trim());
		}
		return crossing;
	});
}

test('the focus ring round “Save and leave” and “Back to my results” is whole, not crossed by the words below', async ({ page }) => {
	await startReflection(page, 'Rings');
	const next = page.getByRole('button', { name: 'Next' });
	expect(await wordsOverRing(next, page.getByRole('link', { name: 'Save and leave' }))).toEqual([]);
	await answerStep(page, 3);
	await waitForStoredAnswer(page, page.locator('fieldset.question').last().getByRole('radio').first());
	await skipToResults(page);
	await page.getByText('Change my answers').click();
	await page.getByRole('link', { name: 'Money: change my answers', exact: true }).click();
	const back = page.getByRole('link', { name: 'Back to my results' });
	await expectFingerSized(back, '“Back to my results”');
	expect(await wordsOverRing(next, back)).toEqual([]);
});

test('on a session link, “Are you running this session?” is a finger-sized target', async ({ page }) => {
	const session: SessionSettings = { title: 'Carers forum', welcome: '', date: '2026-12-03', sources: ['educational', 'monetary', 'position'], custom: [], threshold: 3 };
	await page.goto(`/join#${await encodeSession(session)}`);
	const summary = page.getByText('Are you running this session?');
	await expectFingerSized(summary, 'the summary');
	await summary.click();
	await expect(page.getByRole('button', { name: 'Open the group screen for this session' })).toBeVisible();
});
