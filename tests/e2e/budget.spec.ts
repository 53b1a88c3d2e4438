import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, gotoHydrated, test } from './fixtures';

const BUILD = new URL('../../build', import.meta.url).pathname;

/** Every script the pages at `paths` load, in one visit after another. */
async function scriptsLoadedBy(page: Page, paths: string[]): Promise<Set<string>> {
	const scripts = new Set<string>();
	page.on('request', (request) => {
		const { pathname } = new URL(request.url());
		if (pathname.endsWith('.js')) scripts.add(pathname);
	});
	for (const path of paths) {
		// 'load' covers the scripts in the page and their static imports. The root layout's onMount
		// (which records the version seen) runs once the whole page has hydrated, after the page's
		// own onMount; the layout then opens the database, which needs a chunk only if IndexedDB is
		// refused. Waiting for both, rather than for a quiet network, counts every script the page
		// needs without depending on how fast anything is.
		await gotoHydrated(page, path);
		await page.waitForFunction(async () => (await indexedDB.databases()).some((db) => db.name === 'rebalance'));
	}
	return scripts;
}

const gzippedKiB = (scripts: Set<string>) =>
	[...scripts].reduce((sum, script) => sum + gzipSync(readFileSync(BUILD + script), { level: 9 }).length, 0) / 1024;

// Issue 2's budget, for the first page anyone sees and for the journey that issue set out (a
// person's own reflection, its results and their data); `npm run bench` prints every page's
// figure and the whole app's. Sizes, not times: the same build always gives the same number.
const BUDGETS: [string, string[], number][] = [
	['the landing page', ['/'], 40],
	['a reflection from start to results, with the data page', ['/', '/reflect', '/results', '/data'], 80]
];

for (const [name, paths, kib] of BUDGETS) {
	test(`${name} loads at most ${kib} KiB of gzipped JavaScript`, async ({ page }) => {
		const scripts = await scriptsLoadedBy(page, paths);
		expect(scripts.size).toBeGreaterThan(0);
		expect(gzippedKiB(scripts), `gzipped JavaScript of ${[...scripts].join(', ')}`).toBeLessThanOrEqual(kib);
	});
}
