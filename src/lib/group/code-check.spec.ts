import { describe, expect, it } from 'vitest';
import { findShareCodes } from '$lib/share/code-extraction';
import { encodeShareCode } from '$lib/share/share-code';
import { fingerprintNumber } from '$lib/share/session-fingerprint';
import { MISFIT_REASONS, checkFound, decodeStored, misfit, putBackLabel, reasonsSaid, reportText, sameCodeNote, type AddReport, type BadCode } from './code-check';
import { mistyped, six, standardCode } from './share-codes.test-helper';

const STANDARD = fingerprintNumber(null);
const other = STANDARD ^ 1;
const first = standardCode(six(20, 40));
const second = standardCode(six(60, null));
const elsewhere = encodeShareCode(other, six(50, 50));
const fourSources = encodeShareCode(STANDARD, six(50, 50).slice(0, 4));

describe('misfit', () => {
	const payload = (fingerprint: number, sources: number) => ({
		version: 1,
		fingerprint,
		scores: six(1, 1).slice(0, sources)
	});

	it.each([
		['fits', payload(STANDARD, 6), [STANDARD], null],
		['another session', payload(other, 6), [STANDARD], MISFIT_REASONS.session],
		['another session wins over the count', payload(other, 4), [STANDARD], MISFIT_REASONS.session],
		['a different number of sources', payload(STANDARD, 4), [STANDARD], MISFIT_REASONS.sources],
		['fits an earlier version of the session', payload(other, 6), [STANDARD, other], null],
		['fits nothing when no fingerprint is accepted', payload(other, 6), [], MISFIT_REASONS.session],
		['a standard reflection’s code on a session’s screen', payload(STANDARD, 6), [other], MISFIT_REASONS.standard]
	])('%s', (_, input, accepted, expected) => {
		expect(misfit(input, accepted, 6)).toBe(expected);
	});
});

describe('checkFound', () => {
	const chat = [
		'[10:02] Sam: here is mine',
		`[10:03] Sam: ${first}`,
		`[10:04] Alex: ${second.toLowerCase().replaceAll('-', ' ')} (typed from my phone)`,
		`[10:05] Jo: ${mistyped(first)}`,
		`[10:06] Kim: wrong link? ${elsewhere}`,
		`[10:07] Lee: ${fourSources}`,
		'[10:08] Ash: ABCD-EFGH-JKMN-PQRS-TUVW',
		`[10:09] Sam: sent again ${first}`
	].join('\n');
	const checked = checkFound(findShareCodes(chat), [STANDARD], 6);

	it('keeps each good code once, in canonical form, with what it carries', () => {
		expect([...checked.valid.keys()]).toEqual([first, second]);
		expect(checked.valid.get(second)?.scores).toEqual(six(60, null));
	});

	it('gives a reason for each code that cannot be added', () => {
		const reasons = Object.fromEntries(checked.bad.map((bad) => [bad.raw, bad.reason]));
		expect(reasons).toEqual({
			[mistyped(first)]: expect.stringMatching(/^A character looks mistyped/),
			[elsewhere]: MISFIT_REASONS.session,
			[fourSources]: MISFIT_REASONS.sources,
			'ABCD-EFGH-JKMN-PQRS-TUVW': 'This looks like a share code but is not one. Ask them to send their code again.'
		});
	});

	it('marks the line that only has a code’s shape, and no code', () => {
		expect(checked.bad.filter((bad) => bad.lookalike).map((bad) => bad.raw)).toEqual(['ABCD-EFGH-JKMN-PQRS-TUVW']);
	});
});

describe('decodeStored', () => {
	it('reads each stored code that fits, and leaves out any that do not', () => {
		const payloads = decodeStored([second, 'NOT-A-CODE', elsewhere, first, fourSources], [STANDARD], 6);
		expect([...payloads.keys()]).toEqual([second, first]);
		expect([...decodeStored([elsewhere, first], [STANDARD, other], 6).keys()]).toEqual([elsewhere, first]);
		expect(payloads.get(second)?.scores[0]).toEqual({ perceived: 60, actual: null });
		expect(payloads.get(first)?.scores[5]).toEqual({ perceived: 20, actual: 40 });
	});
});

describe('sameCodeNote', () => {
	// Two people with exactly the same answers have the same code: the facilitator is told it may not be a repeat.
	it.each<[string[], number, RegExp | null]>([
		[[], 0, null],
		[['X'], 0, /^The same code is counted once\. .*two people may have given exactly the same answers\.$/],
		[[], 1, /^1 code was in the text more than once\. The same code is counted once\./],
		[['X', 'Y'], 3, /^3 codes were in the text more than once\. The same code/]
	])('already %j, repeated %i: %s', (already, repeated, expected) => {
		const note = sameCodeNote({ already, repeated });
		if (expected === null) expect(note).toBeNull();
		else expect(note).toMatch(expected);
	});
});

