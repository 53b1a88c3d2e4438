import { describe, expect, it } from 'vitest';
import { describeGapPrompts } from '$lib/questionnaire/gap-prompt-suite.test-helper';
import { choosePrompt } from '$lib/questionnaire/gap-prompt-choice';
import { GAP_PROMPTS } from '$lib/questionnaire/gap-prompts';
import { DIRECTIONS, sameCustomCards, standardCards } from '$lib/questionnaire/prompt-style.test-helper';
import { GROUP_GAP_PROMPTS, groupGapPrompt } from './group-gap-prompts';

describeGapPrompts('the group screen’s gap prompts', 'we', GROUP_GAP_PROMPTS, groupGapPrompt, 'the group screen', DIRECTIONS);

describe('the group screen’s gap prompts, beside one person’s', () => {
	it('differs from what one person reads alone about the same gap', () => {
		for (const card of [...standardCards(), ...DIRECTIONS.flatMap((d) => sameCustomCards(4, 'Faith', d))])
			expect(groupGapPrompt(card)).not.toBe(choosePrompt(GAP_PROMPTS, card));
	});

	it('gives four standard sources that all feel less powerful four different prompts', () => {
		const cards = (['educational', 'institutional', 'monetary', 'class'] as const).map((sourceId) => ({
			sourceId,
			name: sourceId,
			direction: 'feel-less' as const
		}));
		expect(new Set(cards.map(groupGapPrompt)).size).toBe(4);
	});
});
