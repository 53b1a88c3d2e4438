import { describe, expect, it } from 'vitest';
import { REFLECTION_PROMPTS } from './reflection-prompts';

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
