import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceScore } from '$lib/questionnaire/types';
import { BASE32_ALPHABET } from './base32';
import { MAX_CANDIDATES, codeFileProblem, findShareCodes, type FoundCode } from './code-extraction';
import { isLookalike } from './code-lookalike';
import { encodeShareCode } from './share-code';
import { spelledCode } from './spelled-code';

const scores = (count: number, seed: number): SourceScore[] =>
	Array.from({ length: count }, (_, index) => ({
		perceived: (seed * 7 + index * 13) % 101,
		actual: index % 3 === 2 ? null : (seed * 11 + index * 29) % 101
	}));

const A = encodeShareCode(1001, scores(6, 1));
const B = encodeShareCode(2002, scores(6, 2));
const C = encodeShareCode(3003, scores(3, 3));
const FIVE = encodeShareCode(4004, scores(5, 4));
const NINE = encodeShareCode(5005, scores(9, 5));
const TEN = encodeShareCode(6006, scores(10, 6));

const plain = (code: string): string => code.replaceAll('-', '');
const fullWidth = (code: string): string => code.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const spaced = (code: string): string => code.replaceAll('-', ' ');
const lower = (code: string): string => code.toLowerCase();
// One character at a time, as someone types a code read out to them.
const onePerSpace = (code: string): string => [...plain(code)].join(' ');
const commas = (code: string): string => code.replaceAll('-', ', ');
// The symbol after the one at `position` in the alphabet, so the result is always different.
const changed = (code: string, position: number, symbol?: string): string => {
	const old = code.charAt(position);
	const next = symbol ?? BASE32_ALPHABET.charAt((BASE32_ALPHABET.indexOf(old) + 1) % 32);
	return code.slice(0, position) + next + code.slice(position + 1);
};
const MISTYPED = changed(A, 7);
const U_FOR_V = changed(B, 6, 'U');
const SHORT = A.slice(0, -1);

type Seen = [code: string, kind: string, duplicates: number];
const summary = (found: FoundCode[]): Seen[] =>
	found.map((item) => [item.code, item.result.ok ? 'ok' : item.result.error.kind, item.duplicates]);
const ok = (code: string, duplicates = 0): Seen => [code, 'ok', duplicates];

describe('findShareCodes in pasted messages', () => {
	it.each<[string, string, Seen[]]>([
		[
			'a WhatsApp export',
			`[12/03/2026, 10:14:05] Sam: here's mine ${A} 🙂
[12/03/2026, 10:14:40] Priya: ${lower(B)}
[12/03/2026, 10:15:02] Jo: Mine is ${spaced(C)} – hope that's right!
[12/03/2026, 10:16:11] \u200eSam: \u200eimage omitted`,
			[ok(A), ok(B), ok(C)]
		],
		[
			'a Teams chat',
			`Sam Okafor 10:14 AM\nHere's my code: ${A}\nPriya Shah 10:15 AM\n${plain(B)}\n👍 1`,
			[ok(A), ok(B)]
		],
		[
			'a Zoom chat with codes that end on a full block, before words',
			`10:14:33 From Sam Okafor to Everyone:\n\t${FIVE} then\n10:15:02 From Jo to Everyone:\n\tReplying to "mine": ${spaced(NINE)} also ${spaced(TEN)} done`,
			[ok(FIVE), ok(NINE), ok(TEN)]
		],
		[
			'quoted email',
			`On Tue, 10 Mar 2026 at 09:12, Jo Bloggs <jo@example.org> wrote:\n> Hi all, my code is ${A}\n> > Sam wrote: ${lower(B)}\n> Thanks, Jo`,
			[ok(A), ok(B)]
		],
		['several on one line', `${A}, ${B} and ${C}.${A};${B}`, [ok(A, 1), ok(B, 1), ok(C)]],
		[
			'share links',
			`https://example.org/rebalance/group#code=${A} and https://example.org/add#${plain(B)} <https://example.org/group#code=${lower(C)}>`,
			[ok(A), ok(B), ok(C)]
		],
		// The share button sends the code and its link in one message: one person, not a repeat.
		[
			'shared messages, one with its link, two the same',
			`Sam: My Rebalance share code: ${A} https://example.org/group#code=${A}\nJo: My Rebalance share code: ${B}\nhttps://example.org/group#code=${B}\nKim: My Rebalance share code: ${B} https://example.org/group#code=${B}`,
			[ok(A), ok(B, 1)]
		],
		['the same link twice, and a code once with its link once', `#code=${A} #code=${A} ${B} #code=${B}`, [ok(A, 1), ok(B)]],
		['markdown and quotes', `\`${A}\` **${B}** "${C}" (${FIVE})`, [ok(A), ok(B), ok(C), ok(FIVE)]],
		['the same code written three ways', `${A}\n${lower(A)}\nagain: ${plain(A)}`, [ok(A, 2)]],
		['en dashes and spaces around dashes', `${A.replaceAll('-', '–')} / ${B.replaceAll('-', ' - ')}`, [ok(A), ok(B)]],
		['a mistyped code beside a good one', `Sam: ${MISTYPED}\nJo: ${C}`, [[MISTYPED, 'checksum', 0], ok(C)]],
		['a code with a missing symbol', `Jo: ${SHORT} thanks`, [[SHORT, 'wrong-length', 0]]],
		['a code cut short after four blocks', `Jo: ${A.slice(0, 19)}\nSam: ${B}`, [[A.slice(0, 19), 'wrong-length', 0], ok(B)]],
		['a code cut short after three blocks', `Kim: ${A.slice(0, 14)}`, [[A.slice(0, 14), 'wrong-length', 0]]],
		['a U typed for a V', `Priya: ${U_FOR_V}`, [[U_FOR_V, 'bad-character', 0]]],
		['full-width letters and digits, as a Chinese or Japanese keyboard types them', `我的: ${fullWidth(A)}`, [ok(A)]],
		['a zero-width space and a soft hyphen slipped in by a web page', `${A.slice(0, 6)}\u200b${A.slice(6)} ${B.slice(0, 3)}\u00ad${B.slice(3)}`, [ok(A), ok(B)]],
		['em dashes and horizontal bars', `${A.replaceAll('-', '—')} ${B.replaceAll('-', '―')}`, [ok(A), ok(B)]]
	])('%s', (_, text, expected) => {
		expect(summary(findShareCodes(text))).toEqual(expected);
	});
});

