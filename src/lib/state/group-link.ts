import { misfit } from '$lib/group/code-check';
import { matchSession, type SessionMatch } from '$lib/group/session-match';
import { sessionSources } from '$lib/questionnaire/session-sources';
import { decodeShareCode } from '$lib/share/share-code';
import { sessionFingerprint } from '$lib/share/session-fingerprint';
import { addCodes } from '$lib/storage/group-codes';
import { listSessions } from '$lib/storage/sessions';
import { STORAGE_PROBLEM } from './group.svelte';

/** What opening a share link did: the code was added, was already here, or could not be used. */
export type LinkOutcome =
	| { kind: 'added' | 'already'; match: SessionMatch }
	| { kind: 'elsewhere' | 'bad' | 'failed'; message: string };

/** Why a code from a link cannot be kept here when no session on this device matches it. */
const ELSEWHERE_MESSAGE =
	'This code belongs to a session that isn’t on this device. Open it on the device where the session was made.';

/** Adds the code from a share link to whichever session on this device it belongs to. */
export async function addCodeFromLink(text: string): Promise<LinkOutcome> {
	const result = decodeShareCode(text);
	if (!result.ok) return { kind: 'bad', message: result.error.message };
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
