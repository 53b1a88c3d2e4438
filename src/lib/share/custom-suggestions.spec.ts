import { describe, expect, it } from 'vitest';
import { STANDARD_SOURCE_IDS } from '$lib/questionnaire/types';
import { CUSTOM_SOURCE_SUGGESTIONS, SUGGESTION_TEXTS, unusedSuggestions } from './custom-suggestions';
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

describe('SUGGESTION_TEXTS', () => {
	// Links already sent name these by number. If this fails, put the entry back as it was
	// and add the new words at the end of the table instead (see custom-suggestions.ts).
	it.each([
		[0, 'Lived experience', 'What you know from living through something yourself, such as using a service, caring or hard times.'],
		[1, 'Language', 'Speaking the language this group uses, including its special words, and being easily understood.'],
		[2, 'Networks', 'The people you know, and who would help you or pass on a message if you asked.'],
		[3, 'Digital access', 'Having a phone, computer and internet you can rely on, and feeling sure about using them.']
	])('keeps entry %i exactly as links already sent mean it', (id, name, description) => {
		expect(SUGGESTION_TEXTS[id]).toEqual({ name, description });
	});

	it('cannot be changed while the app runs', () => {
		expect(Object.isFrozen(SUGGESTION_TEXTS)).toBe(true);
		expect(SUGGESTION_TEXTS.every((spec) => Object.isFrozen(spec))).toBe(true);
	});

	it('offers only words from the table', () => {
		for (const spec of CUSTOM_SOURCE_SUGGESTIONS) expect(SUGGESTION_TEXTS).toContain(spec);
	});

	it.each(SUGGESTION_TEXTS.map((spec) => [spec.name, spec]))('%s passes every check as an extra source', (_, spec) => {
		const settings = { title: 'T', welcome: '', date: null, sources: [...STANDARD_SOURCE_IDS], custom: [spec], threshold: 3 };
		expect(validateSession(settings)).toEqual({ ok: true, settings });
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
