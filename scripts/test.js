// The whole test suite, as `npm test` runs it: type and Svelte checks, unit and component
// tests, a production build, then end-to-end journeys in headless Chromium.
// Ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
for (const report of ['test-results/unit.json', 'test-results/e2e.json']) rmSync(report, { force: true });
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

if (run('svelte-check', 'npm', ['run', '--silent', 'check'])) passed += 1;
else failed += 1;

const unitOk = run('unit and component tests', 'npx', [
	'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'
]);
const unit = readJson('test-results/unit.json');
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests + (unitOk || unit.numFailedTests ? 0 : 1);
} else if (!unitOk) failed += 1;

if (run('build', 'npm', ['run', '--silent', 'build'])) {
	const e2eOk = run('end-to-end tests (headless Chromium)', 'node', ['scripts/e2e.js']);
	const e2e = readJson('test-results/e2e.json');
	if (e2e?.stats) {
		passed += e2e.stats.expected;
		failed += e2e.stats.unexpected + e2e.stats.flaky + (e2eOk || e2e.stats.unexpected ? 0 : 1);
	} else if (!e2eOk) failed += 1;
} else failed += 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
