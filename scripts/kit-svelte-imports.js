// SvelteKit's client reads two of Svelte's functions by destructuring its namespace import:
//     import * as svelte from 'svelte'; const { onMount, tick } = svelte;
// The bundler then keeps every export of Svelte, used or not, in the file every page loads: about
// 1 KiB gzipped (npm run bench). Reading the two as members says the same and lets it drop the rest.

/** Where the destructuring is: SvelteKit's client runtime. */
const KIT_CLIENT = /@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/;
const DESTRUCTURED = 'const { onMount, tick } = svelte;';
const MEMBERS = 'const onMount = svelte.onMount, tick = svelte.tick;';

/**
 * Kit's client code with the destructuring of Svelte's namespace written as member reads; any
 * other code comes back unchanged.
 * @param {string} code
 * @returns {string}
 */
export function readMembers(code) {
	return code.replace(DESTRUCTURED, MEMBERS);
}

/**
 * A Vite plugin that applies readMembers to SvelteKit's client, and warns if it finds nothing to
 * change (a SvelteKit that no longer destructures, or does it differently).
 * @returns {import('vite').Plugin}
 */
export function kitSvelteImports() {
	return {
		name: 'kit-svelte-imports',
		enforce: 'pre',
		transform(code, id) {
			if (!KIT_CLIENT.test(id)) return null;
			const changed = readMembers(code);
			if (changed === code) this.warn(`SvelteKit's client no longer has "${DESTRUCTURED}": scripts/kit-svelte-imports.js can go`);
			// One line for one line: the rest of the file keeps its place for source maps.
			return { code: changed, map: null };
		}
	};
}
