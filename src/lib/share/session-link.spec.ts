import { deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64Url } from './base64url';
import { SUGGESTION_TEXTS } from './custom-suggestions';
import { validSession } from './session-arbitraries.test-helper';
import { MAX_FRAGMENT_LENGTH } from './session-frame';
import { decodeSession, encodeSession, sessionLinkUrl } from './session-link';
import { expectWellFormed, handFrame, kindOf, linkOf, validLinks } from './session-link.test-helper';
import { SESSION_LIMITS, type SessionSettings } from './session-settings';

const WELCOME =
	'Thank you for coming to our planning day. Before we meet, please spend ten quiet minutes on this reflection. ' +
	'Your answers stay on your phone or computer. On the day you can choose to share a short code.';
const TYPICAL: SessionSettings = {
	title: 'Mental health services: co-production planning day',
	welcome: WELCOME,
	date: '2025-03-14',
	sources: ['educational', 'institutional', 'monetary', 'class', 'position', 'authority'],
	custom: [
		{ name: 'Lived experience', description: 'What you know from living through things yourself, like using services.' },
		{ name: 'Networks', description: 'The people you know and can call on, in your community or at work.' }
	],
	threshold: 3
};
const SHORT: SessionSettings = { ...TYPICAL, title: 'Tea', welcome: '', date: '2025-01-02', sources: ['educational', 'institutional', 'monetary'], custom: [], threshold: 4 };

// Version 1's [title, welcome, date, sourcesMask, [[name, description]], threshold], as documented in session-link.ts.
type WireParts = { title?: string; welcome?: string; date?: string; mask?: number; custom?: unknown; threshold?: number };
const wire = (parts: WireParts = {}) => [
	parts.title ?? 'Planning day',
	parts.welcome ?? '',
	parts.date ?? '',
	parts.mask ?? 0b111111,
	parts.custom ?? [],
	parts.threshold ?? 3
];

let pool: string[] = [];
beforeAll(async () => {
	pool = await validLinks();
});

