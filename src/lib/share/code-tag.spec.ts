import { describe, expect, it } from 'vitest';
import { BASE32_ALPHABET } from './base32';
import { codeTag } from './code-tag';
import { encodeShareCode } from './share-code';

const scores = (...values: (number | null)[]) =>
	Array.from({ length: values.length / 2 }, (_, index) => ({ perceived: values[2 * index] ?? null, actual: values[2 * index + 1] ?? null }));

const code = encodeShareCode(12345, scores(75, 75, null, null, 25, 0, 50, 60, 10, 100, 45, 30));

describe('codeTag', () => {
	it.each([
		['as shown', code],
		['in lower case with spaces', code.toLowerCase().replaceAll('-', ' ')],
		['with no dashes', code.replaceAll('-', '')],
		['with en dashes from a phone', code.replaceAll('-', '–')],
		['with O for 0 and l for 1', code.replaceAll('0', 'O').replaceAll('1', 'l')]
	])('is the same for the code typed %s', (_how, typed) => {
		expect(codeTag(typed)).toBe(codeTag(code));
	});

	it('is five symbols of the share code alphabet', () => {
		expect(codeTag(code)).toMatch(new RegExp(`^[${BASE32_ALPHABET}]{5}$`));
	});

	it('differs for codes whose start is the same, which carries the same first scores', () => {
		const twins = [10, 20, 30, 40].map((last) => encodeShareCode(12345, scores(75, 75, null, null, 25, 0, 50, 60, 10, 100, 45, last)));
		expect(new Set(twins.map((twin) => twin.slice(0, 9))).size).toBe(1);
		expect(new Set(twins.map(codeTag)).size).toBe(4);
	});

	it('keeps no order of the scores: codes listed by tag are not listed by their first score', () => {
		const byFirstScore = Array.from({ length: 21 }, (_, level) => encodeShareCode(12345, scores(level * 5, 50, 50, 50, 50, 50)));
		const byTag = [...byFirstScore].sort((a, b) => (codeTag(a) < codeTag(b) ? -1 : 1));
		expect(new Set(byFirstScore.map(codeTag)).size).toBe(21);
		expect(byTag).not.toEqual(byFirstScore);
		expect(byTag).not.toEqual([...byFirstScore].reverse());
	});

	it('rarely gives two codes of one session the same tag', () => {
		const codes = Array.from({ length: 2000 }, (_, index) =>
			encodeShareCode(12345, scores(index % 21 * 5, Math.floor(index / 21) % 21 * 5, Math.floor(index / 441) * 5, 50))
		);
		expect(new Set(codes).size).toBe(2000);
		// About 0.06 clashes are expected among 2,000 codes with 2^25 tags.
		expect(new Set(codes.map(codeTag)).size).toBeGreaterThanOrEqual(1998);
	});
});
