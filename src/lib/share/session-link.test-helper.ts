// Test support for session link specs: links built by hand, and what every decode must look like.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { expect } from 'vitest';
import { validSession } from './session-arbitraries.test-helper';
import { encodeSession, type SessionLinkResult } from './session-link';
import type { SessionSettings } from './session-settings';
import { validateSession } from './session-validate';

const KINDS = ['empty', 'truncated', 'tampered', 'future-version', 'wrong-type', 'too-long', 'unsafe-text', 'invalid'];

/** A fragment built by hand from the format described in session-link.ts, with Node's own CRC-32 and base64url. */
export function handFrame(marker: string, body: Uint8Array): string {
	const header = Buffer.alloc(6);
	header.writeUInt32BE(crc32(Buffer.concat([Buffer.from(marker), body])), 0);
	header.writeUInt16BE(body.length, 4);
	return marker + Buffer.concat([header, body]).toString('base64url');
}

/** Any JSON in a sound envelope, as a faulty or hostile tool might make it. */
export const linkOf = (json: unknown, marker: '1r' | '1z' | '2r' | '2z' = '1r') => {
	const bytes = Buffer.from(typeof json === 'string' ? json : JSON.stringify(json));
	return handFrame(marker, marker.endsWith('z') ? deflateRawSync(bytes) : bytes);
};

/** The JSON a fragment carries, read with Node's own base64url and inflate. */
export function jsonOf(fragment: string): unknown {
	const body = Buffer.from(fragment.slice(2), 'base64url').subarray(6);
	return JSON.parse((fragment[1] === 'z' ? inflateRawSync(body) : body).toString('utf8'));
}

/** What a decode came to: 'ok', or the kind of its problem. */
export const kindOf = (result: SessionLinkResult) => (result.ok ? 'ok' : result.error.kind);

/** Every decode is either valid settings or a known kind of problem with a plain, whole-sentence message. */
export function expectWellFormed(result: SessionLinkResult): void {
	if (result.ok) {
		expect(validateSession(result.settings)).toEqual({ ok: true, settings: result.settings });
		return;
	}
	expect(KINDS).toContain(result.error.kind);
	expect(result.error.message).toMatch(/^[A-Z].{30,}\.$/s);
	expect(result.error.message).not.toMatch(/undefined|null|json|base64|crc|deflate|\{/i);
}

const SIX = ['educational', 'institutional', 'monetary', 'class', 'position', 'authority'] as const;
const LIVED = 'What you know from living through something yourself, such as using a service, caring or hard times.';
const LANGUAGE = 'Speaking the language this group uses, including its special words, and being easily understood.';
const NETWORKS = 'The people you know, and who would help you or pass on a message if you asked.';

const SUGGESTED: SessionSettings = {
	title: 'Ward 7 team reflection',
	welcome: 'Thank you for coming. Please spend ten quiet minutes on this.',
	date: '2025-03-14',
	sources: [...SIX],
	custom: [
		{ name: 'Lived experience', description: LIVED },
		{ name: 'Language', description: LANGUAGE }
	],
	threshold: 3
};
const MIXED: SessionSettings = {
	title: 'Café forum – “Tuesday”',
	welcome: 'Line one.\nLine two.',
	date: null,
	sources: ['educational', 'monetary', 'authority'],
	custom: [
		{ name: 'Networks', description: NETWORKS },
		{ name: 'Faith', description: 'Belief and belonging' },
		{ name: 'Language', description: '' }
	],
	threshold: 7
};
const PLAIN: SessionSettings = { title: 'Tea', welcome: '', date: '2024-02-29', sources: ['educational', 'institutional', 'monetary'], custom: [], threshold: 2 };

/**
 * Links as builds made them, each with the settings it opens to and the fingerprint those had
 * when it was made. Written down once and never regenerated: links already sent must keep
 * opening exactly so, and keep matching their codes.
 */
export const SENT_LINKS: { name: string; link: string; settings: SessionSettings; fingerprint: string }[] = [
	{
		name: 'two suggested sources, version 1',
		link: '1zFcA53ADxLY_NbsMgEIRfZcSZWGnSn5fIoVIr5WD5QGFtVsGsy0LSvH1F2us3I30zozm7EvCGSm5FoTmRryzZWPMZXb7gLg2zFHhZOS8D3hM5JehGOaBSxndjqlg5t0oKyaiRdTDWHPaHl93-uHt6Nvb1aMfRnPhKAfSzUWHKnow15-jqw3HJcsNcZEXiK-cFNRZpS4TKSjV2cpdWlNJsoc1HOEXTzh2UypU9WXhXOpGC2G9VXkkHM9nRnFxemlu682Mjd_lTENI_f8zGUqRtaEpqwdmnFnqPq_bDnl3CTUpQC5cDvqiH5JTTHS0HKlpFwmCmyR6nXw',
		settings: SUGGESTED,
		fingerprint: '0Y5N'
	},
	{
		name: 'two suggested sources, version 2',
		link: '2z06G_WABiBcE9DoMwDAbQq3zKHKHwp16jQ6UOiCECU6wSGxJn4Pa8N7lvzCteMIoJmbaDFmMV591nj_LHrRWbZiyaWH4N3gfFQignyQojwVWZDImlGhWowHYujfNd6MbQt4Ofgm_n-QE',
		settings: SUGGESTED,
		fingerprint: '0Y5N'
	},
	{
		name: 'a suggestion, an own source and a changed suggestion, version 1',
		link: '1zN9xnxgCqHY4xCsJAEEWvMkw9pLGwV7ASK7uYYiSTzZJ1JmSzLOlyB1s9gOfwJjmJuN2D9_j8Go_cfT_Q2ZQesK1P2NbXNUlsednWNxKevQqYSnXTgnO2CgmRdnuqa7zInG0aIhJee4FRbAwCiyUY1DIBawu5N8iWQgu9hLFIm2DkGMEUGB4SIzsB3xXHcZC2woZqPLGfeyQ8SPDSlbG7BFPn1ZXgzOoSO_k_ahraNz8',
		settings: MIXED,
		fingerprint: 'XFAS'
	},
	{
		name: 'a suggestion, an own source and a changed suggestion, version 2',
		link: '2ztAe9wQBzi1ZyTkw7vFIhLb-oNFfhUcNkhUcNc0JKU4tTEisfNcxV0lHyycxLVcjPS9WLyQMzS8rz9ZR0DHSijXSildwSM0sylHSUnFJzMlPTFBLzUhSSUnPy89Iz89KVYnWilXwS89JLE9NTlXSUlGJjdYzNdcxjAQ',
		settings: MIXED,
		fingerprint: 'XFAS'
	},
	{ name: 'three standard sources and no extras, version 1', link: '1rIarEsAAeWyJUZWEiLCIiLCIyMDI0LTAyLTI5Iiw3LFtdLDJd', settings: PLAIN, fingerprint: 'P22V' },
	{ name: 'three standard sources and no extras, version 2', link: '2rCgMYaQAaWyJUZWEiLCIiLDIwMjQwMjI5LFtdLDcsMl0', settings: PLAIN, fingerprint: 'P22V' }
];

/** Sixty valid sessions' links in each version, the same on every run, and the links sent before, to mutate. */
export async function validLinks(): Promise<string[]> {
	const sessions = fc.sample(validSession, { numRuns: 60, seed: 7 });
	const made = await Promise.all(sessions.flatMap((settings) => [encodeSession(settings, 1), encodeSession(settings, 2)]));
	return [...made, ...SENT_LINKS.map((sent) => sent.link)];
}
