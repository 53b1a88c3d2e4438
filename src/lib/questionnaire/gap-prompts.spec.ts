import { describe, expect, it } from 'vitest';
import { choosePrompt, type GapCard } from './gap-prompt-choice';
import { describeGapPrompts } from './gap-prompt-suite.test-helper';
import { GAP_PROMPTS, gapPrompt, promptKind, type ResultsPromptKind } from './gap-prompts';
import { gapDirection } from './scoring';
import { STANDARD_SOURCE_IDS } from './types';

const KINDS: readonly ResultsPromptKind[] = ['feel-less', 'feel-more', 'aligned', 'both-low'];
const prompt = (card: GapCard<ResultsPromptKind>) => choosePrompt(GAP_PROMPTS, card);

describeGapPrompts('the results page’s gap prompts', 'you', GAP_PROMPTS, prompt, 'the results', KINDS);

/** A results-page gap for `sourceId` with these two readings, its direction worked out as the results page does. */
const gapOf = (sourceId: string, perceived: number, actual: number) => ({
	sourceId,
	name: sourceId,
	perceived,
	actual,
	direction: gapDirection(perceived - actual)
});

describe('the results page’s gap prompts, side by side', () => {
	it('gives three sources that all feel less powerful three different prompts', () => {
		const prompts = ['educational', 'monetary', 'position'].map((sourceId) => gapPrompt(gapOf(sourceId, 20, 70)));
		expect(new Set(prompts).size).toBe(3);
	});
});

describe('promptKind', () => {
	it.each<[number, number, ResultsPromptKind]>([
		[0, 0, 'both-low'],
		[25, 30, 'both-low'],
		[34, 26, 'both-low'],
		[35, 30, 'aligned'],
		[30, 38, 'aligned'],
		[50, 50, 'aligned'],
		[100, 95, 'aligned'],
		[30, 5, 'both-low'],
		[34, 10, 'both-low'],
		[0, 30, 'feel-less'],
		[5, 34, 'feel-less'],
		[0, 40, 'feel-less'],
		[40, 0, 'feel-more'],
		[0, 100, 'feel-less']
	])('feeling %i and facts %i take the %s prompt', (perceived, actual, kind) => {
		expect(promptKind(gapOf('educational', perceived, actual))).toBe(kind);
	});
});

// Asking someone with no qualifications, no organisation and no money who might struggle to
// follow them would talk down to the very people the tool hopes to strengthen.
describe('the results page’s gap prompts, where feeling and facts are both low or both high', () => {
	it.each([...STANDARD_SOURCE_IDS, 'custom-1'])('%s asks something else when both readings are low than when both are high', (sourceId) => {
		expect(gapPrompt(gapOf(sourceId, 0, 5))).not.toBe(gapPrompt(gapOf(sourceId, 100, 95)));
		expect(gapPrompt(gapOf(sourceId, 0, 5))).toBe(gapPrompt(gapOf(sourceId, 25, 30)));
	});

	it.each(STANDARD_SOURCE_IDS)('%s, both low, asks about what the person brings, not about others who might struggle', (sourceId) => {
		expect(gapPrompt(gapOf(sourceId, 0, 0))).not.toMatch(/\b(struggle|help (them|others|everyone)|welcome)\b/i);
	});
});

// The facts often sit low for people without a job, money or a title, so a prompt that opens by
// doubting what they feel would talk down the very people the tool hopes to strengthen.
describe('the results page’s gap prompts, for feeling more power than the facts show', () => {
	it.each(STANDARD_SOURCE_IDS)('%s opens on what the person brings, not a doubt about it', (sourceId) => {
		const [opening] = prompt({ sourceId, name: sourceId, direction: 'feel-more' }).split(/(?<=[.?!])\s+/);
		expect(opening).not.toMatch(/\b(not|less|smaller|seems?|but|yet|may)\b/i);
	});
});
