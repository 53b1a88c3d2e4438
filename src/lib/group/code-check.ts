import type { FoundCode } from '$lib/share/code-extraction';
import { isLookalike } from '$lib/share/code-lookalike';
import { ownLinksText } from '$lib/share/own-page-links';
import { STANDARD_FINGERPRINT_NUMBER } from '$lib/share/session-fingerprint';
import { decodeShareCode, type SharePayload } from '$lib/share/share-code';
import { countOf } from './group-prompts';
import { STANDARD_SCREEN } from './session-match';

/** A code that could not be added, as it appeared, with the reason in plain words. */
export interface BadCode {
	code: string;
	raw: string;
	reason: string;
	/** True when a newer Rebalance made the code: updating would let this screen read it. */
	newer?: true;
	/** True when it only has a code's shape ("ABCD-EFGH-JKMN-PQRS-TUVW"), and is no code at all. */
	lookalike?: true;
	/** What the code carries, when it could be read but does not fit this session. */
	payload?: SharePayload;
}

/** Codes found in a text, split into those that fit this session and those that do not. */
export interface CheckedCodes {
	/** Canonical codes that fit this session, each once, with what they carry. */
	valid: Map<string, SharePayload>;
	bad: BadCode[];
}

/** What happened when codes were added: counts and the codes that could not be added. */
export interface AddReport {
	/** How many different codes were found in the text (good or bad). */
	found: number;
	added: number;
	/** Good codes that were already collected, canonical. */
	already: string[];
	/** How many good codes appeared more than once in the text (each counted once). */
	repeated: number;
	bad: BadCode[];
	/** True when these codes brought the group to its threshold, so the group picture appeared. */
	unlocked?: boolean;
	/** Codes among `bad` that another group screen on this device would take, by that screen. */
	elsewhere?: CodesElsewhere[];
	/** How many links to someone's own reflection were pasted, where their code should be. */
	ownLinks?: number;
}

/** Codes pasted on one group screen that another on this device would take. */
export interface CodesElsewhere {
	/** The session's id, or null for the standard reflection. */
	id: string | null;
	title: string;
	codes: string[];
}

/** Why a readable code does not fit this session. */
export const MISFIT_REASONS = {
	session: 'This code belongs to another session. It was made from a different link.',
	standard: `This code was made without your session link: whoever made it can reflect again with your link. Or add it to ${STANDARD_SCREEN}.`,
	sources: 'This code has a different number of sources from this session.'
} as const;

/** Why a decoded payload does not fit a session (any of its `fingerprints`), or null when it fits. */
export function misfit(payload: SharePayload, fingerprints: readonly number[], sourceCount: number): string | null {
	if (!fingerprints.includes(payload.fingerprint))
		return payload.fingerprint === STANDARD_FINGERPRINT_NUMBER ? MISFIT_REASONS.standard : MISFIT_REASONS.session;
	if (payload.scores.length !== sourceCount) return MISFIT_REASONS.sources;
	return null;
}

/** Sorts found codes into those that fit this session (fingerprint and number of sources) and the rest. */
export function checkFound(found: readonly FoundCode[], fingerprints: readonly number[], sourceCount: number): CheckedCodes {
	const valid = new Map<string, SharePayload>();
	const bad: BadCode[] = [];
	for (const { code, raw, result } of found) {
		if (!result.ok) {
			const { message: reason, kind } = result.error;
			if (kind === 'future-version') bad.push({ code, raw, reason, newer: true });
			else bad.push(isLookalike(result) ? { code, raw, reason, lookalike: true } : { code, raw, reason });
			continue;
		}
		const reason = misfit(result.payload, fingerprints, sourceCount);
		if (reason === null) valid.set(code, result.payload);
		else bad.push({ code, raw, reason, payload: result.payload });
	}
	return { valid, bad };
}

