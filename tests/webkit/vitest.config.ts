// The WebKit journeys (scripts/webkit.js runs them): Node drives one browser window, one journey at a time.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) } },
	test: {
		include: ['tests/webkit/*.spec.ts'],
		environment: 'node',
		reporters: ['default', 'json'],
		fileParallelism: false,
		testTimeout: 120_000,
		// Room for WebKitPage.open's three tries of 40 s at opening a window, which a busy CI machine has needed.
		hookTimeout: 150_000
	}
});
