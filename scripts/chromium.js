// Finds the Chromium that end-to-end tests and benchmarks drive.
import { existsSync } from 'node:fs';

/** The path to Chromium: CHROMIUM_PATH, or Debian's /usr/bin/chromium, or null. */
export function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	return candidates.find((path) => path && existsSync(path)) ?? null;
}

/** Flags that keep headless Chromium quiet on a machine with no internet. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