describe('findShareCodes in codes read out or spelled out', () => {
	it.each<[string, string, Seen[]]>([
		['the spelled-out line the share panel gives screen readers', `Spelled out: ${spelledCode(A)}.`, [ok(A)]],
		['the whole share panel copied', `Your share code\n${A}\nSpelled out: ${spelledCode(A)}.`, [ok(A, 1)]],
		['one character per space, in a chat line', `[12/03/2026, 10:14] Sam: mine is ${onePerSpace(B)} thanks`, [ok(B)]],
		['one character per space after a single letter', `Jo: it is a ${onePerSpace(A)} I think`, [ok(A)]],
		['typed in small letters as it was read out', `${lower(spelledCode(C))}`, [ok(C)]],
		['groups read out with commas', `Priya: ${commas(A)}. Jo: ${A.replaceAll('-', ',')}`, [ok(A, 1)]],
		['codes with commas one after another', `${commas(FIVE)}, ${commas(B)}, ${commas(NINE)}, ${commas(TEN)}, ${commas(C)}`, [ok(FIVE), ok(B), ok(NINE), ok(TEN), ok(C)]],
		['spelled-out codes one after another', `${spelledCode(TEN)} ${onePerSpace(NINE)}, ${spelledCode(FIVE)} a`, [ok(TEN), ok(NINE), ok(FIVE)]],
		['a code ending in a one-symbol block, before a single letter', `${TEN} a bit late, ${spaced(TEN)} I think`, [ok(TEN, 1)]],
		['a spelled-out code with a mistyped character', `Sam: ${spelledCode(MISTYPED)}`, [[MISTYPED, 'checksum', 0]]],
		['a spelled-out code with a missing character', `Sam: ${spelledCode(SHORT)}.`, [[SHORT, 'wrong-length', 0]]],
		['a code read out with commas and a mistyped character', `Kim: ${commas(MISTYPED)}`, [[MISTYPED, 'checksum', 0]]]
	])('%s', (_, text, expected) => {
		expect(summary(findShareCodes(text))).toEqual(expected);
	});

	it('explains a mistyped code in plain words and keeps where it was', () => {
		const text = `Sam: ${lower(MISTYPED)}`;
		const [found] = findShareCodes(text);
		expect(found?.raw).toBe(lower(MISTYPED));
		expect(found?.index).toBe(5);
		expect(found && !found.result.ok && found.result.error.message).toMatch(/a character looks mistyped/i);
	});
});

