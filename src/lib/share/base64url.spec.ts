import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64UrlLength, fromBase64Url, isBase64Url, toBase64Url } from './base64url';

describe('base64url', () => {
	it('matches Node’s base64url encoder and reads its own output back', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), (data) => {
				const text = toBase64Url(data);
				expect(text).toBe(Buffer.from(data).toString('base64url'));
				expect(text.length).toBe(base64UrlLength(data.length));
				expect(isBase64Url(text)).toBe(true);
				expect(fromBase64Url(text)).toEqual(data);
			}),
			{ numRuns: 500 }
		);
	});

	it.each([
		['RFC 4648 test vector', 'Zm9vYmFy', 'foobar'],
		['one byte', 'Zg', 'f'],
		['two bytes', 'Zm8', 'fo'],
		['the URL-safe characters', '-_8', '\xfb\xff']
	])('reads %s', (_, text, expected) => {
		expect(fromBase64Url(text)).toEqual(Uint8Array.from(expected, (char) => char.charCodeAt(0)));
	});

	it.each([
		['an impossible length', 'Zm9vY'],
		['padding', 'Zg=='],
		['standard base64 characters', 'ab+/'],
		['a space', 'Zm9 v'],
		['leftover bits that are not zero', 'Zh'],
		['a letter from another script', 'Zm9vYmÄy']
	])('refuses %s', (_, text) => {
		expect(fromBase64Url(text)).toBeNull();
	});
});
