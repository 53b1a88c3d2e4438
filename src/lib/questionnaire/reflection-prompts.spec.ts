import { describe, expect, it } from 'vitest';
import { GAP_PROMPTS, REFLECTION_PROMPTS, gapPrompt, type GapDirection } from './reflection-prompts';

const DIRECTIONS: GapDirection[] = ['feel-less', 'feel-more', 'aligned'];

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

describe('gapPrompt', () => {
	it('covers every direction', () => {
		expect(Object.keys(GAP_PROMPTS).sort()).toEqual([...DIRECTIONS].sort());
	});

	it.each(DIRECTIONS)('invites a question for %s', (direction) => {
		expect(gapPrompt(direction).trim().endsWith('?')).toBe(true);
	});

	it.each(DIRECTIONS)('does not tell the person what to do for %s', (direction) => {
		expect(gapPrompt(direction)).not.toMatch(/\b(should|must|ought|need to)\b/i);
	});

	it('gives each direction its own words', () => {
		const texts = DIRECTIONS.map((direction) => gapPrompt(direction));
		expect(new Set(texts).size).toBe(DIRECTIONS.length);
	});
});