describe('findShareCodes with a code’s last block split, as where a message wraps it', () => {
	// A code's last block split after its first symbol, by `gap`.
	const split = (code: string, gap: string): string => `${code.slice(0, -1)}${gap}${code.slice(-1)}`;
	const NINE_END = NINE.slice(-2);

	it.each<[string, string, Seen[]]>([
		['by a space', `Jo: ${split(A, ' ')} thanks`, [ok(A)]],
		['by a line break, in a chat', `[10:02] Jo: ${split(A, '\n')}\n[10:03] Sam: ${B}`, [ok(A), ok(B)]],
		['by a Windows line break, with the next line indented', `${split(FIVE, '\r\n  ')} ok`, [ok(FIVE)]],
		['by a space, in small letters', lower(split(NINE, ' ')), [ok(NINE)]],
		['a whole block of four split after three', `${NINE.slice(0, -1)} ${NINE.slice(-1)}`, [ok(NINE)]],
		['a whole block of four split in two, across a line break', `${NINE.slice(0, -2)}\n${NINE_END}`, [ok(NINE)]],
		// A code that reads as it is keeps the words after it out, however short.
		['a whole code before a short word', `${A} 2 people, ${A}\n7`, [ok(A, 1)]],
		// Joined, these do not read as codes: each is left as it was.
		['a short code before a word that does not complete it', `${split(A, ' ').slice(0, -1)} 2`, [[SHORT, 'wrong-length', 0]]],
		['a short code before a blank line', `${split(A, '\n\n')}`, [[SHORT, 'wrong-length', 0]]],
		['split by a comma', `${split(A, ', ')}`, [[SHORT, 'wrong-length', 0]]],
		['split by a dash', `${split(A, '-')}`, [[SHORT, 'wrong-length', 0]]],
		['a last block that would be longer than four', `${NINE.slice(0, -1)} ${NINE.slice(-1)}X`, [[NINE.slice(0, -1), 'wrong-length', 0]]]
	])('%s', (_, text, expected) => {
		expect(summary(findShareCodes(text))).toEqual(expected);
	});

	it('keeps the next line’s words for what follows, when they complete no code', () => {
		expect(summary(findShareCodes(`${SHORT}\n${B}`))).toEqual([[SHORT, 'wrong-length', 0], ok(B)]);
		expect(summary(findShareCodes(`${split(A, '\n')} ${B}`))).toEqual([ok(A), ok(B)]);
	});
});

