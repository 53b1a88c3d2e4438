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
	await page.goto('/', { waitUntil: 'networkidle' });
	const bytes = [...scripts].reduce((sum, script) => sum + gzipSync(readFileSync(BUILD + script), { level: 9 }).length, 0);
	expect(scripts.size).toBeGreaterThan(0);
	expect(bytes / 1024, `gzipped JavaScript of ${[...scripts].join(', ')}`).toBeLessThanOrEqual(40);
});
