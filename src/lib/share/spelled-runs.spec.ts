import { describe, expect, it } from 'vitest';
import { shareCodeLength } from './share-code';
import { SpelledRuns } from './spelled-runs';

const words = (text: string) => text.split(' ').map((word) => ({ text: word }));
// A digit's spelled code length, so the table can say "as long as 5 asks for" without copying numbers.
const lengthFor = (digit: number) => shareCodeLength(digit + 1);
const spell = (digit: number, count: number, filler = 'K') => [String(digit), ...Array(count - 1).fill(filler)].join(' ');

describe('SpelledRuns.from', () => {
	it.each([
		{ name: 'a run exactly as long as its digit asks', text: spell(5, lengthFor(5)), first: 0, last: lengthFor(5) - 1 },
		{ name: 'a longer run, cut at the length asked', text: spell(5, lengthFor(5) + 4), first: 0, last: lengthFor(5) - 1 },
		{ name: 'a run one short where it ends', text: spell(5, lengthFor(5) - 1), first: 0, last: lengthFor(5) - 2 },
		{ name: 'a run two short', text: spell(5, lengthFor(5) - 2), first: 0, last: null },
		{ name: 'a run ended by a longer word', text: `${spell(3, lengthFor(3) - 1)} word K K K`, first: 0, last: lengthFor(3) - 2 },
		{ name: 'from a digit inside a run', text: `I a ${spell(2, lengthFor(2))}`, first: 2, last: lengthFor(2) + 1 },
		{ name: 'a letter is not a start', text: `K ${spell(2, lengthFor(2))}`, first: 0, last: null },
		{ name: 'a two-digit word is not a start', text: `12 ${spell(2, lengthFor(2))}`, first: 0, last: null },
		{ name: 'past the end', text: 'K K', first: 5, last: null }
	])('$name', ({ text, first, last }) => {
		const chain = words(text);
		const span = new SpelledRuns(chain, () => null).from(first);
		expect(span?.last ?? null).toBe(last);
		if (span && last !== null) {
			expect(span.first).toBe(first);
			expect(span.symbols).toBe(chain.slice(first, last + 1).map((word) => word.text).join(''));
		}
	});

	it('reads the same span from each digit of a long run of the same symbols', () => {
		const runs = new SpelledRuns(words(Array(200).fill("7").join(" ")), () => null);
		const spans = [0, 50, 199 - lengthFor(7) + 1].map((first) => runs.from(first));
		expect(spans.map((span) => span?.symbols)).toEqual(Array(3).fill('7'.repeat(lengthFor(7))));
		expect(runs.from(199 - lengthFor(7) + 3)).toBeNull();
	});
});
