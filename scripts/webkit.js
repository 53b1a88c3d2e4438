// Runs the WebKit journeys (tests/webkit) against build/: WebKitGTK, Safari's engine, driven
// through its WebDriver server on a virtual display. Usage: node scripts/webkit.js [vitest args].
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { startStaticServer } from './static-server.js';
import { WEBKIT_INSTALL, findWebKitTools } from './webkit-tools.js';

const tools = findWebKitTools();
if (!tools) {
	console.error(`\nThe WebKit journeys need WebKitWebDriver and Xvfb. Install them with:  ${WEBKIT_INSTALL}\n`);
	process.exit(1);
}
if (!existsSync('build/index.html')) {
	console.error('No build found: run `npm run build` before the WebKit journeys.');
	process.exit(1);
}

/** Starts Xvfb on a free display and resolves to its name, such as ":1". */
function startDisplay() {
	const xvfb = spawn(tools.display, ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], {
		stdio: ['ignore', 'ignore', 'ignore', 'pipe']
	});
	return new Promise((done, fail) => {
		xvfb.stdio[3].once('data', (data) => done({ xvfb, name: `:${String(data).trim()}` }));
		xvfb.once('exit', (code) => fail(new Error(`Xvfb stopped (${code}) before it had a display`)));
	});
}

/** A TCP port nobody is listening on just now. */
function freePort() {
	return new Promise((done) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => done(port));
		});
	});
}

/** Resolves once the WebDriver server answers, or fails after ten seconds. */
async function whenReady(url) {
	for (let tries = 0; tries < 100; tries++) {
		if (await fetch(`${url}/status`).then((reply) => reply.ok, () => false)) return;
		await new Promise((wait) => setTimeout(wait, 100));
	}
	throw new Error(`WebKitWebDriver did not answer at ${url}`);
}

const display = await startDisplay();
const port = await freePort();
const driver = spawn(tools.driver, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display.name } });
const { server, url } = await startStaticServer({ port: 0 });
const stop = () => {
	driver.kill();
	display.xvfb.kill();
	server.close();
};
try {
	await whenReady(`http://127.0.0.1:${port}`);
} catch (error) {
	console.error(String(error));
	stop();
	process.exit(1);
}
const vitest = spawn(
	'npx',
	['vitest', 'run', '-c', 'tests/webkit/vitest.config.ts', `--outputFile=${resolve('test-results/webkit.json')}`, ...process.argv.slice(2)],
	{ stdio: 'inherit', env: { ...process.env, APP_URL: url, WEBDRIVER_URL: `http://127.0.0.1:${port}` } }
);
vitest.on('exit', (code) => {
	stop();
	process.exit(code ?? 1);
});
