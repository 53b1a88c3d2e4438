// Benchmarks for the group screen with a large group (never part of `npm test`):
//  (a) finding and reading 500 share codes in a pasted chat log, in Node and in the page;
//  (b) drawing the group screen for 500 people when it opens, and switching between views.
// Codes are made with the app's own encoder, loaded through Vite so TypeScript and $lib resolve.
// Usage: node scripts/bench-group.js  (builds first when there is no build/).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { startStaticServer } from './static-server.js';

const PEOPLE = 500;
const RUNS = 5;

const executablePath = findChromium();
if (!executablePath) {
	console.error('The benchmark needs Chromium: sudo apt-get install -y chromium, or set CHROMIUM_PATH.');
	process.exit(1);
}
if (!existsSync('build/index.html')) execSync('npm run build', { stdio: 'inherit' });

const vite = await createServer({ server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'error' });
const { encodeShareCode } = await vite.ssrLoadModule('/src/lib/share/share-code.ts');
const { fingerprintNumber } = await vite.ssrLoadModule('/src/lib/share/session-fingerprint.ts');
const { findShareCodes } = await vite.ssrLoadModule('/src/lib/share/code-extraction.ts');
await vite.close();

// A fixed pseudo-random sequence, so every run draws the same group.
let state = 2024;
const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const score = () => (random() < 0.05 ? null : Math.round(random() * 100));
const codes = Array.from({ length: PEOPLE }, () =>
	encodeShareCode(fingerprintNumber(null), Array.from({ length: 6 }, () => ({ perceived: score(), actual: score() })))
);
const chat = codes
	.map((code, i) => `[${String(9 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}] Person ${i + 1}: here is my code ${code} thanks!`)
	.join('\n');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1).padStart(7)} ms`;

const nodeRuns = Array.from({ length: RUNS }, () => {
	const start = performance.now();
	const found = findShareCodes(chat);
	if (found.filter((entry) => entry.result.ok).length !== PEOPLE) throw new Error('Not every code was found.');
	return performance.now() - start;
});

const { server, url } = await startStaticServer({ port: 0 });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

/** Pastes `text` into a fresh group screen, then reloads it RUNS times and reads how long drawing took. */
async function measure(text, count) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	// Marks the first frame after the screen says it is ready, so layout and paint are counted too.
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (!document.querySelector('[data-ready]')) return;
			observer.disconnect();
			requestAnimationFrame(() => setTimeout(() => performance.mark('bench:painted')));
		}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
	});
	await page.goto(`${url}/group`);
	await page.waitForSelector('[data-ready]');
	await page.getByLabel('Paste codes').fill(text);
	const paste = await page.evaluate(async (expected) => {
		const button = [...document.querySelectorAll('button')].find((node) => node.textContent?.trim() === 'Add codes');
		const status = document.querySelector('.results > [role="status"]');
		if (!button || !status) throw new Error('The paste form was not found.');
		const start = performance.now();
		const done = new Promise((resolve) =>
			new MutationObserver((_, observer) => {
				if (!status.textContent?.includes(expected)) return;
				observer.disconnect();
				requestAnimationFrame(() => setTimeout(resolve));
			}).observe(status, { subtree: true, childList: true, characterData: true })
		);
		button.click();
		await done;
		return performance.now() - start;
	}, `${count} codes added`);

	const renders = [];
	for (let run = 0; run < RUNS; run++) {
		await page.reload();
		await page.waitForFunction(() => performance.getEntriesByName('bench:painted').length > 0);
		renders.push(
			await page.evaluate(() => {
				const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
				return {
					render: at('rebalance:group-rendered') - at('rebalance:group-data'),
					painted: at('bench:painted') - at('rebalance:group-data'),
					load: at('bench:painted'),
					outlines: document.querySelectorAll('svg[data-export] g.everyone path').length,
					elements: document.querySelectorAll('#view-panel *').length
				};
			})
		);
	}

	// Each view is switched to RUNS times, in turn, and its median kept: one switch alone varies by half.
	const views = ['Side by side', 'Source by source', 'Biggest gaps', 'Everyone together'];
	const timings = Object.fromEntries(views.map((name) => [name, []]));
	const switches = {};
	for (let run = 0; run < RUNS; run++) {
		for (const name of views) {
			const result = await page.evaluate(async (tabName) => {
				const tab = [...document.querySelectorAll('[role="tab"]')].find((node) => node.textContent?.trim() === tabName);
				const start = performance.now();
				tab?.click();
				await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
				return { ms: performance.now() - start, elements: document.querySelectorAll('#view-panel *').length };
			}, name);
			timings[name].push(result.ms);
			switches[name] = { ms: median(timings[name]), elements: result.elements };
		}
	}
	await context.close();
	return { paste, renders, switches };
}

const small = await measure(codes.slice(0, 3).join('\n'), 3);
const large = await measure(chat, PEOPLE);
await browser.close();
server.close();

const { paste: pasteMs, renders, switches } = large;
const baseline = median(small.renders.map((r) => r.render));
const last = renders.at(-1);
console.log(`\nGroup screen with ${PEOPLE} people (median of ${RUNS} runs where repeated):`);
console.log(`  (a) find and read ${PEOPLE} codes in a ${(chat.length / 1024).toFixed(0)} KiB chat, in Node  ${ms(median(nodeRuns))}`);
console.log(`  (a) paste them in the page: click "Add codes" to report shown, codes saved, group drawn  ${ms(pasteMs)}`);
console.log(`  (b) first render of the group screen (state set to DOM built)       ${ms(median(renders.map((r) => r.render)))}`);
console.log(`      the same with 3 people, for comparison                          ${ms(baseline)}`);
console.log(`  (b) ... to the next frame after it (layout and paint included)       ${ms(median(renders.map((r) => r.painted)))}`);
console.log(`      whole page load to that frame (scripts and IndexedDB included)  ${ms(median(renders.map((r) => r.load)))}`);
console.log(`      ${last.outlines} outline paths, ${last.elements} elements in the view`);
for (const [name, result] of Object.entries(switches))
	console.log(`  switch to "${name}"`.padEnd(40) + `${ms(result.ms)}  (${result.elements} elements in the view)`);