describe('encodeSession and decodeSession', () => {
	it('round-trips any valid session in either version, in URL-safe characters only', async () => {
		await fc.assert(
			fc.asyncProperty(validSession, fc.constantFrom(1 as const, 2 as const), async (settings, version) => {
				const payload = await encodeSession(settings, version);
				expect(payload).toMatch(new RegExp(`^${version}[rz][A-Za-z0-9_-]+$`));
				expect(payload.length).toBeLessThanOrEqual(MAX_FRAGMENT_LENGTH);
				expect(await decodeSession(payload)).toEqual({ ok: true, settings });
			}),
			{ numRuns: 2000 }
		);
	}, 30_000);

	it('still writes version 1, which every build that has been cached reads', async () => {
		expect(await encodeSession(TYPICAL)).toMatch(/^1[rz]/);
	});

	it('gives the same link for the same settings', async () => {
		await fc.assert(
			fc.asyncProperty(validSession, async (settings) => {
				expect(await encodeSession(structuredClone(settings))).toBe(await encodeSession(settings));
			}),
			{ numRuns: 100 }
		);
	});

	it('deflates exactly when that is shorter than the plain bytes', async () => {
		const links = [...pool, await encodeSession(TYPICAL), await encodeSession(SHORT)];
		for (const link of links) {
			const body = fromBase64Url(link.slice(2))?.slice(6) ?? new Uint8Array();
			if (link[1] === 'z') expect(body.length).toBeLessThan(inflateRawSync(body).length);
			else expect(deflateRawSync(body).length).toBeGreaterThanOrEqual(body.length);
		}
		expect((await encodeSession(TYPICAL))[1]).toBe('z');
		expect((await encodeSession(SHORT))[1]).toBe('r');
	});

	it('keeps a typical session with two extra sources under 600 characters', async () => {
		expect(WELCOME.length).toBeGreaterThanOrEqual(200);
		expect((await encodeSession(TYPICAL)).length).toBeLessThan(600);
	});

	it('fits the largest possible session, in the hardest script to compress, within the length cap', async () => {
		let seed = 1;
		const noise = (length: number) =>
			Array.from({ length }, () => String.fromCharCode(0x4e00 + ((seed = (seed * 48271) % 2147483647) % 20000))).join('');
		const largest: SessionSettings = {
			...TYPICAL,
			title: noise(SESSION_LIMITS.titleLength),
			welcome: noise(SESSION_LIMITS.welcomeLength),
			custom: Array.from({ length: SESSION_LIMITS.maxCustom }, () => ({
				name: noise(SESSION_LIMITS.customNameLength),
				description: noise(SESSION_LIMITS.customDescriptionLength)
			}))
		};
		const link = await encodeSession(largest);
		expect(link.length).toBeLessThanOrEqual(MAX_FRAGMENT_LENGTH);
		expect(await decodeSession(link)).toEqual({ ok: true, settings: largest });
	});

	it('stores settings in their normal form', async () => {
		const messy = { ...TYPICAL, title: '  Planning day ', sources: [...TYPICAL.sources].reverse() };
		expect(await decodeSession(await encodeSession(messy))).toEqual({ ok: true, settings: { ...TYPICAL, title: 'Planning day' } });
	});

	it('refuses to make a link from settings that break the rules', async () => {
		await expect(encodeSession({ ...TYPICAL, threshold: 1 })).rejects.toThrow(RangeError);
	});

	it.each([
		['a leading #', (p: string) => `#${p}`],
		['surrounding space', (p: string) => `  \n${p}\t `],
		['a whole pasted link', (p: string) => ` ${sessionLinkUrl('https://example.org', p)} `],
		['a full stop after it', (p: string) => `${p}.`],
		['a closing bracket after it', (p: string) => `${sessionLinkUrl('https://example.org', p)})`],
		['an encoded space after it', (p: string) => `${p}%20`],
		['an ellipsis and more words after it', (p: string) => `${p}… see you Tuesday`],
		['quotes and an exclamation mark after it', (p: string) => `${p}"!`],
		['a space part-way, as when a wrapped link is pasted back together', (p: string) => `${p.slice(0, 30)} ${p.slice(30)}`],
		['an encoded space part-way', (p: string) => `${p.slice(0, 30)}%20${p.slice(30)}`],
		['an encoded line break part-way', (p: string) => `${p.slice(0, 30)}%0A${p.slice(30)}`],
		['an encoded Windows line break part-way, in lower case', (p: string) => `${p.slice(0, 30)}%0d%0a${p.slice(30)}`],
		['a line break between the version and the flag', (p: string) => `${p.slice(0, 1)}\n${p.slice(1)}`],
		['a whole link wrapped every 40 characters, then words', (p: string) => `${sessionLinkUrl('https://example.org', p)} see you`.replace(/.{40}/g, '$&\r\n')]
	])('reads a fragment with %s', async (_, dress) => {
		expect(await decodeSession(dress(await encodeSession(TYPICAL)))).toEqual({ ok: true, settings: TYPICAL });
	});

	it('builds the join link', () => {
		expect(sessionLinkUrl('https://example.org', '1rAB')).toBe('https://example.org/join#1rAB');
		expect(sessionLinkUrl('https://example.org/', '1rAB')).toBe('https://example.org/join#1rAB');
	});
});


