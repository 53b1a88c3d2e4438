/**
 * The outer envelope of a session link: version marker, checksum, length and optional
 * compression around some JSON bytes. The full format is described in session-link.ts.
 */
import { base64UrlLength, fromBase64Url, isBase64Url, toBase64Url } from './base64url';
import { deflateRaw, inflateRaw } from './compression';
import {
	frameChecksum,
	HEADER_BYTES,
	HEADER_CHARS,
	MARKER,
	MAX_FRAGMENT_LENGTH,
	promisedLength,
	unwrapFragment
} from './unwrap-fragment';

/** The longest fragment read at all (kept beside the unwrapping, which stops there too). */
export { MAX_FRAGMENT_LENGTH } from './unwrap-fragment';

/** The newest link format this build reads; it reads every older one too. */
const NEWEST_LINK_VERSION = 2;

/** The most bytes a compressed body may open up to. */
const MAX_BODY_BYTES = 16 * 1024;

const RAW = 'r';
const DEFLATED = 'z';

/** Why a fragment's envelope could not be opened. */
export type FrameProblem =
	| 'empty'
	| 'truncated'
	| 'tampered'
	| 'future-version'
	| 'wrong-type'
	| 'too-long';

/** The JSON bytes inside a fragment and the format version they follow, or why they could not be reached. */
export type FrameResult = { ok: true; version: number; json: Uint8Array } | { ok: false; problem: FrameProblem };

function frame(marker: string, body: Uint8Array): string {
	const bytes = new Uint8Array(HEADER_BYTES + body.length);
	const view = new DataView(bytes.buffer);
	view.setUint32(0, frameChecksum(marker, body));
	view.setUint16(4, body.length);
	bytes.set(body, HEADER_BYTES);
	return marker + toBase64Url(bytes);
}

/** JSON bytes wrapped in the envelope, marked with their format's version, deflated only when that is shorter. */
export async function packFrame(json: Uint8Array, version: number): Promise<string> {
	const deflated = await deflateRaw(json);
	const [flag, body] = deflated.length < json.length ? [DEFLATED, deflated] : [RAW, json];
	return frame(`${version}${flag}`, body);
}

/** True for a version this build reads, written as it writes it ("1", never "01"). */
const isKnownVersion = (version: string): boolean => /^[1-9]\d*$/.test(version) && Number(version) <= NEWEST_LINK_VERSION;

/** The fragment with any '#', surrounding space, or the rest of a pasted link taken off. */
function fragmentPart(text: string): string {
	const hash = text.indexOf('#');
	return (hash === -1 ? text : text.slice(hash + 1)).trim();
}

/**
 * A link's data with what follows it taken off, when that starts outside the alphabet: chat
 * apps and mail often stick a full stop, a bracket or words on the end of a link, or cut it
 * short with "…". Null when there is no such ending, or the data before it is longer than
 * its header says (something was added to the link itself).
 */
function withoutEnding(rest: string): string | null {
	const data = /^[A-Za-z0-9_-]*/.exec(rest)?.[0] ?? '';
	const promised = data === rest ? null : promisedLength(data);
	return promised !== null && data.length <= promised ? data : null;
}

/** The JSON bytes inside a fragment; never throws. */
export async function unpackFrame(input: string): Promise<FrameResult> {
	const fail = (problem: FrameProblem): FrameResult => ({ ok: false, problem });
	const pasted = fragmentPart(input);
	if (!pasted) return fail('empty');
	if (pasted.length > MAX_FRAGMENT_LENGTH) return fail('too-long');
	const unwrapped = unwrapFragment(pasted);
	const text = unwrapped.fragment + pasted.slice(unwrapped.end);
	if (isKnownVersion(text)) return fail('truncated');
	const marker = MARKER.exec(text);
	if (!marker) return fail('wrong-type');
	const [start = '', version = '', flag = ''] = marker;
	// Only a sound envelope is trusted to come from a newer build. Anything else with a
	// higher number is more likely some other text, such as a share code typed in lower case.
	const known = isKnownVersion(version);
	const damaged = (problem: FrameProblem) => fail(known ? problem : 'wrong-type');
	const rest = text.slice(start.length);
	const chars = withoutEnding(rest) ?? rest;
	if (!isBase64Url(chars)) return damaged('tampered');
	if (chars.length < HEADER_CHARS) return damaged('truncated');
	const header = fromBase64Url(chars.slice(0, HEADER_CHARS));
	if (!header) return damaged('tampered');
	const view = new DataView(header.buffer);
	const expected = HEADER_CHARS + base64UrlLength(view.getUint16(4));
	if (chars.length < expected) return damaged('truncated');
	const body = chars.length === expected ? fromBase64Url(chars.slice(HEADER_CHARS)) : null;
	if (!body || frameChecksum(start, body) !== view.getUint32(0)) return damaged('tampered');
	if (!known) return fail('future-version');
	if (flag !== RAW && flag !== DEFLATED) return fail('wrong-type');
	if (flag === RAW) return { ok: true, version: Number(version), json: body };
	const json = await inflateRaw(body, MAX_BODY_BYTES);
	if (json === 'too-long') return fail('too-long');
	return json === 'broken' ? fail('tampered') : { ok: true, version: Number(version), json };
}
