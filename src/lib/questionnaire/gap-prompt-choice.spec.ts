import { describe, expect, it } from 'vitest';
import { choosePrompt, type GapPromptSet, type NamedPrompts } from './gap-prompt-choice';
import { STANDARD_SOURCE_IDS, type GapDirection } from './types';

const DIRECTIONS: GapDirection[] = ['feel-less', 'feel-more', 'aligned'];
const named = (direction: GapDirection): NamedPrompts => [
	(name) => `${direction} one ${name}?`,
	(name) => `${direction} two ${name}?`,
	(name) => `${direction} three ${name}?`,
	(name) => `${direction} four ${name}?`
];
const SET: GapPromptSet = {
	standard: Object.fromEntries(
		STANDARD_SOURCE_IDS.map((id) => [id, Object.fromEntries(DIRECTIONS.map((d) => [d, `${id} ${d}?`]))])
	) as GapPromptSet['standard'],
	custom: { 'feel-less': named('feel-less'), 'feel-more': named('feel-more'), aligned: named('aligned') }
};

describe('choosePrompt', () => {
	it.each(STANDARD_SOURCE_IDS.flatMap((id) => DIRECTIONS.map((direction) => [id, direction] as const)))(
		'gives %s its own prompt for %s, whatever the card is called',
		(sourceId, direction) => {
			expect(choosePrompt(SET, { sourceId, name: 'Anything', direction })).toBe(`${sourceId} ${direction}?`);
		}
	);

	it.each([
		['custom-1', 'feel-less one “Networks”?'],
		['custom-2', 'feel-less two “Networks”?'],
		['custom-3', 'feel-less three “Networks”?'],
		['custom-4', 'feel-less four “Networks”?'],
		['custom-5', 'feel-less one “Networks”?'],
		['source-6', 'feel-less two “Networks”?'],
		['no-number', 'feel-less one “Networks”?'],
		['custom-0', 'feel-less one “Networks”?']
	])('turns an extra source’s wording by the number in its id: %s', (sourceId, expected) => {
		expect(choosePrompt(SET, { sourceId, name: 'Networks', direction: 'feel-less' })).toBe(expected);
	});

	it('quotes the name as typed, trimmed and never re-cased', () => {
		const prompt = choosePrompt(SET, { sourceId: 'custom-1', name: '  NHS know-how ', direction: 'aligned' });
		expect(prompt).toBe('aligned one “NHS know-how”?');
	});

	it('keeps a card’s words wherever it sits on the page', () => {
		const cards = [1, 2, 3].map((n) => ({ sourceId: `custom-${n}`, name: 'Faith', direction: 'feel-more' as const }));
		const forward = cards.map((card) => choosePrompt(SET, card));
		const backward = [...cards].reverse().map((card) => choosePrompt(SET, card));
		expect(backward).toEqual([...forward].reverse());
	});
});
