import { misfit } from '$lib/group/code-check';
import { matchSession, type SessionMatch } from '$lib/group/session-match';
import { sessionSources } from '$lib/questionnaire/session-sources';
import { decodeShareCode } from '$lib/share/share-code';
import { sessionFingerprint } from '$lib/share/session-fingerprint';
import { decodeSession } from '$lib/share/session-link';
import type { SessionLinkErrorKind } from '$lib/share/session-problems';
import { addCodes } from '$lib/storage/group-codes';
import { listSessions } from '$lib/storage/sessions';
import { cannotSaveHere } from './cannot-save';
import type { GroupState } from './group.svelte';
import { STORAGE_PROBLEM } from './group-store.svelte';
import { UPDATE_ADVICE } from '$lib/update-advice';
import { keepSession } from './keep-session';

/** What opening a share link did: the code was added, was already here, or could not be used (a newer Rebalance's could after an update). */
export type LinkOutcome =
	| { kind: 'added' | 'already'; match: SessionMatch }
	| { kind: 'elsewhere' | 'bad' | 'newer' | 'failed'; message: string };

/** Why a code from a link cannot be kept here when no session on this device matches it. */
const ELSEWHERE_MESSAGE =
	'This code belongs to a session that isn’t on this device. Open it on the device where the session was made.';

/** Said when a share link holds no code that can be read: nobody typed it, so no typo is to blame. */
export const DAMAGED_LINK =
	'This share link is damaged or cut short, so no code could be read from it. Ask for the code again, or paste it below.';

/** Adds the code from a share link to whichever session on this device it belongs to. */
export async function addCodeFromLink(text: string): Promise<LinkOutcome> {
	const result = decodeShareCode(text);
	if (!result.ok) return result.error.kind === 'future-version' ? { kind: 'newer', message: result.error.message } : { kind: 'bad', message: DAMAGED_LINK };
	try {
		const match = matchSession(result.payload.fingerprint, await listSessions());
		if (!match) return { kind: 'elsewhere', message: ELSEWHERE_MESSAGE };
		// matchSession has placed the code by its fingerprint; what is left is the number of sources.
		const unfit = misfit(result.payload, [result.payload.fingerprint], sessionSources(match.settings).length);
		if (unfit) return { kind: 'bad', message: unfit };
		const added = await addCodes(sessionFingerprint(match.settings), [result.code]);
		return { kind: added.length > 0 ? 'added' : 'already', match };
	} catch {
		return { kind: 'failed', message: STORAGE_PROBLEM };
	}
}

/** What the group screen says a link did: good news or a problem, and whether updating Rebalance would help. */
export interface LinkNote {
	ok: boolean;
	text: string;
	newer?: boolean;
}

/** What pasting a session link did: the session now showing, or why it could not be shown. */
export type SessionLinkOutcome =
	| { ok: true; id: string | null; title: string; already: boolean }
	| { ok: false; message: string; newer?: boolean };

/** Why a pasted link could not be used, said to the facilitator, who made it, about the screen they are on (a session's title, or null). */
function unreadableLink(kind: SessionLinkErrorKind, title: string | null): string {
	const stays = title === null ? 'this screen has not changed' : `this screen stays on “${title}”`;
	if (kind === 'future-version') {
		return `The session link you pasted was made with a newer version of Rebalance, so ${stays}. ${UPDATE_ADVICE} Then paste the link again.`;
	}
	return `The session link you pasted could not be read (it may be cut short or changed), so ${stays}. Copy the whole link again, from your sessions or from the message you sent.`;
}

/**
 * Reads a session link pasted on the group screen, keeps its session on this device (as
 * "Open the group screen for this session" on /join does) and shows it in place.
 */
export async function showSessionFromLink(group: GroupState, fragment: string): Promise<SessionLinkOutcome> {
	const decoded = await decodeSession(fragment);
	if (!decoded.ok) {
		return { ok: false, message: unreadableLink(decoded.error.kind, group.sessionId === null ? null : group.title), newer: decoded.error.kind === 'future-version' };
	}
	let id: string | null;
	try {
		id = await keepSession(decoded.settings);
	} catch (error) {
		return { ok: false, message: cannotSaveHere(error) };
	}
	const already = id === group.sessionId;
	if (!already) await group.open(id, true);
	if (group.sessionId !== id) return { ok: false, message: STORAGE_PROBLEM };
	// The stored session's title: a link from before a rename still opens the session as it is now.
	return { ok: true, id, title: group.title, already };
}
