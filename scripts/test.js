// The whole test suite, as `npm test` runs it: type and Svelte checks, unit and component
// tests, a production build, end-to-end journeys in headless Chromium, then the main journeys
// again in WebKit when its WebDriver is installed (CI installs it and sets REQUIRE_WEBKIT=1, so
// there a missing WebKit is a failure, not a notice).
// Ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { WEBKIT_INSTALL, findWebKitTools } from './webkit-tools.js';

mkdirSync('test-results', { recursive: true });
for (const report of ['test-results/unit.json', 'test-results/e2e.json', 'test-results/webkit.json']) rmSync(report, { force: true });
let passed = 0;
let failed = 0;

function run(label, command, args) {
	console.log(`\n=== ${label} ===`);
	const result = spawnSync(command, args, { stdio: 'inherit' });
	return result.status === 0;
}

function readJson(path) {
	try {
		return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
	} catch {
		return null;
	}
}

/** Adds a Vitest JSON report's counts; a run that failed with no test failing counts as one failure. */
function countVitest(ok, path) {
	const report = readJson(path);
	if (report) {
		passed += report.numPassedTests;
		failed += report.numFailedTests + (ok || report.numFailedTests ? 0 : 1);
	} else if (!ok) failed += 1;
}

if (run('svelte-check', 'npm', ['run', '--silent', 'check'])) passed += 1;
else failed += 1;

const unitOk = run('unit and component tests', 'npx', [
	'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'
]);
countVitest(unitOk, 'test-results/unit.json');

if (run('build', 'npm', ['run', '--silent', 'build'])) {
	const e2eOk = run('end-to-end tests (headless Chromium)', 'node', ['scripts/e2e.js']);
	const e2e = readJson('test-results/e2e.json');
	if (e2e?.stats) {
		passed += e2e.stats.expected;
		failed += e2e.stats.unexpected + e2e.stats.flaky + (e2eOk || e2e.stats.unexpected ? 0 : 1);
	} else if (!e2eOk) failed += 1;
	if (findWebKitTools()) {
		countVitest(run('journeys in WebKit (Safari\'s engine)', 'node', ['scripts/webkit.js']), 'test-results/webkit.json');
	} else if (process.env.REQUIRE_WEBKIT === '1') {
		console.error(`\nThe WebKit journeys are required here (REQUIRE_WEBKIT=1) but WebKitWebDriver or Xvfb is missing: ${WEBKIT_INSTALL}`);
		failed += 1;
	} else console.log(`\nThe WebKit journeys did not run: WebKitWebDriver or Xvfb is missing (${WEBKIT_INSTALL}).`);
} else failed += 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
