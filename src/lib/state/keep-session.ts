import { matchSession } from '$lib/group/session-match';
import { fingerprintNumber } from '$lib/share/session-fingerprint';
import type { SessionSettings } from '$lib/share/session-settings';
import { listSessions, saveSession } from '$lib/storage/sessions';

/**
 * The id of this device's session for `settings`: the stored one their codes fit, or a copy
 * saved now; null when their codes are the standard reflection's.
 */
export async function keepSession(settings: SessionSettings): Promise<string | null> {
	const match = matchSession(fingerprintNumber(settings), await listSessions());
	return match ? match.id : (await saveSession(settings)).id;
}
