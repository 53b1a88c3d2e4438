import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Pages get a fresh context each; every test also checks that no request left the origin
 * and that the browser reported no Content-Security-Policy violation.
 */
export const test = base.extend<{ foreignRequests: string[]; cspViolations: string[] }>({
	cspViolations: [
		async ({ context }, use) => {
			const violations: string[] = [];
			context.on('console', (message) => {
				if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
			});
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
				});
			});
			await use(violations);
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	],
	foreignRequests: [
		async ({ context, baseURL }, use) => {
			const origin = new URL(baseURL!).origin;
			const foreign: string[] = [];
			context.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
			});
			await use(foreign);
			expect(foreign, 'requests that left the page’s origin').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Phone-sized viewport used for the journeys. */
export const PHONE = { width: 360, height: 740 };

/**
 * Fails with the list of WCAG 2.2 A/AA violations axe finds on the page as it is now, or
 * when the page scrolls sideways (WCAG 1.4.10 asks for none down to 320 px wide).
 */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	expect(summary).toEqual([]);
	const wide = await page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		if (document.documentElement.scrollWidth <= width) return [];
		return [...document.body.querySelectorAll('*')]
			// Shapes inside an SVG are clipped by it, so only the SVG itself can widen the page.
			.filter((element) => !(element instanceof SVGElement && element.ownerSVGElement))
			.filter((element) => element.getBoundingClientRect().right > width + 0.5)
			.map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`)
			.slice(0, 5);
	});
	expect(wide, 'elements wider than the page, which then scrolls sideways').toEqual([]);
}

/** Fails when an element holding `text` is narrower than its words, so they run out of it or are cut off. */
export async function expectWordsFit(page: Page, text: string): Promise<void> {
	const cut = await page.evaluate((words) => {
		return [...document.body.querySelectorAll('*')]
			.filter((element) => !(element instanceof SVGElement) && element.checkVisibility())
			.filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes(words)))
			// Text hidden for screen readers sits in a box 1 px wide on purpose.
			.filter((element) => element.clientWidth > 1 && element.scrollWidth > element.clientWidth + 1)
			.map((element) => `${element.tagName.toLowerCase()}: ${element.scrollWidth} > ${element.clientWidth}`);
	}, text);
	expect(cut, `elements too narrow for “${text}”`).toEqual([]);
}

/** Fails when a word inside `scope` is broken across two lines (as a button too narrow for it breaks it). */
export async function expectWholeWords(scope: Locator): Promise<void> {
	const broken = await scope.evaluate((root) => {
		const found: string[] = [];
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (!node.parentElement?.checkVisibility()) continue;
			for (const match of node.textContent!.matchAll(/\S+/g)) {
				const range = document.createRange();
				range.setStart(node, match.index);
				range.setEnd(node, match.index + match[0].length);
				const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
				if (lines.size > 1) found.push(match[0]);
			}
		}
		return found;
	});
	expect(broken, 'words broken across lines').toEqual([]);
}

/**
 * Presses Next and waits for the next step's heading. Answering straight after the click
 * could find the old step's questions still on the page and answer those again.
 */
export async function pressNext(page: Page): Promise<void> {
	const heading = page.locator('main h1');
	const before = await heading.textContent();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(heading).not.toHaveText(before ?? '');
}

/** Answers every question on the current source step: ratings with `rating`, choices with their first option. */
export async function answerStep(page: Page, rating: number): Promise<void> {
	const questions = page.locator('fieldset.question');
	const count = await questions.count();
	for (let i = 0; i < count; i++) {
		const question = questions.nth(i);
		const isRating = await question.evaluate((el) => el.classList.contains('rating'));
		const radio = isRating
			? question.getByRole('radio', { name: new RegExp(`^${rating}\\b`) })
			: question.getByRole('radio').first();
		await radio.check();
	}
}

/** Answers the six standard sources' steps (ratings `rating`, or `rating(step)` for each), then opens the results. */
export async function answerAllToResults(page: Page, rating: number | ((step: number) => number)): Promise<void> {
	for (let step = 0; step < 6; step++) {
		await answerStep(page, typeof rating === 'number' ? rating : rating(step));
		await pressNext(page);
	}
	await page.getByRole('button', { name: 'See my results' }).click();
}

/** From any step, goes by its address to the closing step and opens the results, leaving the steps between unanswered. */
export async function skipToResults(page: Page): Promise<void> {
	await page.goto(page.url().replace(/step=[^&]+/, 'step=reflect'));
	await page.getByRole('button', { name: 'See my results' }).click();
}

/**
 * Opens `path` and waits until the app has taken the page over (the layout's UpdateNotice records the version seen
 * once the page has hydrated), so a link pressed next is followed by the app, not by loading a new page.
 */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
	await page.evaluate(() => localStorage.removeItem('rebalance-version')).catch(() => undefined);
	await page.goto(path, { waitUntil: 'load' });
	await page.waitForFunction(() => localStorage.getItem('rebalance-version') !== null);
}

/** Starts a new reflection from the home page with a private label; ends on the first source step. */
export async function startReflection(page: Page, label: string): Promise<void> {
	await page.goto('/');
	await page.getByRole('link', { name: /start a (new )?reflection/i }).first().click();
	await page.getByLabel(/which group or session/i).fill(label);
	await page.getByRole('button', { name: 'Begin' }).click();
	await expect(page.locator('main').getByText('Source 1 of 6')).toBeVisible();
}

/**
 * Waits until the answer to the question holding `radio` is in IndexedDB. The page saves each
 * answer as it is given, but a reload straight after a click can outrun the write.
 */
export async function waitForStoredAnswer(page: Page, radio: Locator): Promise<void> {
	const questionId = await radio.getAttribute('name');
	const reflectionId = new URL(page.url()).searchParams.get('id');
	await page.waitForFunction(
		([reflection, question]) =>
			new Promise<boolean>((resolve) => {
				const open = indexedDB.open('rebalance');
				// Never make the database here: that is the app's to do, with its stores.
				open.onupgradeneeded = () => open.transaction?.abort();
				open.onerror = () => resolve(false);
				open.onsuccess = () => {
					try {
						const read = open.result.transaction('answers').objectStore('answers').get([reflection!, question!]);
						read.onsuccess = () => resolve(read.result !== undefined);
						read.onerror = () => resolve(false);
					} catch {
						resolve(false);
					} finally {
						open.result.close();
					}
				};
			}),
		[reflectionId, questionId]
	);
}

/**
 * Records each page title SvelteKit's announcer reads out after a navigation (what a screen
 * reader hears), from the page's start. Gives a way to read them.
 */
export async function watchAnnouncements(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const heard: string[] = [];
		(window as unknown as { announced: string[] }).announced = heard;
		new MutationObserver(() => {
			const text = document.getElementById('svelte-announcer')?.textContent?.trim();
			if (text && text !== heard.at(-1)) heard.push(text);
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	return () => page.evaluate(() => (window as unknown as { announced: string[] }).announced);
}

/**
 * Collects the page's error events from its start; the browser reports a resize loop as one,
 * not as an exception. Gives a way to read them.
 */
export async function watchErrorEvents(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { errorsSeen: string[] }).errorsSeen = seen;
		addEventListener('error', (event) => seen.push(event.message));
	});
	return () => page.evaluate(() => (window as unknown as { errorsSeen: string[] }).errorsSeen);
}
