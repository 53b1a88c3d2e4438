/*
 * Share code format, version 1: what a participant hands the facilitator.
 *
 * Crockford base32 symbols (0-9, A-Z without I, L, O, U), shown in blocks of four joined
 * by '-', e.g. 5K7Q-M3XZ-ABCD-EF12-3Q. Decoding ignores case, spaces and dashes of any
 * kind, and reads O as 0 and I or L as 1, so those look-alikes are never errors.
 *
 *   [header: 1 symbol] [data: D(n) symbols] [check: 2 symbols]
 *
 * header  0-9: version 1 with n = header + 1 sources (1-10). Any other symbol is a later
 *         version. Every version keeps the header first, the two check symbols last and
 *         4-31 symbols in all, so an older decoder can still say "made by a newer version".
 * data    one whole number N in base 32, most significant symbol first, padded with 0 to
 *         D(n) symbols, the fewest with 32^D >= 2^20 * 22^(2n):
 *             N = L * 2^20 + fingerprint
 *         fingerprint: the session's 20-bit fingerprint (0 to 2^20 - 1), checked by the caller.
 *         L: the 2n levels as one base-22 number, most significant first, in the order
 *         perceived 1, actual 1, perceived 2, actual 2, ... (the session's source order).
 *         A level is round(score / 5), 0-20, so a score comes back as a multiple of 5
 *         within 2.5 of the original; level 21 means blank ("Prefer not to say").
 *         N >= 22^(2n) * 2^20 is invalid.
 * check   two symbols that make the whole code pass share-code-checksum.ts, which
 *         provably catches any one wrong symbol and any swap of two symbols.
 *
 * Symbols per source count n: 1: 9, 2: 11, 3: 13, 4: 15, 5: 16, 6: 18, 7: 20, 8: 22,
 * 9: 24, 10: 25. The six standard sources take 18 (4-4-4-4-2, 22 characters with dashes).
 *
 * Nothing else is carried: no names, times, free text or ids, so two codes cannot be tied
 * to one person. The decoder needs no session: the caller compares the fingerprint and
 * the number of sources with its own session.
 */
import type { SourceScore } from '$lib/questionnaire/types';
import { formatShareCode, normaliseShareCode, symbolOf, symbolValue } from './base32';
import { MAX_CHECKED_LENGTH, checkSymbols, hasValidChecksum } from './share-code-checksum';
import {
	TOO_LONG_MESSAGE,
	shareCodeFailure as failure,
	type ShareCodeResult,
	type SharePayload
} from './share-code-result';

/** What reading a share code gives, and what a valid one carries. */
export type { ShareCodeResult, SharePayload } from './share-code-result';

/** The format version this module writes. */
const SHARE_CODE_VERSION = 1;
/** The most sources one code can carry: six standard and four of the facilitator's own. */
const MAX_SHARE_SOURCES = 10;

const FINGERPRINT_SIZE = 2n ** 20n;
const LEVELS = 22n;
const BLANK = 21;
const MIN_LENGTH = 4;
// Longer than any code with generous spacing: stops work early on a pasted essay.
const MAX_TYPED_LENGTH = 200;

const DATA_LENGTHS = Array.from({ length: MAX_SHARE_SOURCES }, (_, index) => {
	const limit = FINGERPRINT_SIZE * LEVELS ** BigInt(2 * (index + 1));
	let symbols = 0;
	while (32n ** BigInt(symbols) < limit) symbols++;
	return symbols;
});

/** How many symbols a version 1 code has for this many sources (1-10), dashes not counted. */
export function shareCodeLength(sourceCount: number): number {
	return 1 + (DATA_LENGTHS[sourceCount - 1] ?? Number.NaN) + 2;
}

function level(score: number | null): bigint {
	if (score === null) return BigInt(BLANK);
	if (!Number.isFinite(score)) throw new RangeError('A score must be a number from 0 to 100, or null.');
	return BigInt(Math.round(Math.min(100, Math.max(0, score)) / 5));
}

