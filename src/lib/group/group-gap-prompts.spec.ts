import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	CUSTOM_NAMES,
	DIRECTIONS,
	gapPage,
	openingOf,
	promptProblems,
	sameCustomCards,
	standardCards
} from '$lib/questionnaire/prompt-style.test-helper';
import { gapPrompt } from '$lib/questionnaire/gap-prompts';
import type { GroupGap } from './aggregate';
import { GROUP_GAP_PROMPTS, groupGapPrompt } from './group-gap-prompts';

const asGap = (card: Pick<GroupGap, 'sourceId' | 'name' | 'direction'>, index = 0): GroupGap => ({
	...card,
	index,
	perceived: 40,
	actual: 60,
	difference: -20
});
const standard = standardCards().map((card) => [card.sourceId, card.direction, groupGapPrompt(asGap(card))] as const);
const custom = DIRECTIONS.flatMap((direction) =>
	[1, 2, 3, 4].map(
		(n) => [n, direction, groupGapPrompt(asGap({ sourceId: `custom-${n}`, name: 'Lived experience', direction }))] as const
	)
);

describe('the group screen’s gap prompts', () => {
	it.each(standard)('%s, %s, has its own prompt that reads plainly as "we"', (_, __, prompt) => {
		expect(promptProblems(prompt, 'we')).toEqual([]);
	});

	it.each(custom)('extra source %i, %s, names the source in quotes and reads plainly as "we"', (_, __, prompt) => {
		expect(prompt).toContain('“Lived experience”');
		expect(promptProblems(prompt, 'we')).toEqual([]);
	});

	it.each(CUSTOM_NAMES)('every wording reads well with an extra source called %j', (name) => {
		for (const direction of DIRECTIONS)
			for (const card of sameCustomCards(4, name, direction)) expect(groupGapPrompt(asGap(card))).toContain(`“${name}”`);
	});

	it('never gives two standard sources, or two directions, the same words, and keeps quotes for extra sources', () => {
		const texts = standard.map(([, , prompt]) => prompt);
		expect(texts).toHaveLength(18);
		expect(new Set(texts).size).toBe(texts.length);
		for (const text of texts) expect(text).not.toContain('“');
		expect(Object.keys(GROUP_GAP_PROMPTS.standard)).toHaveLength(6);
	});

	it('differs from what one person reads alone about the same gap', () => {
		for (const card of [...standardCards(), ...DIRECTIONS.flatMap((d) => sameCustomCards(4, 'Faith', d))])
			expect(groupGapPrompt(asGap(card))).not.toBe(gapPrompt(card));
	});

	it.each(DIRECTIONS)('opens every %s prompt in its own way', (direction) => {
		const cards = [...standardCards(), ...sameCustomCards(4, 'Networks', direction)];
		const openings = cards
			.filter((card) => card.direction === direction)
			.map((card) => openingOf(groupGapPrompt(asGap(card))));
		expect(new Set(openings).size).toBe(openings.length);
	});

	it('gives four standard sources that all feel less powerful four different prompts', () => {
		const gaps = (['educational', 'institutional', 'monetary', 'class'] as const).map((sourceId, index) =>
			asGap({ sourceId, name: sourceId, direction: 'feel-less' }, index)
		);
		expect(new Set(gaps.map(groupGapPrompt)).size).toBe(4);
	});

	it.each(DIRECTIONS)('four extra sources with the same name, all %s, read differently', (direction) => {
		const prompts = sameCustomCards(4, 'Networks', direction).map((card) => groupGapPrompt(asGap(card)));
		expect(new Set(prompts).size).toBe(4);
	});

	it('repeats no prompt on any page the group screen can show', () => {
		fc.assert(
			fc.property(gapPage, (cards) => {
				const prompts = cards.map((card, index) => groupGapPrompt(asGap(card, index)));
				expect(new Set(prompts).size).toBe(prompts.length);
			})
		);
	});
});
