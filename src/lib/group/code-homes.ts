import { sessionSources } from '$lib/questionnaire/session-sources';
import { misfit, type BadCode, type CodesElsewhere } from './code-check';
import { acceptedFingerprints, matchSession, STANDARD_TITLE, type StoredSession } from './session-match';

/** Why a code is not added here when it fits a session saved on this device, named by its title. */
export const savedElsewhereReason = (title: string) => `This code is for “${title}”, another session saved on this device.`;

/**
 * Finds, among codes that do not fit the screen showing (`shownId`), those another group screen
 * on this device would take: a saved session's, or the standard reflection's. Gives them by
 * screen, in the order pasted, with the reasons for a saved session's codes naming it.
 */
export function findCodeHomes(
	bad: readonly BadCode[],
	sessions: readonly StoredSession[],
	shownId: string | null
): { bad: BadCode[]; elsewhere: CodesElsewhere[] } {
	const homes = new Map<string | null, CodesElsewhere>();
	const named = bad.map((code) => {
		const home = code.payload && homeOf(code.payload, sessions, shownId);
		if (!home) return code;
		const found = homes.get(home.id) ?? { ...home, codes: [] };
		found.codes.push(code.code);
		homes.set(home.id, found);
		return home.id === null ? code : { ...code, reason: savedElsewhereReason(home.title) };
	});
	return { bad: named, elsewhere: [...homes.values()] };
}

/** The screen, other than the one shown, whose session the code fits (fingerprint and number of sources). */
function homeOf(payload: NonNullable<BadCode['payload']>, sessions: readonly StoredSession[], shownId: string | null) {
	const match = matchSession(payload.fingerprint, sessions);
	if (!match || match.id === shownId) return null;
	const session = sessions.find((candidate) => candidate.id === match.id) ?? null;
	if (misfit(payload, acceptedFingerprints(session), sessionSources(match.settings).length)) return null;
	return { id: match.id, title: match.settings?.title ?? STANDARD_TITLE };
}
