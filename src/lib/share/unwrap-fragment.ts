/**
 * The shape of a session link's fragment (VERSION FLAG then DATA, whose header holds a
 * checksum and the body's length; see session-frame.ts), and how to put one back together
 * when a mail or notes app has wrapped it over lines.
 */
import { base64UrlLength, fromBase64Url } from './base64url';
import { crc32 } from './checksum';

/** The longest fragment read at all; every valid session fits well within it. */
export const MAX_FRAGMENT_LENGTH = 6000;

/** The bytes of the header at the start of DATA: a 4-byte checksum, then the body's length in 2 bytes. */
export const HEADER_BYTES = 6;

/** How many characters of DATA the header takes. */
export const HEADER_CHARS = base64UrlLength(HEADER_BYTES);

/** The version and flag that start a fragment, such as "1z", caught as (version)(flag). */
export const MARKER = /^([1-9]\d{0,2})([a-z])/;

/** The checksum a fragment's header holds: CRC-32 of the marker's characters followed by the body. */
export function frameChecksum(marker: string, body: Uint8Array): number {
	const bytes = new Uint8Array(marker.length + body.length);
	bytes.set(new TextEncoder().encode(marker));
	bytes.set(body, marker.length);
	return crc32(bytes);
}

/** How many characters of DATA its header promises, or null before a whole header. */
export function promisedLength(data: string): number | null {
	const header = data.length < HEADER_CHARS ? null : fromBase64Url(data.slice(0, HEADER_CHARS));
	return header && HEADER_CHARS + base64UrlLength(new DataView(header.buffer).getUint16(4));
}

const PIECE = /[A-Za-z0-9_-]+/y;
// Spaces and line breaks, typed or percent-encoded as a browser's address bar or a mail app writes them.
const GAP = /(?:\s|%(?:20|09|0a|0d))+/iy;

// "999z" then the header.
const LONGEST_START = 4 + HEADER_CHARS;

const span = (pattern: RegExp, text: string, at: number): number => {
	pattern.lastIndex = at;
	return pattern.exec(text)?.[0].length ?? 0;
};

/** How many characters of a fragment (VERSION FLAG DATA) its header promises, or null before a whole header. */
function promisedFragment(fragment: string): number | null {
	const marker = MARKER.exec(fragment)?.[0].length ?? 0;
	const data = marker === 0 ? null : promisedLength(fragment.slice(marker, marker + HEADER_CHARS));
	return data === null ? null : marker + data;
}

/** True when a fragment's body matches the checksum in its header. */
function isSound(fragment: string): boolean {
	const marker = MARKER.exec(fragment)?.[0] ?? '';
	const header = fromBase64Url(fragment.slice(marker.length, marker.length + HEADER_CHARS));
	const body = fromBase64Url(fragment.slice(marker.length + HEADER_CHARS));
	return header !== null && body !== null && frameChecksum(marker, body) === new DataView(header.buffer).getUint32(0);
}

/**
 * The fragment at the start of `text` with the spaces and line breaks taken out that a mail or
 * notes app puts in a long link when it wraps it, and where in `text` it ends. Pieces are joined
 * only when they make exactly the length the header promises and match its checksum, so words
 * or share codes after a link, or after a link cut short, are left as they were.
 */
export function unwrapFragment(text: string): { fragment: string; end: number } {
	const start = span(GAP, text, 0);
	let end = start + span(PIECE, text, start);
	let fragment = text.slice(start, end);
	const first = { fragment, end };
	// Before a whole header (which may be split over lines too) the aim is the longest marker and
	// a header: text that has none by then never will, so the words after it are left alone.
	while (fragment.length < (promisedFragment(fragment) ?? LONGEST_START)) {
		const gap = span(GAP, text, end);
		const piece = gap === 0 ? 0 : span(PIECE, text, end + gap);
		if (piece === 0 || fragment.length + piece > MAX_FRAGMENT_LENGTH) break;
		fragment += text.slice(end + gap, end + gap + piece);
		end += gap + piece;
	}
	return fragment.length === promisedFragment(fragment) && isSound(fragment) ? { fragment, end } : first;
}
