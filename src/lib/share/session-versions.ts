import { FINGERPRINT_BITS, STANDARD_FINGERPRINT_NUMBER, fingerprintNumber } from './session-fingerprint';
import type { SessionSettings } from './session-settings';
import { nameKey } from './session-text';

/**
 * Whether two versions of a session ask about the same sources in the same order: the same
 * standard sources, and the same names for the facilitator's own. A new title, welcome note
 * or description keeps them the same, so codes from either version's link mean the same.
 */
export function sameSources(a: SessionSettings, b: SessionSettings): boolean {
	const standard = (settings: SessionSettings) => [...settings.sources].sort().join();
	const custom = (settings: SessionSettings) => JSON.stringify(settings.custom.map((spec) => nameKey(spec.name)));
	return standard(a) === standard(b) && custom(a) === custom(b);
}

/** A version of a session as the store keeps it: its settings and its earlier fingerprints. */
export interface SessionVersion {
	settings: SessionSettings;
	earlier?: readonly number[];
}

/**
 * The earlier fingerprints a new version of a session keeps: the previous version's own and
 * those it kept, when the sources are the same; none when they changed, since codes from the
 * older links would then answer different questions.
 */
export function earlierFingerprints(previous: SessionVersion | undefined, next: SessionSettings): number[] {
	if (!previous || !sameSources(previous.settings, next)) return [];
	return cleanEarlier([fingerprintNumber(previous.settings), ...(previous.earlier ?? [])], next);
}

/** How many earlier fingerprints a session keeps, newest first: plenty for corrections. */
export const MAX_EARLIER = 20;

/**
 * A session's earlier fingerprints made sound: real 20-bit fingerprints, once each, newest
 * first and at most {@link MAX_EARLIER}, never its own nor the standard reflection's (a
 * hand-edited file must not make a session take every code).
 */
export function cleanEarlier(earlier: readonly unknown[], settings: SessionSettings): number[] {
	const own = fingerprintNumber(settings);
	const sound = earlier.filter(
		(n): n is number =>
			Number.isInteger(n) && (n as number) >= 0 && (n as number) < 2 ** FINGERPRINT_BITS && n !== own && n !== STANDARD_FINGERPRINT_NUMBER
	);
	return [...new Set(sound)].slice(0, MAX_EARLIER);
}

/** How a stored session differs from the version on screen: not at all, in its title or note only, or in its sources. */
export type VersionChange = 'same' | 'renamed' | 'changed';

/** How the stored version of a session differs from the one on screen, as far as its codes go. */
export function versionChange(shown: SessionSettings, stored: SessionSettings): VersionChange {
	if (fingerprintNumber(shown) === fingerprintNumber(stored)) return 'same';
	return sameSources(shown, stored) ? 'renamed' : 'changed';
}
