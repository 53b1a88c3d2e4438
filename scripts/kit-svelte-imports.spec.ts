import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kitSvelteImports, readMembers } from './kit-svelte-imports.js';

const KIT_CLIENT = join(process.cwd(), 'node_modules/@sveltejs/kit/src/runtime/client/client.js');

describe('readMembers', () => {
	it.each([
		['the destructuring', "import * as svelte from 'svelte';\nconst { onMount, tick } = svelte;\ntick();", "import * as svelte from 'svelte';\nconst onMount = svelte.onMount, tick = svelte.tick;\ntick();"],
		['code without it', 'const { a, b } = other;', 'const { a, b } = other;'],
		['a different destructuring of svelte', 'const { tick } = svelte;', 'const { tick } = svelte;']
	])('rewrites only %s', (_name, code, expected) => {
		expect(readMembers(code)).toBe(expected);
	});

	it('finds the destructuring in the SvelteKit installed, and keeps its line count', () => {
		const client = readFileSync(KIT_CLIENT, 'utf8');
		const changed = readMembers(client);
		expect(changed).not.toBe(client);
		expect(changed.split('\n')).toHaveLength(client.split('\n').length);
		expect(changed).not.toMatch(/const \{[^}]*\} = svelte;/);
	});
});

describe('kitSvelteImports', () => {
	const transform = (code: string, id: string) => {
		const warnings: string[] = [];
		const plugin = kitSvelteImports();
		const hook = plugin.transform as (this: unknown, code: string, id: string) => { code: string } | null;
		const result = hook.call({ warn: (message: string) => warnings.push(message) }, code, id);
		return { result, warnings };
	};

	it('changes SvelteKit’s client and nothing else', () => {
		const code = 'const { onMount, tick } = svelte;';
		expect(transform(code, '/app/node_modules/@sveltejs/kit/src/runtime/client/client.js').result?.code).toBe(readMembers(code));
		expect(transform(code, '/app/src/routes/+page.svelte').result).toBeNull();
	});

	it('warns when SvelteKit’s client has nothing to change', () => {
		const { warnings } = transform('const x = 1;', 'C:\\app\\node_modules\\@sveltejs\\kit\\src\\runtime\\client\\client.js');
		expect(warnings).toEqual([expect.stringContaining('scripts/kit-svelte-imports.js can go')]);
	});
});
