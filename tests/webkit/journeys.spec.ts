// The main journeys once more in WebKit, the engine of Safari on every iPhone and iPad, where
// many people will open Rebalance. Run by scripts/webkit.js, which starts the browser.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeShareCode } from '../../src/lib/share/share-code';
import { fingerprintNumber } from '../../src/lib/share/session-fingerprint';
import { type ElementRef, WebKitPage } from './webdriver';

const PHONE = { width: 390, height: 844 };
let page: WebKitPage;

// A new window for each journey, with a new empty profile, so nothing saved carries over.
beforeEach(async () => {
	page = await WebKitPage.open(process.env.WEBDRIVER_URL!, process.env.APP_URL!);
	await page.resize(PHONE.width, PHONE.height);
});

afterEach(async () => {
	try {
		expect(await page.errors()).toEqual([]);
	} finally {
		await page.close();
	}
});

const mainText = (text: string) => `return document.querySelector('main')?.textContent.includes(${JSON.stringify(text)})`;

/** Answers every question on the step shown: ratings with `rating` (1 to 5), choices with their first option. */
async function answerStep(rating: number): Promise<void> {
	const radios = await page.evaluate<ElementRef[]>(
		`return [...document.querySelectorAll('fieldset.question')].map((question) =>
			question.querySelectorAll('input[type=radio]')[question.classList.contains('rating') ? ${rating - 1} : 0])`
	);
	for (const radio of radios) await page.click(radio);
}

const checkedCount = () => page.evaluate<number>(`return document.querySelectorAll('fieldset.question input:checked').length`);

