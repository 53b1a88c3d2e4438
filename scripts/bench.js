// Benchmarks for the built app (never part of `npm test`): gzipped JavaScript that each
// prerendered page loads in headless Chromium, and the whole build's JavaScript in total.
// Usage: npm run bench  (builds first when there is no build/).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { startStaticServer } from './static-server.js';

const executablePath = findChromium();
if (!executablePath) {
	console.error('The benchmark needs Chromium: sudo apt-get install -y chromium, or set CHROMIUM_PATH.');
	process.exit(1);
}
if (!existsSync('build/index.html')) execSync('npm run build', { stdio: 'inherit' });

const gzipKiB = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const walk = (dir) =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]
	);

const pages = walk('build')
	.filter((file) => file.endsWith('.html') && !file.endsWith('200.html'))
	.map((file) => '/' + relative('build', file).replace(/(index)?\.html$/, ''))
	.sort();

const { server, url } = await startStaticServer({ port: 0 });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const rows = [];
for (const path of pages) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const scripts = new Set();
	page.on('request', (request) => {
		const { pathname } = new URL(request.url());
		if (pathname.endsWith('.js')) scripts.add(pathname);
	});
	// As tests/e2e/budget.spec.ts does: a quiet network alone can come before a slow machine has hydrated the page and
	// opened the database (one run gave /results 46.6 KiB, the next 62.9), so wait for both, then for quiet.
	await page.goto(url + path, { waitUntil: 'load' });
	await page.waitForFunction(() => localStorage.getItem('rebalance-version') !== null);
	await page.waitForFunction(async () => (await indexedDB.databases()).some((db) => db.name === 'rebalance'));
	await page.waitForLoadState('networkidle');
	const kib = [...scripts].reduce((sum, script) => sum + gzipKiB(join('build', script)), 0);
	rows.push({ route: path, scripts, kib });
	await context.close();
}
await browser.close();
server.close();

// The service worker is the app's JavaScript too, so it counts; on the first visit it fetches
// every file of the build for offline use, which is what a first visit costs in all.
const allJs = walk('build').filter((file) => file.endsWith('.js'));
const total = allJs.reduce((sum, file) => sum + gzipKiB(file), 0);
const byType = (extension) => walk('build').filter((file) => file.endsWith(extension)).reduce((sum, file) => sum + gzipKiB(file), 0);
const firstVisit = { css: byType('.css'), html: byType('.html'), other: byType('.json') + byType('.svg') };

console.log('\nGzipped JavaScript loaded per route (level 9):');
for (const row of rows) console.log(`  ${row.route.padEnd(14)} ${row.kib.toFixed(1).padStart(6)} KiB  (${row.scripts.size} files)`);
// A participant never opens the facilitator's pages; this is all they ever load. The
// facilitator's own pages are counted apart too, for the budget split proposed in issue 2.
const PARTICIPANT = ['/', '/join', '/reflect', '/results', '/data'];
const FACILITATOR = ['/', '/facilitate', '/group'];
// The journey issue 2 set out, before session links and the group screen: tests/e2e/budget.spec.ts holds it to 80 KiB.
const JOURNEY = ['/', '/reflect', '/results', '/data'];
const togetherKiB = (routes) => {
	const scripts = new Set(rows.filter((row) => routes.includes(row.route)).flatMap((row) => [...row.scripts]));
	return { kib: [...scripts].reduce((sum, script) => sum + gzipKiB(join('build', script)), 0), files: scripts.size };
};
const together = (routes) => {
	const { kib, files } = togetherKiB(routes);
	return `${kib.toFixed(1)} KiB in ${files} files`;
};
const landing = rows.find((row) => row.route === '/')?.kib ?? NaN;

console.log(`\nA participant's pages together (${PARTICIPANT.join(' ')}): ${together(PARTICIPANT)}`);
console.log(`A facilitator's pages together (${FACILITATOR.join(' ')}): ${together(FACILITATOR)}`);
console.log(`Whole app: ${total.toFixed(1)} KiB gzipped in ${allJs.length} JavaScript files (the service worker's included)`);
const cached = total + firstVisit.css + firstVisit.html + firstVisit.other;
console.log(
	`A first visit caches the whole build for offline use: ${cached.toFixed(1)} KiB gzipped ` +
		`(JavaScript ${total.toFixed(1)}, CSS ${firstVisit.css.toFixed(1)}, HTML ${firstVisit.html.toFixed(1)}, other ${firstVisit.other.toFixed(1)})`
);
const worker = gzipKiB('build/service-worker.js');
console.log(
	`\nBudget: landing page ≤ 40 KiB: ${landing.toFixed(1)} (${landing <= 40 ? 'within' : 'over'}: ` +
		`${Math.round(landing * 1024).toLocaleString('en-GB')} of 40,960 bytes; ` +
		`the service worker, ${worker.toFixed(1)} KiB, is fetched after the page has loaded)`
);
const journey = togetherKiB(JOURNEY).kib;
console.log(
	`Budget: a reflection's own pages (${JOURNEY.join(' ')}) ≤ 80 KiB: ${journey.toFixed(1)} ` +
		`(${journey <= 80 ? 'within' : 'over'}: ${Math.round(journey * 1024).toLocaleString('en-GB')} of 81,920 bytes)`
);
console.log(`Budget: whole app ≤ 80 KiB: ${total.toFixed(1)} (${total <= 80 ? 'within' : 'over'})`);
