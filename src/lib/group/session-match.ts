import { fingerprintNumber } from '$lib/share/session-fingerprint';
import type { SessionSettings } from '$lib/share/session-settings';
import { cleanEarlier, type SessionVersion } from '$lib/share/session-versions';

/**
 * What the group screen for reflections started without a session link calls its group where the
 * group sees it (presenter mode, saved pictures): a plain name, since there is no session title.
 */
export const STANDARD_TITLE = 'Our group';

/** How a message on another group screen names the one for reflections started without a session link. */
export const STANDARD_SCREEN = 'the group screen for codes made without a link';

/** A group screen as a message names it: a session's by its title, in quotes; the standard one in words. */
export function screenName(screen: { id: string | null; title: string }): string {
	return screen.id === null ? STANDARD_SCREEN : `“${screen.title}”`;
}

/** A session kept on this device, as far as matching a code needs. */
export interface StoredSession extends SessionVersion {
	id: string;
}

/** Every fingerprint whose codes count for a session: its own, then its earlier versions'. */
export function acceptedFingerprints(session: StoredSession | null): number[] {
	if (!session) return [fingerprintNumber(null)];
	return [fingerprintNumber(session.settings), ...cleanEarlier(session.earlier ?? [], session.settings)];
}

/** Where a code belongs: a stored session's id, or null for the standard reflection. */
export interface SessionMatch {
	id: string | null;
	settings: SessionSettings | null;
}

/**
 * The session on this device that a code's fingerprint belongs to: the standard
 * reflection first, then the stored sessions in the order given, then a session that
 * the code's link was an earlier version of; null if none.
 */
export function matchSession(fingerprint: number, sessions: readonly StoredSession[]): SessionMatch | null {
	if (fingerprint === fingerprintNumber(null)) return { id: null, settings: null };
	const found =
		sessions.find((session) => fingerprintNumber(session.settings) === fingerprint) ??
		sessions.find((session) => acceptedFingerprints(session).includes(fingerprint));
	return found ? { id: found.id, settings: found.settings } : null;
}

/** The group screen's address for a session: /group, or /group?session=<id>. */
export function groupHref(id: string | null): string {
	return id === null ? '/group' : `/group?session=${encodeURIComponent(id)}`;
}

/**
 * Another stored session whose codes would be counted with these settings' codes, because
 * its title and sources are the same (its fingerprint is); `exceptId` is the session itself.
 */
export function sharingSession<T extends StoredSession>(settings: SessionSettings, sessions: readonly T[], exceptId: string | null): T | undefined {
	const fingerprint = fingerprintNumber(settings);
	return sessions.find((session) => session.id !== exceptId && fingerprintNumber(session.settings) === fingerprint);
}
