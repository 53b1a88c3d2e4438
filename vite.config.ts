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
		restoreMocks: true
	}
});
