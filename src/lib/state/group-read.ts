import { decodeStored } from '$lib/group/code-check';
import { acceptedFingerprints } from '$lib/group/session-match';
import { sessionSources } from '$lib/questionnaire/session-sources';
import type { SharePayload } from '$lib/share/share-code';
import { sessionFingerprint } from '$lib/share/session-fingerprint';
import type { SessionSettings } from '$lib/share/session-settings';
import { versionChange, type VersionChange } from '$lib/share/session-versions';
import { getGroup, listCodes } from '$lib/storage/group-codes';
import type { GroupRecord } from '$lib/storage/schema';
import { gatherCodes, getSession } from '$lib/storage/sessions';

/** Everything the group screen shows for one session, as read from this device. */
export interface GroupRead {
	settings: SessionSettings | null;
	/** Fingerprints whose codes count here: the session's own, then its earlier versions'. */
	fingerprints: number[];
	/** Canonical codes, sorted, so the list says nothing about who shared first. */
	codes: string[];
	/** What each code that fits the session carries. */
	decoded: Map<string, SharePayload>;
	group: GroupRecord;
}

/** Reads a stored session's group (null: the standard reflection's); null when the session is not here. */
export async function readGroup(sessionId: string | null): Promise<GroupRead | null> {
	const record = sessionId === null ? null : await getSession(sessionId);
	if (sessionId !== null && !record) return null;
	// Moving codes is housekeeping: if it fails, the codes can still be shown.
	if (record) await gatherCodes(record).catch(() => undefined);
	const settings = record?.settings ?? null;
	const key = sessionFingerprint(settings);
	const [rows, group] = await Promise.all([listCodes(key), getGroup(key)]);
	const codes = rows.map((row) => row.code).sort();
	const fingerprints = acceptedFingerprints(record ?? null);
	// Reading a code takes BigInt arithmetic: done once per code here, not on every change.
	return { settings, fingerprints, codes, decoded: decodeStored(codes, fingerprints, sessionSources(settings).length), group };
}

/** The message when the session was changed or deleted in another tab before an action. */
export const CHANGED_ELSEWHERE =
	'This session was changed in another tab, so this screen has been brought up to date. Please check it and try again.';

/** Thrown when an action stops because the session changed in another tab. */
export class ChangedElsewhere extends Error {}

/** What a write does when the session changed in another tab: go on; go on unless its sources changed; or stop. */
export type OnChange = 'always' | 'follow' | 'stop';

/** Whether a write stops, given how the session changed in another tab. */
export function stopsFor(onChange: OnChange, change: VersionChange): boolean {
	return onChange === 'stop' ? change !== 'same' : onChange === 'follow' && change === 'changed';
}

/** How the stored version of a session differs from the one on screen; 'missing' once deleted. */
export async function storedChange(sessionId: string, shown: SessionSettings): Promise<VersionChange | 'missing'> {
	const record = await getSession(sessionId);
	return record ? versionChange(shown, record.settings) : 'missing';
}