/** The result of each stored code that still decodes and fits the session, by code. */
export function decodeStored(codes: readonly string[], fingerprints: readonly number[], sourceCount: number): Map<string, SharePayload> {
	const payloads = new Map<string, SharePayload>();
	for (const code of codes) {
		const result = decodeShareCode(code);
		if (result.ok && misfit(result.payload, fingerprints, sourceCount) === null) payloads.set(code, result.payload);
	}
	return payloads;
}

// Up to this many codes already here are named by their tags, so one pasted again can be found in the list.
const TAGS_NAMED = 3;

/** "K7QMX", "K7QMX and 4RT2A", "K7QMX, 4RT2A and Z09QP". */
function tagList(codes: readonly string[], tagOf: (code: string) => string): string {
	const tags = codes.map(tagOf);
	return tags.length < 2 ? (tags[0] ?? '') : `${tags.slice(0, -1).join(', ')} and ${tags.at(-1)}`;
}

/**
 * The report in a few short sentences, e.g. "3 codes added. 1 was already here, listed as K7QMX.",
 * with each code already here named by `tagOf`, as the list of codes names it.
 */
export function reportText({ found, added, already, bad, unlocked, ownLinks = 0 }: AddReport, tagOf: (code: string) => string): string {
	// Said whether or not codes were found too: that person's code is still to come.
	const links = ownLinks > 0 ? [ownLinksText(ownLinks)] : [];
	if (found === 0) return ['No share codes were found in that text.', ...links].join(' ');
	const parts: string[] = [];
	const again = already.length;
	// Said apart from the codes, or the person whose line it was would seem to be counted.
	const lookalikes = bad.filter((code) => code.lookalike).length;
	const failed = bad.length - lookalikes;
	if (added > 0) parts.push(`${countOf(added, 'code')} added.`);
	else if (bad.length === 0 || again > 0) parts.push('No new codes added.');
	if (again > 0)
		parts.push(`${again} ${again === 1 ? 'was' : 'were'} already here${again <= TAGS_NAMED ? `, listed as ${tagList(already, tagOf)}` : ''}.`);
	if (failed > 0) parts.push(`${countOf(failed, 'code')} could not be added.`);
	if (lookalikes > 0) parts.push(lookalikes === 1 ? '1 line looked like a code but is not one.' : `${lookalikes} lines looked like codes but are not.`);
	parts.push(...links);
	// Said in the status a screen reader hears, since the views appear further down the page.
	if (unlocked) parts.push('The group picture is now showing.');
	return parts.join(' ');
}

/** Why one code can stand for two people: codes carry only answers, never who gave them. */
export const SAME_CODE = 'The same code is counted once. It may be one person’s code twice, or two people may have given exactly the same answers.';

/** What to say, after the report, where a code was already here or in the text more than once; null where none was. */
export function sameCodeNote({ already, repeated }: Pick<AddReport, 'already' | 'repeated'>): string | null {
	if (repeated > 0) return `${countOf(repeated, 'code')} ${repeated === 1 ? 'was' : 'were'} in the text more than once. ${SAME_CODE}`;
	return already.length > 0 ? SAME_CODE : null;
}

// A live region is read out whole, each time it changes: reasons longer than this are shown after the
// report rather than said with it, for a screen reader to move on to.
const SAID_REASON_WORDS = 30;

/** Whether the reasons these codes could not be added are short enough to be said with the report. */
export function reasonsSaid(bad: readonly BadCode[]): boolean {
	return bad.flatMap((code) => code.reason.split(/\s+/).filter(Boolean)).length <= SAID_REASON_WORDS;
}

/**
 * What the button that puts `fixable` (of the `bad` codes that could not be added) back in the box
 * says, e.g. "Put the code back in the box to fix it".
 */
export function putBackLabel(fixable: readonly BadCode[], bad: number): string {
	const which = fixable.length < bad ? 'the other' : 'the';
	const noun = fixable.every((code) => code.lookalike) ? 'line' : 'code';
	if (fixable.length === 1) return `Put ${which} ${noun} back in the box to fix it`;
	return `Put ${which} ${fixable.length} ${noun}s back in the box to fix them, in this order`;
}
