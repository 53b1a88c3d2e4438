import type { BrowserContext, Page } from '@playwright/test';
import { encodeSession } from '../../src/lib/share/session-link';
import { answerStep, expect, expectAccessible, PHONE, pressNext, skipToResults, startReflection, test, waitForStoredAnswer } from './fixtures';

test.use({ viewport: PHONE });

const PAGES = ['/', '/reflect', '/results', '/join', '/facilitate', '/group', '/data'];

test('every page carries a strict Content-Security-Policy with no inline scripts allowed', async ({ page }) => {
	for (const path of PAGES) {
		await page.goto(path);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		const scripts = policy?.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
		expect(scripts, path).toContain("'self'");
		expect(scripts, path).not.toContain('unsafe-inline');
		expect(scripts, path).not.toContain('unsafe-eval');
		expect(policy, path).toContain("default-src 'self'");
		await expect(page.locator('main')).toBeVisible();
	}
});

test('after the first visit, the journey, a session link and the group screen all work offline', async ({ page, context }) => {
	test.slow();
	await page.goto('/');
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.active?.state;
	});
	await context.setOffline(true);

	await startReflection(page, 'On the bus');
	for (let step = 1; step <= 6; step++) {
		await answerStep(page, 3);
		await pressNext(page);
	}
	await page.getByRole('button', { name: 'See my results' }).click();
	await expect(page.getByRole('img', { name: /perceived and actual power/i })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('table')).toBeVisible();

	const link = await encodeSession({
		title: 'Offline session',
		welcome: '',
		date: null,
		sources: ['educational', 'monetary', 'position'],
		custom: [],
		threshold: 3
	});
	await page.goto(`/join#${link}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Offline session$/);
	await page.goto('/group');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByLabel(/paste/i).first()).toBeVisible();
});

test('when the browser refuses storage, Rebalance says so and keeps working for this visit', async ({ page, context }) => {
	await context.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('The user denied permission to access the database.', 'SecurityError');
		};
	});
	await page.goto('/');
	await expect(page.getByText('This browser is not letting Rebalance save anything.')).toBeVisible();
	await expectAccessible(page);
	await startReflection(page, 'Private window');
	await answerStep(page, 5);
	await page.getByRole('button', { name: 'Back' }).click();
	await page.getByRole('button', { name: 'Carry on' }).click();
	await expect(page.locator('fieldset.question.rating').first().getByRole('radio', { name: /^5\b/ })).toBeChecked();
	await page.getByRole('link', { name: 'Download your answers' }).click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download my data' }).click();
	const file = await (await download).path();
	const { readFileSync } = await import('node:fs');
	const saved = JSON.parse(readFileSync(file, 'utf8'));
	expect(saved.reflections.map((r: { label: string }) => r.label)).toEqual(['Private window']);
	expect(saved.answers.length).toBeGreaterThan(0);
});

/** Makes every page of `context` refuse writes to `store` as a full device does, while breakWrites says so. */
async function refuseWritesWhenFull(context: BrowserContext, store: string): Promise<void> {
	await context.addInitScript((name) => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			if ((window as unknown as { __quotaFull?: boolean }).__quotaFull && this.name === name) {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
			return put.apply(this, args);
		};
	}, store);
}

async function breakWrites(page: Page, broken: boolean) {
	await page.evaluate((value) => ((window as unknown as { __quotaFull: boolean }).__quotaFull = value), broken);
}

test('a write that fails for lack of space is kept, explained and retried, and nothing is lost', async ({ page, context }) => {
	await refuseWritesWhenFull(context, 'answers');
	await startReflection(page, 'Full phone');
	const first = page.locator('fieldset.question.rating').first();
	await first.getByRole('radio', { name: /^2\b/ }).check();
	await breakWrites(page, true);
	// Answered far down the page, the problem is still in sight.
	const last = page.locator('fieldset.question').last();
	await last.getByRole('radio').first().check();
	await expect(page.getByRole('alert')).toContainText('out of storage space');
	await expect(page.getByRole('alert')).toBeInViewport();
	// Going back up by keyboard, the field with focus stops below the notice, not behind it.
	const firstRadio = first.getByRole('radio').first();
	for (let presses = 0; presses < 40 && !(await firstRadio.evaluate((radio) => radio.closest('fieldset')!.contains(document.activeElement))); presses++) {
		await page.keyboard.press('Shift+Tab');
	}
	const notice = (await page.getByRole('alert').boundingBox())!;
	const focused = (await page.locator(':focus').boundingBox())!;
	expect(focused.y).toBeGreaterThanOrEqual(notice.y + notice.height);
	// On a short screen (a phone on its side) it is not stuck: it would cover most of it.
	const size = page.viewportSize()!;
	await page.setViewportSize({ width: 740, height: 360 });
	await last.scrollIntoViewIfNeeded();
	await expect(page.getByRole('alert')).not.toBeInViewport();
	await page.setViewportSize(size);
	await first.getByRole('radio', { name: /^4\b/ }).check();
	await expect(first.getByRole('radio', { name: /^4\b/ })).toBeChecked();
	// While something is unsaved the page no longer says all is saved, and asks before closing.
	await expect(page.getByText('your answers are already saved')).toHaveCount(0);
	const asked = page.waitForEvent('dialog');
	void page.close({ runBeforeUnload: true });
	const dialog = await asked;
	expect(dialog.type()).toBe('beforeunload');
	await dialog.dismiss();

	await breakWrites(page, false);
	await page.getByRole('button', { name: 'Try saving again now' }).click();
	await expect(page.getByRole('alert')).toHaveText('');
	const savedNote = page.getByText('Saved. Your answers are kept on this device now.');
	await expect(savedNote).toBeFocused();
	// Once all is saved, the note stays where it is and the questions scroll past it.
	await last.scrollIntoViewIfNeeded();
	await expect(savedNote).not.toBeInViewport();
	await pressNext(page);
	await expect(page.locator('main').getByText('Source 2 of 6')).toBeVisible();
	await expect(savedNote).toHaveCount(0);
	await page.getByRole('button', { name: 'Back' }).click();
	// Reloading before Back has arrived would reload source 2.
	await expect(page.locator('main').getByText('Source 1 of 6')).toBeVisible();
	await page.reload();
	await expect(first.getByRole('radio', { name: /^4\b/ })).toBeChecked();
});

test('when storage cannot be read, the results page says so and can try again', async ({ page, context }) => {
	await context.addInitScript(() => {
		const get = IDBObjectStore.prototype.get;
		IDBObjectStore.prototype.get = function (...args: Parameters<typeof get>) {
			if (sessionStorage.getItem('readsFail') && this.name === 'reflections') throw new DOMException('Disk error', 'UnknownError');
			return get.apply(this, args);
		};
	});
	await startReflection(page, 'Flaky disk');
	await answerStep(page, 4);
	const results = page.url().replace(/\/reflect\?id=([^&]+).*/, '/results?id=$1');
	await page.evaluate(() => sessionStorage.setItem('readsFail', '1'));
	await page.goto(results);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your results could not be opened');
	await expect(page).toHaveTitle('Results could not be opened – Rebalance');
	await expect(page.getByText('Nothing has been deleted.')).toBeVisible();
	await page.evaluate(() => sessionStorage.removeItem('readsFail'));
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your power map: Flaky disk');
});

test('when the browser’s storage stops answering, the page says so in time, and what was saved is back once it answers', async ({
	page,
	context
}) => {
	test.setTimeout(60_000);
	// As WebKit can do for a whole browser session: an open that never succeeds, fails or waits.
	await context.addInitScript(() => {
		const open = IDBFactory.prototype.open;
		IDBFactory.prototype.open = function (name: string, version?: number) {
			if (!sessionStorage.getItem('storageSilent') || name !== 'rebalance') return open.call(this, name, version);
			const silent = new EventTarget();
			Object.setPrototypeOf(silent, IDBOpenDBRequest.prototype);
			return silent as IDBOpenDBRequest;
		};
	});
	await startReflection(page, 'Still here');
	await answerStep(page, 4);
	await waitForStoredAnswer(page, page.locator('fieldset.question').first().getByRole('radio', { name: /^4\b/ }));
	const results = page.url().replace(/\/reflect\?id=([^&]+).*/, '/results?id=$1');
	await page.evaluate(() => sessionStorage.setItem('storageSilent', '1'));
	await page.goto(results);
	await expect(page.getByText('Loading your results…')).toBeVisible();
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText('Your results could not be opened', { timeout: 20_000 });
	const banner = page.getByRole('status').filter({ hasText: 'cannot reach what you saved' });
	await expect(banner).toContainText('Nothing has been deleted.');
	await expectAccessible(page);

	await page.evaluate(() => sessionStorage.removeItem('storageSilent'));
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(heading).toHaveText('Your power map: Still here');
	await expect(banner).toHaveCount(0);
});

test('two tabs answering the same reflection lose nothing, and each shows the other’s answers', async ({ page, context }) => {
	await startReflection(page, 'Two tabs');
	const other = await context.newPage();
	await other.goto(page.url());
	await expect(other.locator('main').getByText('Source 1 of 6')).toBeVisible();

	const questions = (tab: Page) => tab.locator('fieldset.question');
	await questions(page).nth(0).getByRole('radio', { name: /^1\b/ }).check();
	await questions(other).nth(1).getByRole('radio', { name: /^5\b/ }).check();
	await expect(questions(other).nth(0).getByRole('radio', { name: /^1\b/ })).toBeChecked();
	await expect(questions(page).nth(1).getByRole('radio', { name: /^5\b/ })).toBeChecked();

	await page.reload();
	await expect(questions(page).nth(0).getByRole('radio', { name: /^1\b/ })).toBeChecked();
	await expect(questions(page).nth(1).getByRole('radio', { name: /^5\b/ })).toBeChecked();
});

test('a reflection deleted in another tab is said so on the page, and what the page holds can be kept as a new one', async ({ page, context }) => {
	await startReflection(page, 'Deleted elsewhere');
	const first = page.locator('fieldset.question').first().getByRole('radio', { name: /^4\b/ });
	await first.check();
	await waitForStoredAnswer(page, first);

	// Far down the page, as when coming back to this tab part-way through.
	await page.locator('fieldset.question').last().scrollIntoViewIfNeeded();
	const home = await context.newPage();
	await home.goto('/');
	await home.getByRole('button', { name: /^Delete “Deleted elsewhere”, started / }).click();
	await home.getByRole('button', { name: /^Yes, delete/ }).click();
	await expect(home.getByRole('heading', { name: 'Deleted elsewhere', level: 3 })).toHaveCount(0);

	await expect(page.getByRole('alert').filter({ hasText: 'This reflection has been deleted' })).toBeInViewport();
	await expect(page.getByRole('link', { name: 'Save and leave' })).toHaveCount(0);
	await page.locator('fieldset.question').nth(1).getByRole('radio', { name: /^2\b/ }).check();
	// Leaving would lose it: the person is asked first, and can stay.
	const asked = page.waitForEvent('dialog');
	const leaving = page.getByRole('link', { name: 'Rebalance' }).first().click();
	const dialog = await asked;
	expect(dialog.message()).toContain('This reflection was deleted');
	await dialog.dismiss();
	await leaving;
	await expect(page.locator('main').getByText('Source 1 of 6')).toBeVisible();

	await page.getByRole('button', { name: 'Save them as a new reflection' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved as a new reflection.' })).toBeVisible();
	await expect(page.getByText('This reflection has been deleted')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await expect(page.locator('main').getByText('Source 1 of 6')).toBeVisible();
	await expect(page.locator('fieldset.question').first().getByRole('radio', { name: /^4\b/ })).toBeChecked();

	await page.reload();
	await expect(page.locator('fieldset.question').nth(1).getByRole('radio', { name: /^2\b/ })).toBeChecked();
	await home.reload();
	await expect(home.getByRole('heading', { name: 'Deleted elsewhere', level: 3 })).toBeVisible();
});

test('a damaged record is set aside and reported while the rest loads', async ({ page }) => {
	await startReflection(page, 'Still here');
	await page.goto('/');
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('rebalance');
				open.onsuccess = () => {
					const tx = open.result.transaction('reflections', 'readwrite');
					tx.objectStore('reflections').put({ id: 'damaged', label: 42, updatedAt: 'soon' });
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			})
	);
	await page.reload();
	await expect(page.getByText(/One saved item could not be read/)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Still here', level: 3 })).toBeVisible();
	await expectAccessible(page);

	// Opened by its address, it is said to be kept, not that it may have been deleted.
	await page.goto('/results?id=damaged');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not open that reflection');
	await expect(page.getByText(/It has not been deleted/)).toBeVisible();
	await page.goto('/results?id=never-made');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that reflection');
});

test('on a phone with a share menu, Share code hands over the code and its link, and nothing private', async ({ page }) => {
	await page.addInitScript(() => {
		const shared: ShareData[] = [];
		Object.assign(window, { shared });
		Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data), configurable: true });
	});
	await startReflection(page, 'My private label');
	for (let step = 0; step < 6; step++) {
		await answerStep(page, 3);
		await pressNext(page);
	}
	await page.getByRole('textbox').first().fill('Something only I should read');
	await page.getByRole('button', { name: 'See my results' }).click();
	await page.getByRole('button', { name: 'Show my share code' }).click();
	const code = (await page.getByText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/).textContent())?.trim() ?? '';
	await page.getByRole('button', { name: 'Share code' }).click();

	const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
	expect(shared).toHaveLength(1);
	expect(shared[0]!.text).toContain(code);
	expect(shared[0]!.url).toMatch(new RegExp(`/group#code=${code}$`));
	expect(JSON.stringify(shared)).not.toMatch(/private label|only I should read/i);
	// Loaded only once the code is shown, so it must still arrive then.
	await expect(page.getByRole('img', { name: 'QR code of your share link' })).toBeVisible();
	await expectAccessible(page);
});

test('while renaming a finished reflection cannot be saved, its page still leads back to the results, without saying all is saved', async ({ page, context }) => {
	await refuseWritesWhenFull(context, 'reflections');
	await startReflection(page, 'Renamed');
	await answerStep(page, 3);
	await skipToResults(page);
	await page.goto('/');
	await page.getByRole('link', { name: /Change my answers/ }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change your answers');
	await breakWrites(page, true);
	await page.getByLabel('What this reflection is called').fill('Renamed again');
	await expect(page.getByRole('alert')).toContainText('out of storage space');
	// The opening step has no buttons: this link is its way back.
	await expect(page.getByRole('link', { name: 'Back to my results' })).toBeVisible();
	await expect(page.getByText('Your changes are already saved.')).toHaveCount(0);
});
