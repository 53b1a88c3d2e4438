// Steps the WebKit journeys share: answering, waiting for storage, catching downloads, test data.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import { six, standardCode } from '../../src/lib/group/share-codes.test-helper';
import type { ElementRef, WebKitPage } from './webdriver';

/** Ends a journey: fails on any error its page reported, and closes its window. */
export async function endJourney(page: WebKitPage | undefined): Promise<void> {
	// No window (it failed to open): leave its error to be seen, not one from asking a closed window.
	if (!page || page.closed) return;
	try {
		expect(await page.errors()).toEqual([]);
	} finally {
		await page.close();
	}
}

/** A page script that is true once the main region's text contains `text`. */
export const mainText = (text: string) => `return document.querySelector('main')?.textContent.includes(${JSON.stringify(text)})`;

/** Answers every question on the step shown: ratings with `rating` (1 to 5), choices with their first option. */
export async function answerStep(page: WebKitPage, rating: number): Promise<void> {
	const radios = await page.evaluate<ElementRef[]>(
		`return [...document.querySelectorAll('fieldset.question')].map((question) =>
			question.querySelectorAll('input[type=radio]')[question.classList.contains('rating') ? ${rating - 1} : 0])`
	);
	for (const radio of radios) await page.click(radio);
}

/** How many answers are ticked on the step shown. */
export const checkedCount = (page: WebKitPage) =>
	page.evaluate<number>(`return document.querySelectorAll('fieldset.question input:checked').length`);

/** Waits until IndexedDB holds `count` answers: the page saves each as it is given, but a reload can outrun the write. */
export async function waitForStoredAnswers(page: WebKitPage, count: number): Promise<void> {
	// Every path ends in done(): a throw inside the page would otherwise leave WebDriver waiting for its script timeout.
	const stored = () =>
		page.evaluateAsync<number>(`const done = arguments[0];
			try {
				const open = indexedDB.open('rebalance');
				// Not there yet: leave it to the app to create, at its own version.
				open.onupgradeneeded = () => open.transaction.abort();
				open.onerror = () => done(-1);
				open.onsuccess = () => {
					try {
						const counted = open.result.transaction('answers').objectStore('answers').count();
						counted.onsuccess = () => done(counted.result);
						counted.onerror = () => done(-1);
					} catch {
						done(-1);
					} finally {
						open.result.close();
					}
				};
			} catch {
				done(-1);
			}`);
	for (let tries = 0; (await stored()) < count; tries++) {
		if (tries > 100) throw new Error(`Fewer than ${count} answers were saved`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/** Keeps every blob the page makes (a download, a picture), to read back with `savedBlob`. */
export const keepBlobs = (page: WebKitPage) =>
	page.evaluate(`window.__saved = []; const make = URL.createObjectURL; URL.createObjectURL = (blob) => { __saved.push(blob); return make(blob); }`);

/** Waits for a blob of `type` the page made since keepBlobs, and reads it in the page: as text, or its picture's width. */
export async function savedBlob(page: WebKitPage, type: string): Promise<{ text: string; width: number }> {
	await page.waitFor(`return __saved.some((blob) => blob.type === ${JSON.stringify(type)})`, type);
	return page.evaluateAsync(`const done = arguments[0];
		const blob = __saved.find((made) => made.type === ${JSON.stringify(type)});
		const width = blob.type === 'image/png' ? createImageBitmap(blob).then((bitmap) => bitmap.width) : Promise.resolve(0);
		Promise.all([blob.text(), width]).then(([text, width]) => done({ text, width }), (error) => done({ text: String(error), width: 0 }));`);
}

/** Writes `text` to a file called `name` in a new temporary folder, removed when the test ends, and returns its path. */
export function tempFile(name: string, text: string): string {
	const folder = mkdtempSync(join(tmpdir(), 'rebalance-webkit-'));
	onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
	const path = join(folder, name);
	writeFileSync(path, text);
	return path;
}

/** Share codes from four people: each feels 10, 40, 70 or 90 on every source, and has 100 less than that as actual. */
const fourCodes = () => [10, 40, 70, 90].map((level) => standardCode(six(level, 100 - level)));

/** Opens the group screen and pastes in fourCodes, with words around them as a message would have, until all four are in. */
export async function openGroupOfFour(page: WebKitPage): Promise<void> {
	await page.goto('/group');
	await page.type('#paste', `Here are ours: ${fourCodes().join(', ')}`);
	await page.click('button', 'Add codes');
	await page.waitFor(`return document.body.textContent.includes('4 codes collected')`, 'four codes');
}
