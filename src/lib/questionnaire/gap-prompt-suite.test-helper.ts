// The checks every set of gap prompts passes, whoever reads it: shared by the results page's
// prompts ("you") and the group screen's ("we").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GapCard, GapPromptSet } from './gap-prompt-choice';
import { CUSTOM_NAMES, gapPage, openingOf, promptProblems, sameCustomCards, standardCards } from './prompt-style.test-helper';

/** Describes `set`'s prompts for each of `kinds` of gap, as `prompt` picks them for a card, read in `voice` on `page`. */
export function describeGapPrompts<Kind extends string>(
	title: string,
	voice: 'you' | 'we',
	set: GapPromptSet<Kind>,
	prompt: (card: GapCard<Kind>) => string,
	page: string,
	kinds: readonly Kind[]
): void {
	const standard = standardCards(kinds).map((card) => [card.sourceId, card.direction, prompt(card)] as const);
	const custom = kinds.flatMap((direction) =>
		[1, 2, 3, 4].map((n) => [n, direction, prompt({ sourceId: `custom-${n}`, name: 'Lived experience', direction })] as const)
	);

	describe(title, () => {
		it.each(standard)(`%s, %s, has its own prompt that reads plainly in "${voice}"`, (_, __, text) => {
			expect(promptProblems(text, voice)).toEqual([]);
		});

		it.each(custom)(`extra source %i, %s, names the source in quotes and reads plainly in "${voice}"`, (_, __, text) => {
			expect(text).toContain('“Lived experience”');
			expect(promptProblems(text, voice)).toEqual([]);
		});

		it.each(CUSTOM_NAMES)('every wording reads well with an extra source called %j', (name) => {
			for (const direction of kinds)
				for (const card of sameCustomCards(4, name, direction)) expect(prompt(card)).toContain(`“${name}”`);
		});

		it('never gives two standard sources, or two directions, the same words, and keeps quotes for extra sources', () => {
			const texts = standard.map(([, , text]) => text);
			expect(texts).toHaveLength(6 * kinds.length);
			expect(new Set(texts).size).toBe(texts.length);
			for (const text of texts) expect(text).not.toContain('“');
			expect(Object.keys(set.standard)).toHaveLength(6);
		});

		it.each(kinds)('opens every %s prompt in its own way', (direction) => {
			const cards = [...standardCards(kinds), ...sameCustomCards(4, 'Networks', direction)];
			const openings = cards.filter((card) => card.direction === direction).map((card) => openingOf(prompt(card)));
			expect(new Set(openings).size).toBe(openings.length);
		});

		it.each(kinds)('four extra sources with the same name, all %s, read differently', (direction) => {
			const prompts = sameCustomCards(4, 'Networks', direction).map(prompt);
			expect(new Set(prompts).size).toBe(4);
		});

		it(`repeats no prompt on any page ${page} can show`, () => {
			fc.assert(
				fc.property(gapPage(kinds), (cards) => {
					const prompts = cards.map(prompt);
					expect(new Set(prompts).size).toBe(prompts.length);
				})
			);
		});
	});
}
