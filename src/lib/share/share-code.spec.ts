import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceScore } from '$lib/questionnaire/types';
import { BASE32_ALPHABET } from './base32';
import { checkSymbols, hasValidChecksum } from './share-code-checksum';
import { decodeShareCode, encodeShareCode, shareCodeLength, type ShareCodeResult } from './share-code';

const MAX_FINGERPRINT = 2 ** 20 - 1;
const LOOK_ALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };
const symbolsOf = (code: string): string => code.replaceAll('-', '');
const uniform = (count: number, score: SourceScore): SourceScore[] => Array.from({ length: count }, () => score);
const kindOf = (result: ShareCodeResult): string => (result.ok ? 'ok' : result.error.kind);
const fromValues = (values: number[]): string => values.map((value) => BASE32_ALPHABET[value]).join('');
const withChecks = (body: number[]): string => fromValues([...body, ...checkSymbols(body)]);

const SAMPLES: [number, SourceScore[]][] = [
	[0, uniform(6, { perceived: 0, actual: 0 })],
	[MAX_FINGERPRINT, uniform(6, { perceived: null, actual: null })],
	[123_456, [0, 20, 40, 60, 80, 100].map((value) => ({ perceived: value, actual: 100 - value }))],
	[777, uniform(1, { perceived: 55, actual: null })],
	[98_765, uniform(3, { perceived: 35, actual: 90 })],
	[MAX_FINGERPRINT, uniform(10, { perceived: 100, actual: 5 })]
];
const CODES = SAMPLES.map(([fingerprint, scores]) => encodeShareCode(fingerprint, scores));

describe('share code length', () => {
	it.each(Array.from({ length: 10 }, (_, index) => index + 1))(
		'%i sources use the fewest data symbols that hold 2^20 fingerprints and 22 levels per reading',
		(count) => {
			const data = BigInt(shareCodeLength(count) - 3);
			const needed = 2n ** 20n * 22n ** BigInt(2 * count);
			expect(32n ** data >= needed && 32n ** (data - 1n) < needed).toBe(true);
		}
	);

	it('takes 18 symbols, 4-4-4-4-2, for the six standard sources and 25 for ten', () => {
		expect(encodeShareCode(0, uniform(6, { perceived: 0, actual: 0 }))).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}-[0-9A-Z]{2}$/);
		expect(symbolsOf(CODES[5] ?? '')).toHaveLength(25);
	});

	it('stays within 24 symbols for six sources at every edge value and fingerprint', () => {
		const edges = [0, 100, null];
		for (const fingerprint of [0, MAX_FINGERPRINT])
			for (let pattern = 0; pattern < 3 ** 6; pattern++) {
				const scores = Array.from({ length: 6 }, (_, index) => {
					const value = edges[Math.floor(pattern / 3 ** index) % 3] ?? null;
					return { perceived: value, actual: value };
				});
				expect(symbolsOf(encodeShareCode(fingerprint, scores)).length).toBeLessThanOrEqual(24);
			}
	});
});

describe('round trip', () => {
	const score = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
	it('gives back the fingerprint and every score to within 2.5, blanks as blanks', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: MAX_FINGERPRINT }),
				fc.array(fc.record({ perceived: score, actual: score }), { minLength: 1, maxLength: 10 }),
				(fingerprint, scores) => {
					const code = encodeShareCode(fingerprint, scores);
					const result = decodeShareCode(code);
					if (!result.ok) return false;
					expect(result.code).toBe(code);
					expect(result.payload.version).toBe(1);
					expect(result.payload.fingerprint).toBe(fingerprint);
					expect(result.payload.scores).toHaveLength(scores.length);
					result.payload.scores.forEach((decoded, index) => {
						for (const reading of ['perceived', 'actual'] as const) {
							const original = scores[index]?.[reading] ?? null;
							const value = decoded[reading];
							if (original === null || value === null) expect(value).toBe(original);
							else expect(Math.abs(value - original)).toBeLessThanOrEqual(2.5);
						}
					});
					return true;
				}
			),
			{ numRuns: 2000 }
		);
	});

	it.each([
		[0, 0],
		[2.4, 0],
		[2.5, 5],
		[42, 40],
		[43, 45],
		[97.5, 100],
		[100, 100]
	])('stores %d as %d', (score, stored) => {
		const result = decodeShareCode(encodeShareCode(1, uniform(3, { perceived: score, actual: score })));
		expect(result.ok && result.payload.scores[2]).toEqual({ perceived: stored, actual: stored });
	});

	it.each<[string, number, SourceScore[]]>([
		['a fingerprint below 0', -1, uniform(6, { perceived: 1, actual: 1 })],
		['a fingerprint of 2^20', 2 ** 20, uniform(6, { perceived: 1, actual: 1 })],
		['a fractional fingerprint', 1.5, uniform(6, { perceived: 1, actual: 1 })],
		['no sources', 1, []],
		['eleven sources', 1, uniform(11, { perceived: 1, actual: 1 })],
		['a score that is not a number', 1, uniform(6, { perceived: Number.NaN, actual: 1 })]
	])('refuses to encode %s', (_, fingerprint, scores) => {
		expect(() => encodeShareCode(fingerprint, scores)).toThrow(RangeError);
	});
});

