import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { kitSvelteImports } from './scripts/kit-svelte-imports.js';

const FRAMEWORK = /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|clsx|devalue)[\\/]/;
// What else every page loads: kit's generated root and app, the root layout and error page, the bundler's helpers.
const EVERY_PAGE = /rolldown:runtime|[\\/]generated[\\/](root\.(svelte|js)|client-optimized[\\/](app|matchers)\.js)$|src[\\/]routes[\\/]\+(layout|error)\.(ts|svelte)$/;
const LANDING_ROUTES = /src[\\/]routes[\\/]\+(page|layout)\.svelte$/;
const SHARED_CODE = /src[\\/]lib[\\/]|node_modules[\\/]/;

/** Whether a module is imported, at any depth, by the landing page or the root layout. */
function reachesLanding(id: string, importersOf: (id: string) => readonly string[], seen = new Set<string>()): boolean {
	if (LANDING_ROUTES.test(id)) return true;
	if (seen.has(id)) return false;
	seen.add(id);
	return importersOf(id).some((importer) => reachesLanding(importer, importersOf, seen));
}

export default defineConfig({
	plugins: [kitSvelteImports(), sveltekit(), svelteTesting()],
	build: {
		rolldownOptions: {
			checks: { pluginTimings: false },
			output: {
				// Left alone, the build splits into dozens of tiny files, and each compresses on its
				// own: the landing page loaded 19. One group takes it to 6 (npm run bench): Svelte with
				// SvelteKit, kit's own entry files, the root layout and the error page, and the shared code
				// the landing page needs, which most pages need too. Every page loads all of it, so one
				// file is smaller than two (0.6 KiB less on each page, 1.0 in the whole app).
				codeSplitting: {
					groups: [
						{
							name: (id, context) => {
								const importersOf = (module: string) => context.getModuleInfo(module)?.importers ?? [];
								const everywhere = FRAMEWORK.test(id) || EVERY_PAGE.test(id);
								return everywhere || (SHARED_CODE.test(id) && reachesLanding(id, importersOf)) ? 'framework' : null;
							}
						}
					]
				}
			}
		}
	},
	test: {
		setupFiles: ['tests/setup.ts'],
		restoreMocks: true,
		// Property tests run thousands of cases; a busy 2-core machine needs the room.
		testTimeout: 60_000,
		// Pure modules run in Node; only components (and the two DOM modules, marked in their
		// specs) pay for jsdom: 127 s instead of 181 s here.
		projects: [
			{ extends: true, test: { name: 'unit', environment: 'node', include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'], exclude: ['src/**/*.svelte.spec.ts'] } },
			{
				extends: true,
				test: { name: 'component', environment: 'jsdom', include: ['src/**/*.svelte.spec.ts'], setupFiles: ['tests/setup-dom.ts'] }
			}
		]
	}
});
