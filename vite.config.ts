import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit(), svelteTesting()],
	build: {
		rolldownOptions: { checks: { pluginTimings: false } }
	},
	test: {
		environment: 'jsdom',
		include: ['src/**/*.spec.ts'],
		setupFiles: ['tests/setup.ts'],
		restoreMocks: true,
		// Property tests run thousands of cases; a busy 2-core machine needs the room.
		testTimeout: 60_000
	}
});
