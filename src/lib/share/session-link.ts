/*
 * Session links: a facilitator's session settings carried in a URL fragment, so the
 * static host never sees them. A link looks like
 *
 *     https://example.org/join#2z<base64url>
 *
 * Fragment  = VERSION FLAG DATA
 *   VERSION = "1" or "2", in decimal.
 *   FLAG    = "r" when BODY is the plain JSON bytes, "z" when it is raw deflate
 *             (RFC 1951) of them. The encoder uses "z" only when it is shorter.
 *   DATA    = base64url without padding (A-Z a-z 0-9 - _) of HEADER then BODY. The
 *             decoder refuses any other spelling, including non-zero leftover bits.
 *   HEADER  = 6 bytes, so exactly the first 8 characters of DATA:
 *             CRC-32 (4 bytes, big-endian) of the ASCII of VERSION FLAG followed by BODY,
 *             then BODY's length in bytes (2 bytes, big-endian).
 * Fewer characters than HEADER promises means the link was cut short ('truncated');
 * any other mismatch means it was changed ('tampered'). CRC-32 catches every change to
 * one character of DATA, and covers FLAG, so swapping "r" and "z" is caught too. A change
 * inside the 8 header characters can read as 'truncated'; either way the person is asked
 * for the link again.
 *
 * Every later version must keep this envelope (decimal VERSION, one lower-case letter,
 * then DATA starting with the same HEADER), so this build can check a newer link is sound
 * and say 'future-version'. A higher number on a damaged envelope reads as 'wrong-type':
 * it is more likely other text, such as a share code typed in lower case.
 *
 * Version 1's JSON is a positional array, with no key names, to keep links short:
 *     [title, welcome, date or "", sourcesMask, [[name, description], ...], threshold]
 *   sourcesMask: bit i set when STANDARD_SOURCE_IDS[i] is chosen (educational = 1 ...
 *   authority = 32). Custom sources keep the facilitator's order.
 * This build reads both and still writes version 1 (see WRITTEN_LINK_VERSION); links already sent keep working.
 *
 * Version 2 ("2r" or "2z", the same envelope) is a positional array too, in a new order:
 *     [title, welcome, date, custom, sourcesMask, threshold]
 *   date:   the day as a number, YYYYMMDD (20250314), or 0 for none.
 *   custom: in the facilitator's order, each either [name, description] or a number n:
 *           entry n of SUGGESTION_TEXTS (custom-suggestions.ts), a suggested source whose
 *           name and description were left exactly as suggested. That table is only ever
 *           added to, so a number always means the words the facilitator saw. A number this
 *           build does not know means a newer build made the link: 'future-version'.
 *   Fields at the end that equal their default are left off: welcome "", date 0, custom [],
 *   sourcesMask 63 (all six), threshold 3. These defaults belong to the format and never
 *   change. The encoder leaves off every one it can; the decoder reads 1 to 6 fields.
 * A typical session with two suggested sources goes from 362 characters after the '#' to
 * 173, and its QR code from version 15 to 10 (scripts/link-size.js measures it).
 *
 * Anything else inside a sound envelope is 'wrong-type'; settings outside the schema are
 * 'invalid', or 'unsafe-text' for text that looks like markup (see session-text.ts).
 * The same settings always give the same link from the same browser (deflate output can
 * differ between engines, but any engine reads any other's links).
 */
import type { SessionSettings } from './session-settings';
import { packFrame, unpackFrame } from './session-frame';
import { sessionProblem, type SessionLinkError, type SessionLinkErrorKind } from './session-problems';
import { validateSession } from './session-validate';
import { readWireV1, readWireV2, writeWireV1, writeWireV2 } from './session-wire';
import { UPDATE_ADVICE } from '$lib/update-advice';

/** A session link opened: the settings, or a typed problem with a message for the person. */
export type SessionLinkResult =
	| { ok: true; settings: SessionSettings }
	| { ok: false; error: SessionLinkError };

type EnvelopeKind = Exclude<SessionLinkErrorKind, 'invalid' | 'unsafe-text'>;

/** What each kind of problem means for the person holding the link, in plain words. */
const SESSION_LINK_MESSAGES: Record<EnvelopeKind, string> = {
	empty:
		'This link has no session details in it. Check you copied the whole link, or ask the person who sent it.',
	truncated:
		'This link seems to be cut short. Ask the person who sent it to send it again, or copy the whole link.',
	tampered:
		'Part of this link has changed since it was made, perhaps by accident when it was copied. Ask the person who sent it to send it again.',
	'future-version':
		`This link was made with a newer version of Rebalance. ${UPDATE_ADVICE}`,
	'wrong-type':
		'This does not look like a Rebalance session link. Check you have the right link, or ask the person who sent it.',
	'too-long':
		'This link is much longer than a session link can be, so it has not been opened. Ask the person who sent it to check it.'
};

const problem = (kind: EnvelopeKind): SessionLinkResult => ({
	ok: false,
	error: sessionProblem(kind, SESSION_LINK_MESSAGES[kind])
});

/**
 * The format this build writes. Version 2 is read but not yet written: a returning person's browser may still run a
 * build from before it (the service worker keeps it until every Rebalance tab has closed, so reloading does not help),
 * and that build would call a version 2 link "newer". Write 2 once builds that read it have had time to replace those.
 */
export const WRITTEN_LINK_VERSION = 1;

/**
 * The fragment (without '#') for some settings. They are checked first; settings that
 * fail the check reject with a RangeError, since the facilitator's form validates before.
 */
export async function encodeSession(settings: SessionSettings, version: 1 | 2 = WRITTEN_LINK_VERSION): Promise<string> {
	const checked = validateSession(settings);
	if (!checked.ok) throw new RangeError(checked.error.message);
	const wire = version === 1 ? writeWireV1(checked.settings) : writeWireV2(checked.settings);
	return packFrame(new TextEncoder().encode(JSON.stringify(wire)), version);
}

async function decode(fragment: unknown): Promise<SessionLinkResult> {
	if (typeof fragment !== 'string') return problem('wrong-type');
	const frame = await unpackFrame(fragment);
	if (!frame.ok) return problem(frame.problem);
	let wire: unknown;
	try {
		wire = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(frame.json));
	} catch {
		return problem('wrong-type');
	}
	const read = frame.version === 1 ? readWireV1(wire) : readWireV2(wire);
	if (!read.ok) return problem(read.problem);
	const checked = validateSession(read.settings);
	if (checked.ok) return checked;
	const { kind, message, field } = checked.error;
	const full = `This session link cannot be used. ${message} Ask the person who sent it to make a new link.`;
	return { ok: false, error: sessionProblem(kind, full, field) };
}

/** Settings from a link's fragment (with or without '#', or a whole pasted link, even one wrapped over lines). Never throws. */
export async function decodeSession(fragment: string): Promise<SessionLinkResult> {
	try {
		return await decode(fragment);
	} catch {
		return problem('tampered');
	}
}

/** The link a facilitator sends: the join page with the settings in the fragment. */
export function sessionLinkUrl(origin: string, payload: string): string {
	return `${origin.replace(/\/+$/, '')}/join#${payload}`;
}
