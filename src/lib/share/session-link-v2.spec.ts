import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUGGESTION_TEXTS } from './custom-suggestions';
import { validSession } from './session-arbitraries.test-helper';
import { sessionFingerprint } from './session-fingerprint';
import { decodeSession, encodeSession, sessionLinkUrl } from './session-link';
import { SENT_LINKS, expectWellFormed, jsonOf, kindOf, linkOf } from './session-link.test-helper';
import type { SessionSettings } from './session-settings';

const SIX: SessionSettings['sources'] = ['educational', 'institutional', 'monetary', 'class', 'position', 'authority'];
const TEA: SessionSettings = { title: 'Tea', welcome: '', date: null, sources: SIX, custom: [], threshold: 3 };
const [LIVED, LANGUAGE, NETWORKS] = [SUGGESTION_TEXTS[0]!, SUGGESTION_TEXTS[1]!, SUGGESTION_TEXTS[2]!];
const FAITH = { name: 'Faith', description: 'Belief and belonging' };
const tea = (change: Partial<SessionSettings>): SessionSettings => ({ ...TEA, ...change });

describe('links already sent', () => {
	it.each(SENT_LINKS)('$name opens to exactly the settings it carried', async ({ link, settings }) => {
		expect(await decodeSession(link)).toEqual({ ok: true, settings });
	});

	it.each(SENT_LINKS)('$name gives the fingerprint it had when it was made', async ({ link, fingerprint }) => {
		const opened = await decodeSession(link);
		expect(opened.ok && sessionFingerprint(opened.settings)).toBe(fingerprint);
	});

	it.each(SENT_LINKS.filter((sent) => sent.link.startsWith('1')))('$name, made again now as version 2, opens to the same settings', async ({ settings, fingerprint }) => {
		const link = await encodeSession(settings, 2);
		expect(link).toMatch(/^2[rz]/);
		const opened = await decodeSession(link);
		expect(opened).toEqual({ ok: true, settings });
		expect(opened.ok && sessionFingerprint(opened.settings)).toBe(fingerprint);
	});
});

