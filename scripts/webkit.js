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

const children = [];
let stopping = false;

/**
 * Starts a program in its own process group, so that stopping it also stops what it started
 * (the browser and its web processes), and keeps the last of its error output.
 */
function start(command, args, { env = process.env, stdio = ['ignore', 'ignore', 'pipe'] } = {}) {
	const child = spawn(command, args, { env, stdio, detached: true });
	child.errorOutput = '';
	child.stderr?.on('data', (data) => (child.errorOutput = (child.errorOutput + data).slice(-4000)));
	child.exited = new Promise((done) => {
		child.once('exit', (code, signal) => done(signal ?? code));
		child.once('error', (error) => done(error.message));
	});
	children.push(child);
	return child;
}

/** True until the program has exited (or failed to start). */
const running = (child) => child.pid !== undefined && child.exitCode === null && child.signalCode === null;

/** Sends `signal` to each program's whole process group, which can outlive the program that led it. */
function signalAll(signal) {
	for (const child of children.filter((started) => started.pid !== undefined)) {
		try {
			process.kill(-child.pid, signal);
		} catch {
			// The group has gone already.
		}
	}
}

/** Stops every program started here, forcefully for any still running after three seconds. */
async function stopAll() {
	stopping = true;
	signalAll('SIGTERM');
	const late = setTimeout(() => signalAll('SIGKILL'), 3000);
	await Promise.all(children.map((child) => child.exited));
	clearTimeout(late);
}

/** Starts Xvfb on a free display and resolves to its name, such as ":1". */
function startDisplay() {
	const xvfb = start(tools.display, ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], {
		stdio: ['ignore', 'ignore', 'pipe', 'pipe']
	});
	return new Promise((done, fail) => {
		const late = setTimeout(() => fail(new Error(`Xvfb had no display after ten seconds:\n${xvfb.errorOutput}`)), 10_000);
		xvfb.stdio[3]?.once('data', (data) => {
			clearTimeout(late);
			done(`:${String(data).trim()}`);
		});
		void xvfb.exited.then((why) => {
			clearTimeout(late);
			fail(new Error(`Xvfb stopped (${why}) before it had a display:\n${xvfb.errorOutput}`));
		});
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

/** Resolves once the WebDriver server answers; fails as soon as it stops, or after ten seconds. */
async function whenReady(driver, url) {
	let stopped = null;
	void driver.exited.then((why) => (stopped = why));
	for (let tries = 0; tries < 100 && stopped === null; tries++) {
		if (await fetch(`${url}/status`).then((reply) => reply.ok, () => false)) return;
		await new Promise((wait) => setTimeout(wait, 100));
	}
	const what = stopped === null ? `did not answer at ${url}` : `stopped (${stopped}) before it answered`;
	throw new Error(`WebKitWebDriver ${what}:\n${driver.errorOutput}`);
}

/** Runs the journeys and resolves to Vitest's exit code. */
async function runJourneys(appUrl) {
	const display = await startDisplay();
	const port = await freePort();
	// GDK_BACKEND and no WAYLAND_DISPLAY: the browser opens on the virtual display, never on a desktop's own screen.
	const { WAYLAND_DISPLAY, ...env } = process.env;
	const driver = start(tools.driver, [`--port=${port}`], { env: { ...env, DISPLAY: display, GDK_BACKEND: 'x11' } });
	const driverUrl = `http://127.0.0.1:${port}`;
	await whenReady(driver, driverUrl);
	const vitest = start(
		process.execPath,
		[resolve('node_modules/vitest/vitest.mjs'), 'run', '-c', 'tests/webkit/vitest.config.ts', `--outputFile=${resolve('test-results/webkit.json')}`, ...process.argv.slice(2)],
		{ stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, APP_URL: appUrl, WEBDRIVER_URL: driverUrl } }
	);
	const code = await vitest.exited;
	if (!running(driver) && !stopping) console.error(`WebKitWebDriver stopped during the journeys:\n${driver.errorOutput}`);
	return typeof code === 'number' ? code : 1;
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
	process.once(signal, () => {
		console.error(`\nStopping the WebKit journeys (${signal}).`);
		void stopAll().finally(() => process.exit(code));
	});
}
// Last resort for an exit nobody planned: still leave no browser or display behind.
process.once('exit', () => stopping || signalAll('SIGKILL'));

const { server, url } = await startStaticServer({ port: 0 });
let code = 1;
try {
	code = await runJourneys(url);
} catch (error) {
	console.error(String(error?.message ?? error));
} finally {
	await stopAll();
	server.close();
}
process.exit(code);
