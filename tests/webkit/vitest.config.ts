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
		// Opening a WebKit window took over 60 s once on a busy 2-core machine; a slow start is not a failed journey.
		hookTimeout: 150_000
	}
});
