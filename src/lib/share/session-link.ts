/*
 * Session links: a facilitator's session settings carried in a URL fragment, so the
 * static host never sees them. Version 1 looks like
 *
 *     https://example.org/join#1z<base64url>
 *
 * Fragment  = VERSION FLAG DATA
 *   VERSION = "1", in decimal.
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
 * The JSON is a positional array, with no key names, to keep links short:
 *     [title, welcome, date or "", sourcesMask, [[name, description], ...], threshold]
 *   sourcesMask: bit i set when STANDARD_SOURCE_IDS[i] is chosen (educational = 1 ...
 *   authority = 32). Custom sources keep the facilitator's order.
 * Anything else inside a sound envelope is 'wrong-type'; settings outside the schema are
 * 'invalid', or 'unsafe-text' for text that looks like markup (see session-text.ts).
 * The same settings always give the same link from the same browser (deflate output can
 * differ between engines, but any engine reads any other's links).
 */
import { STANDARD_SOURCE_IDS } from '$lib/questionnaire/types';
import type { SessionSettings } from './session-settings';
import { packFrame, unpackFrame } from './session-frame';
import { sessionProblem, type SessionLinkError, type SessionLinkErrorKind } from './session-problems';
import { validateSession } from './session-validate';

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
		'This link was made with a newer version of Rebalance. Reload this page to get the newest version, then open the link again.',
	'wrong-type':
		'This does not look like a Rebalance session link. Check you have the right link, or ask the person who sent it.',
	'too-long':
		'This link is much longer than a session link can be, so it has not been opened. Ask the person who sent it to check it.'
};

type Wire = [string, string, string, number, [string, string][], number];

function toWire(settings: SessionSettings): Wire {
	const mask = STANDARD_SOURCE_IDS.reduce(
		(bits, id, i) => (settings.sources.includes(id) ? bits | (1 << i) : bits),
		0
	);
	const custom = settings.custom.map((spec): [string, string] => [spec.name, spec.description]);
	return [settings.title, settings.welcome, settings.date ?? '', mask, custom, settings.threshold];
}

function isWire(value: unknown): value is Wire {
	if (!Array.isArray(value) || value.length !== 6) return false;
	const [title, welcome, date, mask, custom, threshold] = value as unknown[];
	const isPair = (pair: unknown) =>
		Array.isArray(pair) && pair.length === 2 && pair.every((text) => typeof text === 'string');
	const isMask = Number.isInteger(mask) && (mask as number) >= 0 && (mask as number) < 1 << STANDARD_SOURCE_IDS.length;
	return (
		[title, welcome, date].every((text) => typeof text === 'string') &&
		isMask &&
		Array.isArray(custom) &&
		custom.every(isPair) &&
		typeof threshold === 'number'
	);
}

function fromWire([title, welcome, date, mask, custom, threshold]: Wire): unknown {
	return {
		title,
		welcome,
		date: date === '' ? null : date,
		sources: STANDARD_SOURCE_IDS.filter((_, i) => mask & (1 << i)),
		custom: custom.map(([name, description]) => ({ name, description })),
		threshold
	};
}

const problem = (kind: EnvelopeKind): SessionLinkResult => ({
	ok: false,
	error: sessionProblem(kind, SESSION_LINK_MESSAGES[kind])
});

/**
 * The fragment (without '#') for some settings. They are checked first; settings that
 * fail the check reject with a RangeError, since the facilitator's form validates before.
 */
export async function encodeSession(settings: SessionSettings): Promise<string> {
	const checked = validateSession(settings);
	if (!checked.ok) throw new RangeError(checked.error.message);
	return packFrame(new TextEncoder().encode(JSON.stringify(toWire(checked.settings))));
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
	if (!isWire(wire)) return problem('wrong-type');
	const checked = validateSession(fromWire(wire));
	if (checked.ok) return checked;
	const { kind, message, field } = checked.error;
	const full = `This session link cannot be used. ${message} Ask the person who sent it to make a new link.`;
	return { ok: false, error: sessionProblem(kind, full, field) };
}

/** Settings from a link's fragment (with or without '#', or a whole pasted link). Never throws. */
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
