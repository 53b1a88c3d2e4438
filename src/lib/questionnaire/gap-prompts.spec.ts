import { describe, expect, it } from 'vitest';
import { describeGapPrompts } from './gap-prompt-suite.test-helper';
import { GAP_PROMPTS, gapPrompt } from './gap-prompts';
import { STANDARD_SOURCE_IDS } from './types';

describeGapPrompts('the results page’s gap prompts', 'you', GAP_PROMPTS, gapPrompt, 'the results');

describe('the results page’s gap prompts, side by side', () => {
	it('gives three sources that all feel less powerful three different prompts', () => {
		const cards = (['educational', 'monetary', 'position'] as const).map((sourceId) => ({
			sourceId,
			name: sourceId,
			direction: 'feel-less' as const
		}));
		expect(new Set(cards.map(gapPrompt)).size).toBe(3);
	});
});

// The facts often sit low for people without a job, money or a title, so a prompt that opens by
// doubting what they feel would talk down the very people the tool hopes to strengthen.
describe('the results page’s gap prompts, for feeling more power than the facts show', () => {
	it.each(STANDARD_SOURCE_IDS)('%s opens on what the person brings, not a doubt about it', (sourceId) => {
		const [opening] = gapPrompt({ sourceId, name: sourceId, direction: 'feel-more' }).split(/(?<=[.?!])\s+/);
		expect(opening).not.toMatch(/\b(not|less|smaller|seems?|but|yet|may)\b/i);
	});
});