describe('reportText', () => {
	const bad = (count: number) => Array.from({ length: count }, (_, i) => ({ code: `C${i}`, raw: `c${i}`, reason: 'x' }));
	const here = Array.from({ length: 5 }, (_, i) => standardCode(six(i * 20, 50)));
	// Tags are the caller's: here, each code's place in the list.
	const tagOf = (code: string) => `T${here.indexOf(code)}`;
	const [t0, t1, t2] = here.map(tagOf);
	const report = (found: number, added: number, already: number, bads = 0, lookalikes = 0): AddReport => ({
		found,
		added,
		already: here.slice(0, already),
		repeated: 0,
		bad: [...bad(bads), ...bad(lookalikes).map((code) => ({ ...code, code: `L${code.code}`, lookalike: true as const }))]
	});

	it.each<[AddReport, string]>([
		[report(4, 3, 1), `3 codes added. 1 was already here, listed as ${t0}.`],
		[report(1, 1, 0), '1 code added.'],
		[report(2, 0, 2), `No new codes added. 2 were already here, listed as ${t0} and ${t1}.`],
		[report(3, 0, 3), `No new codes added. 3 were already here, listed as ${t0}, ${t1} and ${t2}.`],
		[report(5, 1, 4), '1 code added. 4 were already here.'],
		[report(3, 1, 0, 2), '1 code added. 2 codes could not be added.'],
		[report(1, 0, 0, 1), '1 code could not be added.'],
		[report(2, 0, 1, 1), `No new codes added. 1 was already here, listed as ${t0}. 1 code could not be added.`],
		[report(0, 0, 0), 'No share codes were found in that text.'],
		// A line shaped like a code is said apart, so its sender does not seem to be counted.
		[report(4, 2, 0, 1, 1), '2 codes added. 1 code could not be added. 1 line looked like a code but is not one.'],
		[report(1, 0, 0, 0, 1), '1 line looked like a code but is not one.'],
		[report(3, 1, 0, 0, 2), '1 code added. 2 lines looked like codes but are not.'],
		[{ ...report(3, 2, 1), unlocked: true }, `2 codes added. 1 was already here, listed as ${t0}. The group picture is now showing.`],
		// A code in the text twice is said after the report, not in it (sameCodeNote).
		[{ ...report(1, 1, 0), repeated: 1 }, '1 code added.'],
		// A link to someone's own results page, where their code should be, is said: that person's code is still to come.
		[{ ...report(3, 3, 0), ownLinks: 1 }, '3 codes added. One link is to someone’s own reflection, not a share code.'],
		[{ ...report(0, 0, 0), ownLinks: 2 }, 'No share codes were found in that text. 2 links are to people’s own reflections, not share codes.'],
		[{ ...report(2, 0, 0, 1, 1), ownLinks: 1 }, '1 code could not be added. 1 line looked like a code but is not one. One link is to someone’s own reflection, not a share code.']
	])('%#: %s', (input, expected) => {
		expect(reportText(input, tagOf)).toBe(expected);
	});
});

describe('reasonsSaid', () => {
	const codes = (...reasons: string[]) => reasons.map((reason, i) => ({ code: `C${i}`, raw: `c${i}`, reason }));
	const mistypedReason = 'A character looks mistyped. Check the code against the one you were given.';
	it.each([
		['no code', codes(), true],
		['one from another session', codes(MISFIT_REASONS.session), true],
		['one from a reflection without the link, the longest reason', codes(MISFIT_REASONS.standard), true],
		['two mistyped', codes(mistypedReason, mistypedReason), true],
		['three mistyped', codes(mistypedReason, mistypedReason, mistypedReason), false],
		['one from another session and one without the link', codes(MISFIT_REASONS.session, MISFIT_REASONS.standard), false]
	])('%s: %s', (_name, bad, said) => {
		expect(reasonsSaid(bad)).toBe(said);
	});
});

describe('putBackLabel', () => {
	const code = (i: number, lookalike = false): BadCode => ({ code: `C${i}`, raw: `c${i}`, reason: 'x', ...(lookalike ? { lookalike: true as const } : {}) });
	it.each<[string, BadCode[], number, string]>([
		['one code', [code(0)], 1, 'Put the code back in the box to fix it'],
		['two codes', [code(0), code(1)], 2, 'Put the 2 codes back in the box to fix them, in this order'],
		['one of two, the other taken to its own screen', [code(0)], 2, 'Put the other code back in the box to fix it'],
		['three of five', [code(0), code(1), code(2)], 5, 'Put the other 3 codes back in the box to fix them, in this order'],
		['a line shaped like a code', [code(0, true)], 1, 'Put the line back in the box to fix it'],
		['a code and such a line', [code(0), code(1, true)], 2, 'Put the 2 codes back in the box to fix them, in this order']
	])('%s', (_, fixable, bad, label) => {
		expect(putBackLabel(fixable, bad)).toBe(label);
	});
});
