import { describe, expect, it } from 'vitest';
import { REFLECTION_PROMPTS, reflectionPrompts } from './reflection-prompts';

describe('REFLECTION_PROMPTS', () => {
	it('has four prompts with unique ids', () => {
		const ids = REFLECTION_PROMPTS.map((prompt) => prompt.id);
		expect(ids).toHaveLength(4);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it.each(REFLECTION_PROMPTS.map((prompt) => [prompt.id, prompt] as const))(
		'%s asks a question and gives a hint',
		(_, prompt) => {
			expect(prompt.text.trim().endsWith('?')).toBe(true);
			expect(prompt.hint.trim()).not.toBe('');
		}
	);
});

describe('reflectionPrompts', () => {
	const STANDARD = ['Education', 'Organisation', 'Money', 'Class and background', 'Role', 'Authority'];
	const whereFrom = (names: string[]) => reflectionPrompts(names)[0]!.hint;

	it.each([
		['the standard six', STANDARD, ['lived experience', 'language', 'who you know'], []],
		['a session asking about lived experience', [...STANDARD, 'Lived experience'], ['language', 'who you know'], ['lived experience']],
		['a facilitator’s own wording', [...STANDARD, 'Lived experience of caring for someone', 'Knowing the right people'], ['language'], ['lived experience', 'who you know']],
		['networks and language', [...STANDARD, 'Networks', 'Language'], ['lived experience'], ['language', 'who you know']],
		['all three', ['Money', 'Lived experience', 'Language', 'Networks'], [], ['lived experience', 'language', 'who you know']]
	])('%s: the first hint gives as examples only sources not asked about', (_name, names, given, left) => {
		const hint = whereFrom(names);
		for (const example of given) expect(hint).toContain(example);
		for (const example of left) expect(hint).not.toContain(example);
		expect(hint).toMatch(/^Think about the answers you gave, and about sources the questions did not ask about[^.]*\.$/);
		expect(hint).not.toMatch(/like\.|, or |like or /);
	});

	it('leaves the other prompts as they are', () => {
		const prompts = reflectionPrompts([...STANDARD, 'Lived experience']);
		expect(prompts.slice(1)).toEqual(REFLECTION_PROMPTS.slice(1));
		expect(prompts.map((prompt) => prompt.id)).toEqual(REFLECTION_PROMPTS.map((prompt) => prompt.id));
	});
});
