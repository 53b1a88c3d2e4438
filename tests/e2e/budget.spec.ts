import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

const BUILD = new URL('../../build', import.meta.url).pathname;

// Issue 2's budget for the first page anyone sees; `npm run bench` prints every page's figure.
// Sizes, not times: the same build always gives the same number.
test('the landing page loads at most 40 KiB of gzipped JavaScript', async ({ page }) => {
	const scripts = new Set<string>();
	page.on('request', (request) => {
		const { pathname } = new URL(request.url());
		if (pathname.endsWith('.js')) scripts.add(pathname);
	});
	// 'load' covers the scripts in the page and their static imports. The root layout's onMount
	// (which records the version seen) runs once the whole page has hydrated, after the page's
	// own onMount; the page's list then opens the database, which needs a chunk only if
	// IndexedDB is refused. Waiting for both, rather than for a quiet network, counts every
	// script the page needs without depending on how fast anything is.
	await page.goto('/', { waitUntil: 'load' });
	await page.waitForFunction(() => localStorage.getItem('rebalance-version') !== null);
	await page.waitForFunction(async () => (await indexedDB.databases()).some((db) => db.name === 'rebalance'));
	const bytes = [...scripts].reduce((sum, script) => sum + gzipSync(readFileSync(BUILD + script), { level: 9 }).length, 0);
	expect(scripts.size).toBeGreaterThan(0);
	expect(bytes / 1024, `gzipped JavaScript of ${[...scripts].join(', ')}`).toBeLessThanOrEqual(40);
});