/** Waits until IndexedDB holds `count` answers: the page saves each as it is given, but a reload can outrun the write. */
async function waitForStoredAnswers(count: number): Promise<void> {
	const stored = () =>
		page.evaluateAsync<number>(`const done = arguments[0];
			const open = indexedDB.open('rebalance');
			open.onerror = () => done(-1);
			open.onsuccess = () => {
				const counted = open.result.transaction('answers').objectStore('answers').count();
				counted.onsuccess = () => done(counted.result);
				counted.onerror = () => done(-1);
				open.result.close();
			};`);
	for (let tries = 0; (await stored()) < count; tries++) {
		if (tries > 100) throw new Error(`Fewer than ${count} answers were saved`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/** Keeps every blob the page makes (a download, a picture), to read back with `savedBlob`. */
const keepBlobs = () =>
	page.evaluate(`window.__saved = []; const make = URL.createObjectURL; URL.createObjectURL = (blob) => { __saved.push(blob); return make(blob); }`);

/** Waits for a blob of `type` the page made since keepBlobs, and reads it in the page: as text, or its picture's width. */
async function savedBlob(type: string): Promise<{ text: string; width: number }> {
	await page.waitFor(`return __saved.some((blob) => blob.type === ${JSON.stringify(type)})`, type);
	return page.evaluateAsync(`const done = arguments[0];
		const blob = __saved.find((made) => made.type === ${JSON.stringify(type)});
		const width = blob.type === 'image/png' ? createImageBitmap(blob).then((bitmap) => bitmap.width) : Promise.resolve(0);
		Promise.all([blob.text(), width]).then(([text, width]) => done({ text, width }), (error) => done({ text: String(error), width: 0 }));`);
}

const tempFile = (name: string, text: string) => {
	const path = join(mkdtempSync(join(tmpdir(), 'rebalance-webkit-')), name);
	writeFileSync(path, text);
	return path;
};

describe('in WebKit', () => {
	it('walks a reflection to its chart, keeping answers and place over reloads', async () => {
		await page.goto('/');
		await page.click('a', 'Start a reflection');
		await page.type('#label', 'Carers forum');
		await page.click('button', 'Begin');
		let answered = 0;
		for (let step = 1; step <= 6; step++) {
			await page.waitFor(mainText(`Source ${step} of 6`), `source ${step}`);
			await answerStep(step % 2 ? 5 : 2);
			const questions = await page.evaluate<number>(`return document.querySelectorAll('fieldset.question').length`);
			expect(await checkedCount()).toBe(questions);
			answered += questions;
			if (step === 3) {
				const path = await page.path();
				// A reload once every answer is stored comes back to the same step with all of them.
				await waitForStoredAnswers(answered);
				await page.reload();
				await page.waitFor(mainText('Source 3 of 6'), 'source 3 again');
				expect(await page.path()).toBe(path);
				expect(await checkedCount()).toBe(questions);
			}
			await page.click('button', 'Next');
		}
		await page.waitFor(`return document.querySelector('h1')?.textContent.includes('Before you see your chart')`, 'the closing step');
		await page.type('textarea', 'My job gives me a seat at the table.');
		await page.click('button', 'See my results');

		await page.waitFor(`return document.querySelector('svg[role=img]')`, 'the chart');
		expect(await page.path()).toMatch(/^\/results\?id=/);
		const drawn = () =>
			page.evaluate<{ axes: number; rows: number; gaps: number; note: boolean }>(`
				const chart = document.querySelector('svg[role=img]');
				return {
					axes: chart.querySelectorAll('text.label').length,
					rows: [...document.querySelectorAll('table')].find((table) => table.caption?.textContent.includes('Scores by source'))?.querySelectorAll('th[scope=row]').length,
					gaps: document.querySelectorAll('section[aria-labelledby=gaps-heading] li').length,
					note: document.body.textContent.includes('My job gives me a seat at the table.')
				};`);
		expect(await drawn()).toEqual({ axes: 6, rows: 6, gaps: 6, note: true });
		await page.click('button', 'Next source');
		// Ratings of 5 on the first source make it 100 felt.
		await page.waitFor(`return document.body.textContent.includes('Education: Perceived 100')`, 'the first source read out');
		await page.reload();
		await page.waitFor(`return document.querySelector('svg[role=img]')`, 'the chart after a reload');
		expect(await drawn()).toEqual({ axes: 6, rows: 6, gaps: 6, note: true });
	});

	it('makes a session link that a participant opens with its own sources', async () => {
		await page.goto('/facilitate');
		await page.type('#field-title', 'Carers forum planning');
		await page.click('button', 'Add Lived experience');
		await page.click('button', 'Create link');
		await page.waitFor(`return [...document.querySelectorAll('h2')].some((h) => h.textContent.includes('Your link is ready'))`, 'the link');
		expect(await page.evaluate<boolean>(`return !!document.querySelector('[role=img][aria-label^="QR code"]')`)).toBe(true);
		await page.click('button', 'Copy link');
		await page.waitFor(`return [...document.querySelectorAll('[role=status]')].some((s) => s.textContent.includes('Copied'))`, 'Copied');
		const link = await page.evaluate<string>(`return document.getElementById('session-link').value`);
		expect(link).toMatch(/\/join#/);

		await page.goto(link);
		await page.waitFor(`return document.querySelector('h1')?.textContent === 'Carers forum planning'`, 'the session page');
		await page.click('button', 'Start my reflection');
		await page.waitFor(mainText('Source 1 of 7'), 'seven sources, one the facilitator added');
	});

	it('shows a group, lets every view be picked and presented, and saves a PNG', async () => {
		const codes = [10, 40, 70, 90].map((level) =>
			encodeShareCode(fingerprintNumber(null), Array.from({ length: 6 }, () => ({ perceived: level, actual: 100 - level })))
		);
		await page.resize(1280, 900);
		await page.goto('/group');
		await page.type('#paste', `Here are ours: ${codes.join(', ')}`);
		await page.click('button', 'Add codes');
		await page.waitFor(`return document.body.textContent.includes('4 codes collected')`, 'four codes');
		for (const view of ['Side by side', 'Source by source', 'Biggest gaps', 'Everyone together']) {
			await page.click('[role=tab]', view);
			await page.waitFor(`return document.querySelector('[role=tab][aria-selected=true]')?.textContent.includes(${JSON.stringify(view)})`, view);
			expect(await page.evaluate<number>(`return document.querySelectorAll('#view-panel svg').length`)).toBeGreaterThan(0);
		}
		// The picture is made on a canvas: WebKit must hand back a real PNG of the view.
		await keepBlobs();
		await page.click('button', 'Save picture (PNG)');
		expect((await savedBlob('image/png')).width).toBeGreaterThan(500);

		await page.click('button', 'Present');
		await page.waitFor(`return document.activeElement?.closest('dialog[open]')`, 'presenter mode');
		await page.evaluate(`document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }))`);
		await page.waitFor(`return document.getElementById('presenter-heading')?.textContent.includes('Side by side')`, 'the next view');
		await page.evaluate(`document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))`);
		await page.waitFor(`return document.activeElement?.textContent === 'Present'`, 'focus back on Present');
	});

	it('gives a bad link and a wrong file their own clear messages', async () => {
		await page.goto('/join#not-a-session');
		await page.waitFor(`return document.querySelector('h1')?.textContent === 'This link does not work'`, 'the broken link page');
		await page.goto('/results?id=nonsense');
		await page.waitFor(`return document.querySelector('h1')?.textContent === 'We could not find those results'`, 'the missing results page');
		await page.goto('/data');
		await page.type('input[type=file]', tempFile('not-rebalance.json', '{"hello": 1}'));
		await page.waitFor(`return document.body.textContent.includes('This is not a Rebalance download')`, 'the wrong file message');
	});

	it('downloads everything and brings it in on another device', async () => {
		await page.goto('/');
		await page.click('a', 'Start a reflection');
		await page.type('#label', 'Moving phones');
		await page.click('button', 'Begin');
		await page.waitFor(mainText('Source 1 of 6'), 'source 1');
		await answerStep(4);
		await waitForStoredAnswers(await checkedCount());
		await page.goto('/data');
		await keepBlobs();
		await page.click('button', 'Download my data');
		const { text } = await savedBlob('application/json');
		expect(text).toContain('Moving phones');

		// Another device: a new window with an empty profile.
		await page.close();
		page = await WebKitPage.open(process.env.WEBDRIVER_URL!, process.env.APP_URL!);
		await page.goto('/data');
		await page.type('input[type=file]', tempFile('rebalance-data.json', text));
		await page.click('button', 'Bring these in');
		await page.click('a', 'Go to home');
		await page.waitFor(`return [...document.querySelectorAll('h3')].some((h) => h.textContent === 'Moving phones')`, 'the reflection on the home page');
	});
});
