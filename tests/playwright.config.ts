/// <reference types="node" />
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from '../scripts/chromium.js';

export default defineConfig({
	testDir: './e2e',
	outputDir: '../test-results',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 5_000 },
	reporter: [['list'], ['json', { outputFile: '../test-results/e2e.json' }]],
	use: {
		baseURL: process.env.BASE_URL,
		browserName: 'chromium',
		launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: CHROMIUM_ARGS },
		trace: 'off'
	}
});