describe('findShareCodes leaves ordinary text alone', () => {
	it.each([
		['all-caps prose', 'PLEASE READ THE INTERNATIONALISATION GUIDELINES BEFORE THURSDAY. THIS IS VERY IMPORTANT FOR EVERYONE.'],
		['postcodes', 'Our office is at SW1A 1AA, the other at M1 1AE or EC1A 1BB.'],
		['phone numbers', 'Call me on +44 20 7946 0958 or 07700 900123, or 0161-496-0000 ext 2345.'],
		[
			'meeting links',
			'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjYxZTg4YjItZDE0/0?context=%7b%22Tid%22 https://us02web.zoom.us/j/85512345678?pwd=aBcDeFgHiJkLmNoPqRsTuV1 https://meet.google.com/abc-defg-hij'
		],
		[
			'hashes and ids',
			'commit 3f2a9c1b7d4e5f60718293a4b5c6d7e8f9012345, trace 4bf92f3577b34da6, 5f3a9c2e1b7d4a8e0c, 550e8400-e29b-41d4-a716-446655440000, 4bf9-2f35-77b3-4da6'
		],
		['dates and times', '2026-03-12T10:14:00Z, 12/03/2026, 10:14 AM, Q3 2026, 2026-2027-2028, 10am-11am'],
		['hyphenated words', 'long-term well-being, up-to-date self-care, face-to-face check-in, left-hand-side'],
		['years before capital words', '2026 SEES MORE CUTS, 2027 WILL COST MORE'],
		['years, versions and weeks with dashes', '2019 - 2020 - was hard, 2024-2025-ish, 2024-beta-1, 2026-week-12, 9999-test-3, 2025-June-5'],
		['short dashed runs of capitals', '7788-XKCD-Z, 4x4s-only-day, 2026-WEEK-12, 3RD-TERM-PLAN'],
		['part numbers', 'RAM: 8GB0-DDR4-3200-CL16, adapter 5VOL-T2A0-USBC-PLUG'],
		['numbers with letters', 'Order 3XY7Z9, 1080p60fps, flight BA2490, room 2B, 4x4, the 3rd and 21st, 5/5, 100%'],
		['card and book numbers', '1234-5678-9012-3456, 978-0-12-345678-9, 1234 5678 9012 3456'],
		['long words starting with look-alikes', 'ownership oversight liability institutional OWNERSHIP ILLUSTRATED Lighthouse'],
		[
			'single letters and digits in prose',
			'I a m sure I said it: plan A or B, options 1 a, 1 b or 2 c. See 3 b ii, 4 a i and Q 7 a to k, row 9 A to K, seat 5 C, a 4 x 4 in a 2 x 2 grid, the A B C of it, u r 2 kind x x x, 1 a b c d e f g h'
		],
		['lists with commas', 'Rooms 2B14, 2B15, 2B16, 3A and 4C, 3D; years 2019, 2020, 2021, 2022; sizes 4XL, 5XL, 6XL; grades A, B, C, D, E, F, G, H'],
		['seat numbers', 'Seats 1 a, 1 b, 1 c, 1 d, 1 e, 2 a, 2 b, 2 c, 2 d, 3 a, 3 b and 3 c, or 7 C 8 D 9 E']
	])('%s', (_, text) => {
		expect(findShareCodes(text)).toEqual([]);
	});

	it('never reports a failure, or finds a version 1 code, in words without digits, but for a code’s shape in capitals', () => {
		const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);
		const gap = fc.constantFrom(' ', '-', ', ', '\n', ' - ', '. ');
		fc.assert(
			fc.property(fc.array(fc.tuple(word, gap), { maxLength: 60 }), (pieces) => {
				const text = pieces.map(([piece, between]) => piece + between).join('');
				const noted = findShareCodes(text).filter((item) => item.result.ok || item.result.error.kind !== 'future-version');
				// Five or more blocks of four capitals joined by dashes look like a code mistyped, and are said to.
				const shapes = noted.filter((item) => isLookalike(item.result));
				expect(shapes.every((item) => /^[A-Z]{4}(-[A-Z]{4}){3,6}-[A-Z]{1,4}$/.test(item.raw))).toBe(true);
				expect(noted.length).toBe(shapes.length);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('findShareCodes in any text', () => {
	const FILLER = ['Sam:', '[12/03/2026, 10:14]', '🙂', 'https://example.org/x?y=1', 'hello', 'SW1A 1AA', '2026', 'ABCD', 'mine', '4bf92f3577b34da6', 'long-term', '07700 900123', '-', '>', 'é'];
	const written = fc.constantFrom<(code: string) => string>(
		(code) => code,
		lower,
		plain,
		spaced,
		spelledCode,
		onePerSpace,
		commas,
		(code) => `https://example.org/group#code=${code}`
	);
	const code = fc
		.tuple(fc.integer({ min: 0, max: 2 ** 20 - 1 }), fc.integer({ min: 3, max: 10 }), fc.nat(1000))
		.map(([fingerprint, count, seed]) => encodeShareCode(fingerprint, scores(count, seed)));
	const piece = fc.oneof(fc.constantFrom(...FILLER), fc.tuple(code, written).map(([value, write]) => ({ value, text: write(value) })));
	const gap = fc.constantFrom(' ', '\n', ', ', ' - ', ': ', '\t', '  ');

	it('finds every code hidden among chat filler', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(piece, gap), { maxLength: 30 }), (pieces) => {
				const text = pieces.map(([item, between]) => (typeof item === 'string' ? item : item.text) + between).join('');
				const hidden = new Set(pieces.flatMap(([item]) => (typeof item === 'string' ? [] : [item.value])));
				const found = findShareCodes(text).filter((item) => item.result.ok).map((item) => item.code);
				expect(new Set(found)).toEqual(hidden);
			}),
			{ numRuns: 300 }
		);
	});

	it(`stops after ${MAX_CANDIDATES} candidates`, () => {
		const text = `${A} `.repeat(MAX_CANDIDATES + 50);
		expect(summary(findShareCodes(text))).toEqual([ok(A, MAX_CANDIDATES - 1)]);
	});

});

describe('findShareCodes on hostile input', () => {
	it('never throws, and reports only well-formed results, on 10,000 random and mutated texts', () => {
		const chat = `[12/03/2026, 10:14] Sam: mine is ${encodeShareCode(12345, scores(6, 1))}\n> quoted ${encodeShareCode(1, scores(3, 2))}`;
		const mutated = fc
			.tuple(fc.nat({ max: chat.length }), fc.nat({ max: 6 }), fc.string({ maxLength: 6 }))
			.map(([at, cut, insert]) => chat.slice(0, at) + insert + chat.slice(at + cut));
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ- \n'), maxLength: 200 }), mutated), (text) => {
				for (const found of findShareCodes(text)) {
					expect(found.result.ok || found.result.error.message.length > 0).toBe(true);
				}
			}),
			{ numRuns: 10_000 }
		);
	});
});

describe('codeFileProblem', () => {
	it.each([
		[0, /empty/],
		[1, null],
		[1_000_000, null],
		[1_000_001, /too big to read \(1\.0 MB\)/],
		[25_300_000, /too big to read \(25\.3 MB\)/]
	])('a file of %i bytes: %s', (bytes, problem) => {
		const found = codeFileProblem(bytes);
		if (problem === null) expect(found).toBeNull();
		else expect(found).toMatch(problem);
	});
});
