import { describe, expect, it } from 'vitest';
import { STANDARD_SOURCE_IDS } from '$lib/questionnaire/types';
import { CUSTOM_SOURCE_SUGGESTIONS, unusedSuggestions } from './custom-suggestions';
import { validateSession } from './session-validate';

const names = (specs: { name: string }[]) => specs.map((spec) => spec.name);

describe('CUSTOM_SOURCE_SUGGESTIONS', () => {
	it('offers the extra sources the source text names', () => {
		expect(names([...CUSTOM_SOURCE_SUGGESTIONS])).toEqual(['Lived experience', 'Language', 'Networks', 'Digital access']);
	});

	it('all fit in one session together and pass every check', () => {
		const settings = { title: 'T', welcome: '', date: null, sources: [...STANDARD_SOURCE_IDS], custom: [...CUSTOM_SOURCE_SUGGESTIONS], threshold: 3 };
		expect(validateSession(settings).ok).toBe(true);
	});

	it.each(CUSTOM_SOURCE_SUGGESTIONS.map((spec) => [spec.name, spec.description]))('%s has a one-sentence description', (_, description) => {
		expect(description.split(/[.!?](\s|$)/).filter((part) => part && part.trim()).length).toBe(1);
	});
});

describe('unusedSuggestions', () => {
	it.each([
		['nothing added', [], ['Lived experience', 'Language', 'Networks', 'Digital access']],
		['one added with other capitals and spaces', [{ name: ' networks ', description: '' }], ['Lived experience', 'Language', 'Digital access']],
		['an unrelated source added', [{ name: 'Faith', description: '' }], ['Lived experience', 'Language', 'Networks', 'Digital access']],
		['all added', [...CUSTOM_SOURCE_SUGGESTIONS], []]
	])('with %s', (_, custom, expected) => {
		expect(names(unusedSuggestions(custom))).toEqual(expected);
	});
});
