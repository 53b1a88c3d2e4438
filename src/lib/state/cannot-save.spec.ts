import { describe, expect, it } from 'vitest';
import { cannotSaveHere } from './cannot-save';
import { NEWER_VERSION_HERE } from './storage-status.svelte';

describe('cannotSaveHere', () => {
	it.each([
		['a newer version holds storage', new DOMException('newer', 'VersionError'), NEWER_VERSION_HERE],
		['the browser refuses storage', new DOMException('no', 'SecurityError'), /Check that storage is allowed/],
		['anything else', new Error('odd'), /Check that storage is allowed/]
	])('when %s, says what to do', (_name, error, said) => {
		expect(cannotSaveHere(error)).toMatch(said);
	});
});