describe('version 2 links', () => {
	// The JSON each session's link carries, worked out by hand from the format in session-link.ts.
	it.each<[string, SessionSettings, unknown[]]>([
		['everything at its default', TEA, ['Tea']],
		['a welcome note', tea({ welcome: 'Hi' }), ['Tea', 'Hi']],
		['a date', tea({ date: '2025-03-14' }), ['Tea', '', 20250314]],
		['two suggestions left as they were', tea({ custom: [LIVED, LANGUAGE] }), ['Tea', '', 0, [0, 1]]],
		['a suggestion with spaces around its name, which are dropped', tea({ custom: [{ ...NETWORKS, name: ` ${NETWORKS.name} ` }] }), ['Tea', '', 0, [2]]],
		['a suggestion with its description changed', tea({ custom: [{ ...LIVED, description: 'Mine' }] }), ['Tea', '', 0, [['Lived experience', 'Mine']]]],
		['a suggestion with its description taken out', tea({ custom: [{ ...LIVED, description: '' }] }), ['Tea', '', 0, [['Lived experience', '']]]],
		['a suggestion with its name in other capitals', tea({ custom: [{ ...LANGUAGE, name: 'language' }] }), ['Tea', '', 0, [['language', LANGUAGE.description]]]],
		['an own source between suggestions', tea({ custom: [NETWORKS, FAITH, LIVED] }), ['Tea', '', 0, [2, ['Faith', 'Belief and belonging'], 0]]],
		['three standard sources', tea({ sources: ['educational', 'institutional', 'monetary'] }), ['Tea', '', 0, [], 7]],
		['a group size of 5', tea({ threshold: 5 }), ['Tea', '', 0, [], 63, 5]],
		['everything set', { title: 'Tea', welcome: 'Hi', date: '2024-02-29', sources: ['authority'], custom: [FAITH, LIVED], threshold: 2 }, ['Tea', 'Hi', 20240229, [['Faith', 'Belief and belonging'], 0], 32, 2]]
	])('carry %s as the format says', async (_, settings, expected) => {
		const link = await encodeSession(settings, 2);
		expect(link).toMatch(/^2[rz]/);
		expect(jsonOf(link)).toEqual(expected);
	});

	it.each<[string, unknown[], SessionSettings]>([
		['a title alone', ['Tea'], TEA],
		['every default written out', ['Tea', '', 0, [], 63, 3], TEA],
		['suggestions by number', ['Tea', '', 0, [1, ['Faith', 'Belief and belonging'], 2]], tea({ custom: [LANGUAGE, FAITH, NETWORKS] })],
		['a suggestion’s words written out', ['Tea', '', 0, [[LIVED.name, LIVED.description]]], tea({ custom: [LIVED] })],
		['a date and a few sources', ['Tea', 'Hi', 20240229, [], 0b100101, 50], tea({ welcome: 'Hi', date: '2024-02-29', sources: ['educational', 'monetary', 'authority'], threshold: 50 })]
	])('open from a hand-made link with %s', async (_, json, settings) => {
		for (const marker of ['2r', '2z'] as const) expect(await decodeSession(linkOf(json, marker))).toEqual({ ok: true, settings });
	});

	it('open to the fingerprint the facilitator’s own device works out, for any session', async () => {
		await fc.assert(
			fc.asyncProperty(validSession, async (settings) => {
				const opened = await decodeSession(await encodeSession(settings, 2));
				expect(opened.ok && sessionFingerprint(opened.settings)).toBe(sessionFingerprint(settings));
			}),
			{ numRuns: 300 }
		);
	});

	it('give the same fingerprint whether a suggestion came by number or in words', async () => {
		const byNumber = await decodeSession(linkOf(['Tea', '', 0, [0]], '2r'));
		const inWords = await decodeSession(linkOf(['Tea', '', 0, [[LIVED.name, LIVED.description]]], '2r'));
		const asV1 = await decodeSession(linkOf(['Tea', '', '', 63, [[LIVED.name, LIVED.description]], 3], '1r'));
		const fingerprints = [byNumber, inWords, asV1].map((opened) => opened.ok && sessionFingerprint(opened.settings));
		expect(fingerprints).toEqual(Array(3).fill(sessionFingerprint(tea({ custom: [LIVED] }))));
	});

	it('keep a typical session with two suggested sources to about half its version 1 length', async () => {
		const welcome = 'Thank you for coming to our planning day. Before we meet, please spend ten quiet minutes on this reflection.';
		const settings = { ...TEA, title: 'Ward 7 team reflection', welcome, date: '2025-03-14', custom: [LIVED, LANGUAGE] };
		// The same session's version 1 link was 397 characters at this address.
		expect(sessionLinkUrl('https://rebalance.example.org', await encodeSession(settings, 2)).length).toBeLessThan(220);
	});

	it.each<[string, unknown[]]>([
		['an empty array', []],
		['seven fields', ['Tea', '', 0, [], 63, 3, 0]],
		['no welcome where one should be', ['Tea', null]],
		['the date as text', ['Tea', '', '2025-03-14']],
		['a negative date', ['Tea', '', -1]],
		['a fractional date', ['Tea', '', 20250314.5]],
		['a negative suggestion number', ['Tea', '', 0, [-1]]],
		['a fractional suggestion number', ['Tea', '', 0, [0.5]]],
		['an extra source as a name alone', ['Tea', '', 0, ['Faith']]],
		['an extra source with three parts', ['Tea', '', 0, [['Faith', '', '']]]],
		['an unknown source bit', ['Tea', '', 0, [], 64]],
		['the group size as text', ['Tea', '', 0, [], 63, '3']]
	])('are not session links with %s', async (_, json) => {
		const result = await decodeSession(linkOf(json, '2r'));
		expect(kindOf(result)).toBe('wrong-type');
		expectWellFormed(result);
	});

	it.each<[string, string, unknown[]]>([
		['date', 'a day that does not exist', ['Tea', '', 20250230]],
		['date', 'a number too short for a date', ['Tea', '', 123]],
		['date', 'a number too long for a date', ['Tea', '', 123456789]],
		['custom', 'the same suggestion twice', ['Tea', '', 0, [0, 0]]],
		['custom', 'a suggestion by number and in words', ['Tea', '', 0, [0, [LIVED.name, 'Mine']]]],
		['sources', 'too few sources', ['Tea', '', 0, [], 0b11]],
		['threshold', 'a group size of 1', ['Tea', '', 0, [], 63, 1]],
		['title', 'an empty title', ['  ']]
	])('are refused, saying where, for the %s: %s', async (field, _, json) => {
		const result = await decodeSession(linkOf(json, '2z'));
		expect(result).toMatchObject({ ok: false, error: { kind: 'invalid', field } });
		expect(!result.ok && result.error.message).toMatch(/^This session link cannot be used\. .+ Ask the person who sent it to make a new link\.$/);
		expectWellFormed(result);
	});

	it.each<[string, unknown[]]>([
		['title', ['<script>alert(1)</script>']],
		['welcome', ['Tea', 'Hello <img src=x onerror=alert(1)>']],
		['custom', ['Tea', '', 0, [['javascript:alert(1)', '']]]]
	])('refuse markup in the %s', async (field, json) => {
		const result = await decodeSession(linkOf(json, '2r'));
		expect(result).toMatchObject({ ok: false, error: { kind: 'unsafe-text', field } });
		expectWellFormed(result);
	});
});
