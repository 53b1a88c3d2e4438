// Runs the Playwright journeys against build/, served by the project's own static server.
// Usage: node scripts/e2e.js [playwright args]. Expects `npm run build` to have run.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.js';
import { startStaticServer } from './static-server.js';

const chromium = findChromium();
if (!chromium) {
	console.error(
		'\nEnd-to-end tests need Chromium, and none was found.\n' +
			'Install it with:  sudo apt-get install -y chromium\n' +
			'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run `npm test` again.\n'
	);
	process.exit(1);
}
if (!existsSync('build/index.html')) {
	console.error('No build found: run `npm run build` before the end-to-end tests.');
	process.exit(1);
}

const { server, url } = await startStaticServer({ port: 0 });
const child = spawn(
	'npx',
	['playwright', 'test', '-c', 'tests/playwright.config.ts', ...process.argv.slice(2)],
	{ stdio: 'inherit', env: { ...process.env, BASE_URL: url, CHROMIUM_PATH: chromium } }
);
child.on('exit', (code) => {
	server.close();
	process.exit(code ?? 1);
});