describe('decodeSession names each problem', () => {
	const typical = () => encodeSession(TYPICAL, 2);
	const swap = (link: string, at: number) => link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
	const cases: [string, string, () => Promise<string> | string][] = [
		['empty', 'nothing', () => ''],
		['empty', 'a bare #', () => ' # '],
		['truncated', 'the version alone', () => '1'],
		['truncated', 'the marker alone', () => '1z'],
		['truncated', 'half a link', async () => (await typical()).slice(0, 150)],
		['truncated', 'all but the last character', async () => (await typical()).slice(0, -1)],
		['tampered', 'one character changed in the body', async () => swap(await typical(), 40)],
		['tampered', 'the last character changed', async () => swap(await typical(), (await typical()).length - 1)],
		['tampered', 'a character added at the end', async () => `${await typical()}A`],
		['tampered', 'a character added at the end, then a full stop', async () => `${await typical()}A.`],
		['truncated', 'a character from outside the alphabet part-way, which ends the link there', async () => `${(await typical()).slice(0, 30)}%${(await typical()).slice(31)}`],
		['truncated', 'a link a chat preview cut short with an ellipsis', async () => `${(await typical()).slice(0, 30)}…`],
		['truncated', 'a cut-short link with words after it', async () => `${(await typical()).slice(0, 60)} see you Tuesday`],
		['truncated', 'a wrapped link whose second line is missing', async () => `${(await typical()).slice(0, 60)}\n${(await typical()).slice(100)}`],
		['truncated', 'a link cut short by exactly one share code, with codes on the next lines', async () => `${(await typical()).slice(0, -22)}\n5K7Q-M3XZ-ABCD-EF12-3Q\nK7QM-3XZP-R2T9-W4HJ-9A`],
		['truncated', 'a link cut short by exactly two share codes, with them on the next lines', async () => `${(await typical()).slice(0, -44)}\n5K7Q-M3XZ-ABCD-EF12-3Q\nK7QM-3XZP-R2T9-W4HJ-9A`],
		['truncated', 'a link cut short by the length of the words after it', async () => `${(await typical()).slice(0, -6)} see you`],
		['tampered', 'the compression flag switched', async () => `1r${(await typical()).slice(2)}`],
		['tampered', 'a sound envelope around broken deflate data', () => handFrame('1z', new Uint8Array([0xff, 0xff, 0xff]))],
		['tampered', 'an unknown flag', async () => `1x${(await typical()).slice(2)}`],
		['truncated', 'version 2 alone', () => '2'],
		['tampered', 'a version 2 link marked version 1', async () => `1${(await typical()).slice(1)}`],
		['future-version', 'version 3', () => handFrame('3z', Buffer.from('whatever a newer build writes'))],
		['future-version', 'version 12 with a new flag', () => handFrame('12q', Buffer.from('[]'))],
		['future-version', 'a suggested source a newer build added', () => linkOf(['T', '', 0, [SUGGESTION_TEXTS.length]], '2r')],
		['wrong-type', 'version 3 on a damaged envelope', async () => `3${(await typical()).slice(1)}`],
		['wrong-type', 'version 3 alone', () => '3'],
		['wrong-type', 'a share code in lower case', () => '5k7q-m3xz-abcd-ef12-3q'],
		['wrong-type', 'a word', () => 'hello'],
		['wrong-type', 'a share code', () => 'K7QM-3XZP-R2T9-W4HJ'],
		['wrong-type', 'a route fragment', () => '#/results'],
		['wrong-type', 'a sign-in fragment', () => 'access_token=abc&state=1'],
		['wrong-type', 'version 0', async () => `0${(await typical()).slice(1)}`],
		['wrong-type', 'an unknown flag on a sound envelope', () => handFrame('1x', Buffer.from('[]'))],
		['wrong-type', 'bytes that are not text', () => handFrame('1r', new Uint8Array([0xff, 0xfe, 0x00]))],
		['wrong-type', 'text that is not JSON', () => linkOf('not json')],
		['wrong-type', 'a JSON object', () => linkOf({ title: 'Planning day', sources: [] })],
		['wrong-type', 'a short array', () => linkOf(wire().slice(0, 5))],
		['wrong-type', 'a number for the title', () => linkOf([7, ...wire().slice(1)])],
		['wrong-type', 'an unknown source bit', () => linkOf(wire({ mask: 64 }))],
		['wrong-type', 'a fractional mask', () => linkOf(wire({ mask: 1.5 }))],
		['wrong-type', 'an extra source without a description', () => linkOf(wire({ custom: [['Faith']] }))],
		['wrong-type', 'an extra source as an object', () => linkOf(wire({ custom: [{ name: 'Faith', description: '' }] }))],
		['wrong-type', 'a __proto__ key', () => linkOf('{"__proto__":{"polluted":true}}')],
		['wrong-type', 'a __proto__ key in an extra source', () => linkOf(`["T","","",63,[{"__proto__":{"polluted":true}}],3]`)],
		['too-long', 'an enormous fragment', () => `1z${'A'.repeat(MAX_FRAGMENT_LENGTH)}`],
		['too-long', 'a small link that opens up into too much', () => linkOf(wire({ welcome: 'a'.repeat(20_000) }), '1z')],
		['too-long', 'a small version 2 link that opens up into too much', () => linkOf(['T', 'a'.repeat(20_000)], '2z')]
	];

	it.each(cases)('%s: %s', async (kind, _, make) => {
		const result = await decodeSession(await make());
		expect(kindOf(result)).toBe(kind);
		expectWellFormed(result);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	const unsafe: [string, WireParts][] = [
		['title', { title: '<script>alert(1)</script>' }],
		['title', { title: 'Power > money' }],
		['welcome', { welcome: 'Hello <img src=x onerror=alert(1)>' }],
		['welcome', { welcome: 'Tap here: JaVa\nScRiPt:alert(1)' }],
		['welcome', { welcome: 'Hello <!-- hidden -->' }],
		['custom', { custom: [['javascript:alert(1)', '']] }],
		['custom', { custom: [['Faith', 'Click onmouseover = alert(1)']] }],
		['custom', { custom: [['Faith', '</p>']] }]
	];

	it.each(unsafe)('unsafe-text: markup in the %s', async (field, parts) => {
		const result = await decodeSession(await linkOf(wire(parts)));
		expect(result).toMatchObject({ ok: false, error: { kind: 'unsafe-text', field } });
		expectWellFormed(result);
	});

	const invalid: [string, string, WireParts][] = [
		['sources', 'too few sources', { mask: 0b11 }],
		['sources', 'no sources', { mask: 0 }],
		['date', 'a day that does not exist', { date: '2025-02-30' }],
		['date', 'a month that does not exist', { date: '2025-13-01' }],
		['date', 'a date in another format', { date: '14/03/2025' }],
		['threshold', 'a threshold of 1', { threshold: 1 }],
		['threshold', 'a threshold of 51', { threshold: 51 }],
		['threshold', 'a fractional threshold', { threshold: 2.5 }],
		['title', 'an empty title', { title: '   ' }],
		['title', 'a title one character too long', { title: 'a'.repeat(SESSION_LIMITS.titleLength + 1) }],
		['title', 'a control character', { title: 'Planning\u0007 day' }],
		['title', 'a line break in the title', { title: 'Planning\nday' }],
		['title', 'half an emoji', { title: 'Planning \ud83c day' }],
		['welcome', 'a welcome one character too long', { welcome: 'a'.repeat(SESSION_LIMITS.welcomeLength + 1) }],
		['custom', 'a direction override', { custom: [['Fai\u202eth', '']] }],
		['custom', 'five extra sources', { custom: ['A', 'B', 'C', 'D', 'E'].map((name) => [name, '']) }],
		['custom', 'two extra sources with one name', { custom: [['Faith', ''], ['FAITH', '']] }],
		['custom', 'an extra source named like a standard one', { custom: [['education', '']] }],
		['custom', 'an extra source without a name', { custom: [[' ', 'Something']] }]
	];

	it.each(invalid)('invalid: %s (%s)', async (field, _, parts) => {
		const result = await decodeSession(await linkOf(wire(parts)));
		expect(result).toMatchObject({ ok: false, error: { kind: 'invalid', field } });
		expectWellFormed(result);
	});

	it.each(['1r', '1z'] as const)('reads a hand-made %s link that follows the documented format', async (marker) => {
		const made = { ...SHORT, custom: [{ name: 'Faith', description: 'Belief and belonging' }] };
		const parts = [made.title, made.welcome, made.date, 0b111, [['Faith', 'Belief and belonging']], made.threshold];
		expect(await decodeSession(linkOf(parts, marker))).toEqual({ ok: true, settings: made });
	});

	it('never throws, even when handed something that is not a string', async () => {
		expect(kindOf(await decodeSession(undefined as unknown as string))).toBe('wrong-type');
	});
});
