/**
 * Base64url without padding (RFC 4648 §5): the only characters are A-Z, a-z, 0-9, "-"
 * and "_", so the text survives in a URL fragment, a chat message or an email untouched.
 * The decoder is strict: it refuses any other character, an impossible length, and
 * leftover bits that are not zero, so every byte string has exactly one spelling.
 */

/** The 64 characters, in order of their value. */
export const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const VALUES = new Map([...BASE64URL_ALPHABET].map((char, value) => [char, value]));

/** True when the text uses base64url characters only (the empty text counts). */
export function isBase64Url(text: string): boolean {
	return /^[A-Za-z0-9_-]*$/.test(text);
}

/** How many characters the encoding of `byteLength` bytes takes. */
export function base64UrlLength(byteLength: number): number {
	return Math.ceil((byteLength * 4) / 3);
}

/** Bytes as base64url text, without padding. */
export function toBase64Url(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = base64UrlLength(Math.min(3, bytes.length - i));
		for (let c = 0; c < chars; c++) text += BASE64URL_ALPHABET[(chunk >>> (18 - 6 * c)) & 63];
	}
	return text;
}

/** The bytes behind base64url text, or null when it is not the one exact spelling of any bytes. */
export function fromBase64Url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
	let buffer = 0;
	let bits = 0;
	let at = 0;
	for (const char of text) {
		const value = VALUES.get(char);
		if (value === undefined) return null;
		buffer = ((buffer << 6) | value) & 0xfff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[at++] = (buffer >>> bits) & 0xff;
		}
	}
	// Bits left over at the end must be zero, or two texts would decode to the same bytes.
	return (buffer & ((1 << bits) - 1)) === 0 ? bytes : null;
}
