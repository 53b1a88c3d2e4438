// Test support for session link specs: links built by hand, and what every decode must look like.
import { crc32, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { expect } from 'vitest';
import { validSession } from './session-arbitraries.test-helper';
import { encodeSession, type SessionLinkResult } from './session-link';
import { validateSession } from './session-validate';

const KINDS = ['empty', 'truncated', 'tampered', 'future-version', 'wrong-type', 'too-long', 'unsafe-text', 'invalid'];

/** A version 1 fragment built by hand from the format described in session-link.ts, with Node's own CRC-32 and base64url. */
export function handFrame(marker: string, body: Uint8Array): string {
	const header = Buffer.alloc(6);
	header.writeUInt32BE(crc32(Buffer.concat([Buffer.from(marker), body])), 0);
	header.writeUInt16BE(body.length, 4);
	return marker + Buffer.concat([header, body]).toString('base64url');
}

/** Any JSON in a sound envelope, as a faulty or hostile tool might make it. */
export const linkOf = (json: unknown, marker: '1r' | '1z' = '1r') => {
	const bytes = Buffer.from(typeof json === 'string' ? json : JSON.stringify(json));
	return handFrame(marker, marker === '1z' ? deflateRawSync(bytes) : bytes);
};

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

/** Sixty valid links, the same on every run, to mutate. */
export function validLinks(): Promise<string[]> {
	return Promise.all(fc.sample(validSession, { numRuns: 60, seed: 7 }).map(encodeSession));
}
