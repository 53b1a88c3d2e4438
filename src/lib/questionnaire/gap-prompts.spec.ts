import { describe, expect, it } from 'vitest';
import { describeGapPrompts } from './gap-prompt-suite.test-helper';
import { GAP_PROMPTS, gapPrompt } from './gap-prompts';

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