/** The grouped share code for a session fingerprint (0 to 2^20 - 1) and 1-10 sources' scores. */
export function encodeShareCode(fingerprint: number, scores: readonly SourceScore[]): string {
	if (!Number.isInteger(fingerprint) || fingerprint < 0 || BigInt(fingerprint) >= FINGERPRINT_SIZE)
		throw new RangeError('The session fingerprint must be a whole number from 0 to 2^20 - 1.');
	if (scores.length < 1 || scores.length > MAX_SHARE_SOURCES)
		throw new RangeError(`A share code carries 1 to ${MAX_SHARE_SOURCES} sources.`);
	let number = 0n;
	for (const score of scores) number = (number * LEVELS + level(score.perceived)) * LEVELS + level(score.actual);
	number = number * FINGERPRINT_SIZE + BigInt(fingerprint);
	const data = new Array<number>(shareCodeLength(scores.length) - 3);
	for (let index = data.length - 1; index >= 0; index--, number >>= 5n) data[index] = Number(number & 31n);
	const body = [scores.length - 1, ...data];
	return formatShareCode([...body, ...checkSymbols(body)].map(symbolOf).join(''));
}

function unpack(values: number[], sourceCount: number): SharePayload | null {
	let number = 0n;
	for (const value of values.slice(1, -2)) number = (number << 5n) | BigInt(value);
	if (number >= FINGERPRINT_SIZE * LEVELS ** BigInt(2 * sourceCount)) return null;
	const fingerprint = Number(number % FINGERPRINT_SIZE);
	let levels = number / FINGERPRINT_SIZE;
	const read = (): number | null => {
		const value = Number(levels % LEVELS);
		levels /= LEVELS;
		return value === BLANK ? null : value * 5;
	};
	const scores: SharePayload['scores'] = [];
	for (let index = 0; index < sourceCount; index++) {
		const actual = read();
		scores.unshift({ perceived: read(), actual });
	}
	return { version: SHARE_CODE_VERSION, fingerprint, scores };
}

function lengthFailure(length: number, expected: number): ShareCodeResult {
	return length < expected ? failure('wrong-length') : failure('wrong-length', TOO_LONG_MESSAGE);
}

/** Reads a typed or pasted share code; never throws, whatever the text. */
export function decodeShareCode(text: string): ShareCodeResult {
	if (text.length > MAX_TYPED_LENGTH) return failure('wrong-length', TOO_LONG_MESSAGE);
	const symbols = normaliseShareCode(text);
	if (symbols === '') return failure('empty');
	const values: number[] = [];
	for (const symbol of symbols) {
		const value = symbolValue(symbol);
		if (value === undefined) {
			const named = /^[!-~]$/.test(symbol)
				? `“${symbol}” is never used in share codes. Check the code against the one you were given.`
				: undefined;
			return failure('bad-character', named);
		}
		values.push(value);
	}
	if (values.length < MIN_LENGTH || values.length > MAX_CHECKED_LENGTH)
		return lengthFailure(values.length, MIN_LENGTH);
	const header = values[0] ?? 0;
	const sourceCount = header + 1;
	const known = sourceCount <= MAX_SHARE_SOURCES;
	const expected = known ? shareCodeLength(sourceCount) : values.length;
	if (values.length !== expected) {
		// A mistyped first symbol asks for another length: blame the symbol, not the length.
		const fitting = DATA_LENGTHS.findIndex((_, index) => shareCodeLength(index + 1) === values.length);
		const headerTypo = fitting >= 0 && hasValidChecksum([fitting, ...values.slice(1)]);
		return headerTypo ? failure('checksum') : lengthFailure(values.length, expected);
	}
	if (!hasValidChecksum(values)) return failure('checksum');
	if (!known) return failure('future-version');
	const payload = unpack(values, sourceCount);
	if (!payload) return failure('invalid');
	return { ok: true, payload, code: formatShareCode(symbols) };
}