describe('mistakes the checksum catches', () => {
	it.each(CODES)('every single wrong symbol in %s, the first one included', (code) => {
		const symbols = symbolsOf(code);
		for (let position = 0; position < symbols.length; position++)
			for (const typed of `${BASE32_ALPHABET}OIL`) {
				const changed = symbols.slice(0, position) + typed + symbols.slice(position + 1);
				const read = LOOK_ALIKES[typed] ?? typed;
				expect(kindOf(decodeShareCode(changed)), changed).toBe(read === symbols[position] ? 'ok' : 'checksum');
			}
	});

	it.each(CODES)('every swap of two different neighbours in %s', (code) => {
		const symbols = symbolsOf(code);
		for (let position = 0; position + 1 < symbols.length; position++) {
			const [a, b] = [symbols[position], symbols[position + 1]];
			if (a === b) continue;
			const swapped = `${symbols.slice(0, position)}${b}${a}${symbols.slice(position + 2)}`;
			expect(decodeShareCode(swapped).ok, swapped).toBe(false);
		}
	});

	it('two codes run together never pass, whatever their lengths', () => {
		for (const first of CODES)
			for (const second of CODES) {
				const values = [...symbolsOf(first + second)].map((symbol) => BASE32_ALPHABET.indexOf(symbol));
				expect(values.length > 31 || !hasValidChecksum(values)).toBe(true);
			}
	});

	it('any two wrong symbols, and any swap at all', () => {
		const code = fc.constantFrom(...CODES.map(symbolsOf));
		const symbol = fc.integer({ min: 1, max: 31 });
		fc.assert(
			fc.property(code, fc.nat(), fc.nat(), symbol, symbol, (symbols, i, j, e1, e2) => {
				const values = [...symbols].map((s) => BASE32_ALPHABET.indexOf(s));
				const [p, q] = [i % values.length, j % values.length];
				values[p] = (values[p] ?? 0) ^ e1;
				if (p !== q) values[q] = (values[q] ?? 0) ^ e2;
				const swapped = [...symbols];
				[swapped[p], swapped[q]] = [swapped[q] ?? '', swapped[p] ?? ''];
				expect(decodeShareCode(fromValues(values)).ok).toBe(false);
				expect(decodeShareCode(swapped.join('')).ok).toBe(symbols[p] === symbols[q]);
			}),
			{ numRuns: 1000 }
		);
	});
});

describe('reading a code', () => {
	const code = CODES[4] ?? '';
	const expected = decodeShareCode(code);

	it.each([
		['lower case', code.toLowerCase()],
		['spaces for dashes', code.replaceAll('-', ' ')],
		['no dashes', symbolsOf(code)],
		['en dashes and stray spaces', ` ${code.replaceAll('-', ' – ')}\n`]
	])('ignores %s', (_, typed) => {
		expect(decodeShareCode(typed)).toEqual(expected);
	});

	it.each([
		['O for 0 and I for 1', code.replaceAll('0', 'O').replaceAll('1', 'I')],
		['o for 0 and l for 1', code.replaceAll('0', 'o').replaceAll('1', 'l')]
	])('reads %s', (_, typed) => {
		expect(code).toMatch(/0.*1|1.*0/);
		expect(typed).not.toMatch(/[01]/);
		expect(decodeShareCode(typed)).toEqual(expected);
	});

	it.each<[string, string, string, RegExp]>([
		['nothing', '', 'empty', /paste a share code/],
		['only dashes and spaces', ' - - ', 'empty', /paste a share code/],
		['a U, which codes never use', `U${symbolsOf(code).slice(1)}`, 'bad-character', /“U” is never used/],
		['an emoji', `${code}🙂`, 'bad-character', /^This code has a character/],
		['three symbols', '5K7', 'wrong-length', /too short/],
		['a missing symbol', symbolsOf(code).slice(0, -1), 'wrong-length', /too short/],
		['an extra symbol', `${code}7`, 'wrong-length', /too long/],
		['two codes run together', `${code}${code}`, 'wrong-length', /too long/],
		['a whole essay', 'A'.repeat(300), 'wrong-length', /too long/],
		['a mistyped symbol', `${code.slice(0, -1)}${code.endsWith('Z') ? 'Y' : 'Z'}`, 'checksum', /looks mistyped/],
		['a mistyped first symbol', `3${code.slice(1)}`, 'checksum', /looks mistyped/],
		['a newer version (header A)', withChecks([10, 1, 2, 3, 4, 5, 6]), 'future-version', /newer version/],
		['a number too big for one source', withChecks([0, 31, 31, 31, 31, 31, 31]), 'invalid', /can read/],
		['a sound checksum on the wrong length', withChecks([5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 'wrong-length', /too short/],
		['a run of zeros', '0000-0000-0', 'checksum', /looks mistyped/]
	])('explains %s', (_, typed, kind, message) => {
		const result = decodeShareCode(typed);
		expect(kindOf(result)).toBe(kind);
		expect(!result.ok && result.error.message).toMatch(message);
	});

	it('never throws, and always explains a failure, whatever the text', () => {
		const codeLike = fc.stringMatching(/^[0-9A-Za-z \-–]{0,40}$/);
		const mutated = fc
			.tuple(fc.constantFrom(...CODES), fc.nat(), fc.string({ maxLength: 3 }))
			.map(([text, at, insert]) => text.slice(0, at % 30) + insert + text.slice((at % 30) + 1));
		const anything = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), codeLike, mutated);
		fc.assert(
			fc.property(anything, (text) => {
				const result = decodeShareCode(text);
				if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
			}),
			{ numRuns: 10_000 }
		);
	});
});
