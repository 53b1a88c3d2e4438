import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAP_PROMPTS, gapPrompt } from './gap-prompts';
import {
	CUSTOM_NAMES,
	DIRECTIONS,
	gapPage,
	openingOf,
	promptProblems,
	sameCustomCards,
	standardCards
} from './prompt-style.test-helper';

const standard = standardCards().map((card) => [card.sourceId, card.direction, gapPrompt(card)] as const);
const custom = DIRECTIONS.flatMap((direction) =>
	[1, 2, 3, 4].map((n) => [n, direction, gapPrompt({ sourceId: `custom-${n}`, name: 'Lived experience', direction })] as const)
);

describe('the results page’s gap prompts', () => {
	it.each(standard)('%s, %s, has its own prompt that reads plainly to "you"', (_, __, prompt) => {
		expect(promptProblems(prompt, 'you')).toEqual([]);
	});

	it.each(custom)('extra source %i, %s, names the source in quotes and reads plainly to "you"', (_, __, prompt) => {
		expect(prompt).toContain('“Lived experience”');
		expect(promptProblems(prompt, 'you')).toEqual([]);
	});

	it.each(CUSTOM_NAMES)('every wording reads well with an extra source called %j', (name) => {
		for (const direction of DIRECTIONS)
			for (const card of sameCustomCards(4, name, direction)) expect(gapPrompt(card)).toContain(`“${name}”`);
	});

	it('never gives two standard sources, or two directions, the same words, and keeps quotes for extra sources', () => {
		const texts = standard.map(([, , prompt]) => prompt);
		expect(texts).toHaveLength(18);
		expect(new Set(texts).size).toBe(texts.length);
		for (const text of texts) expect(text).not.toContain('“');
		expect(Object.keys(GAP_PROMPTS.standard)).toHaveLength(6);
	});

	it.each(DIRECTIONS)('opens every %s prompt in its own way', (direction) => {
		const cards = [...standardCards(), ...sameCustomCards(4, 'Networks', direction)];
		const openings = cards.filter((card) => card.direction === direction).map((card) => openingOf(gapPrompt(card)));
		expect(new Set(openings).size).toBe(openings.length);
	});

	it('gives three sources that all feel less powerful three different prompts', () => {
		const cards = (['educational', 'monetary', 'position'] as const).map((sourceId) => ({
			sourceId,
			name: sourceId,
			direction: 'feel-less' as const
		}));
		expect(new Set(cards.map(gapPrompt)).size).toBe(3);
	});

	it.each(DIRECTIONS)('four extra sources with the same name, all %s, read differently', (direction) => {
		const prompts = sameCustomCards(4, 'Networks', direction).map(gapPrompt);
		expect(new Set(prompts).size).toBe(4);
	});

	it('repeats no prompt on any page the results can show', () => {
		fc.assert(
			fc.property(gapPage, (cards) => {
				const prompts = cards.map(gapPrompt);
				expect(new Set(prompts).size).toBe(prompts.length);
			})
		);
	});
});
