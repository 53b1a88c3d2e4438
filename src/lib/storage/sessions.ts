import { STANDARD_FINGERPRINT, fingerprintText, sessionFingerprint } from '$lib/share/session-fingerprint';
import type { SessionSettings } from '$lib/share/session-settings';
import { cleanEarlier, earlierFingerprints, sameSources } from '$lib/share/session-versions';
import { database, type RebalanceDb } from './db';
import { isSessionRecord, soundOnly } from './record-guards';
import type { SessionRecord } from './schema';

type SaveTransaction = ReturnType<typeof openSave>;
const openSave = (db: RebalanceDb) => db.transaction(['sessions', 'codes', 'groups'], 'readwrite');

/**
 * Keeps a facilitator's session on this device: a new one, or a new version of `id`. When a
 * new version asks about the same sources, it keeps the earlier versions' fingerprints, and
 * the codes and group settings collected so far move to its own fingerprint with it.
 */
export async function saveSession(settings: SessionSettings, id?: string): Promise<SessionRecord> {
	const tx = openSave(await database());
	const { own: previous, kept } = await readSessions(tx, id);
	const now = Date.now();
	const record: SessionRecord = {
		id: previous?.id ?? crypto.randomUUID(),
		settings,
		createdAt: previous?.createdAt ?? now,
		updatedAt: now,
		earlier: earlierFingerprints(previous, settings)
	};
	await tx.objectStore('sessions').put(record);
	if (previous && sameSources(previous.settings, settings)) {
		if (record.earlier!.length > 0) await carry(tx, sessionFingerprint(previous.settings), record, kept);
	} else if (previous) {
		// Codes fit the sources they were made for: with new ones they could never show again,
		// so they go (the facilitator is told so before saving) rather than linger unseen.
		await dropCodes(tx, codeKeys(previous), kept);
	}
	await tx.done;
	return record;
}

/**
 * Brings codes kept under a session's earlier fingerprints to its current one: codes from an
 * imported file, or added by a group screen left open on an older version in another tab.
 */
export async function gatherCodes(record: SessionRecord): Promise<void> {
	const earlier = cleanEarlier(record.earlier ?? [], record.settings);
	if (earlier.length === 0) return;
	const tx = openSave(await database());
	const { kept } = await readSessions(tx, record.id);
	for (const fingerprint of earlier) await carry(tx, fingerprintText(fingerprint), record, kept);
	await tx.done;
}

/**
 * Moves the codes and group settings kept under fingerprint `from` to the session's own.
 * Two sessions with the same title and sources share codes: when another session counts
 * `from` too (`kept`), they are copied and it keeps them.
 */
async function carry(tx: SaveTransaction, from: string, session: SessionRecord, kept: ReadonlySet<string>): Promise<void> {
	const to = sessionFingerprint(session.settings);
	// The standard reflection's codes belong to no session, whatever a damaged record says.
	if (from === to || from === STANDARD_FINGERPRINT) return;
	const shared = kept.has(from);
	const codes = tx.objectStore('codes');
	for (const [, code] of await codes.index('by-session').getAllKeys(from)) {
		await codes.put({ sessionKey: to, code });
		if (!shared) await codes.delete([from, code]);
	}
	const groups = tx.objectStore('groups');
	const [group, existing] = await Promise.all([groups.get(from), groups.get(to)]);
	if (group && !existing) await groups.put({ ...group, sessionKey: to });
	if (group && !shared) await groups.delete(from);
}

/** The facilitator's sessions on this device, most recently changed first. */
export async function listSessions(): Promise<SessionRecord[]> {
	const all = soundOnly(await (await database()).getAll('sessions'), isSessionRecord);
	return all.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** One saved session, or undefined. */
export async function getSession(id: string): Promise<SessionRecord | undefined> {
	const [record] = soundOnly([await (await database()).get('sessions', id)].filter(Boolean), isSessionRecord);
	return record;
}

/** Every key a session's codes may be kept under: its own fingerprint, then its earlier ones. */
function codeKeys(record: SessionRecord): string[] {
	return [sessionFingerprint(record.settings), ...cleanEarlier(record.earlier ?? [], record.settings).map(fingerprintText)];
}

/** How many share codes each saved session's group screen counts, by session id. */
export async function countSessionCodes(records: readonly SessionRecord[]): Promise<Map<string, number>> {
	const index = (await database()).transaction('codes').store.index('by-session');
	const counts = new Map<string, number>();
	for (const record of records) {
		const codes = new Set<string>();
		for (const key of codeKeys(record)) for (const [, code] of await index.getAllKeys(key)) codes.add(code);
		counts.set(record.id, codes.size);
	}
	return counts;
}

/**
 * One read of the saved sessions: session `id` (when there is a sound one), and the keys whose
 * codes must stay when its codes go or move: every other session's, and the standard reflection's.
 */
async function readSessions(tx: SaveTransaction, id?: string): Promise<{ own?: SessionRecord; kept: Set<string> }> {
	const all = soundOnly(await tx.objectStore('sessions').getAll(), isSessionRecord);
	const others = all.filter((other) => other.id !== id);
	return { own: all.find((session) => session.id === id), kept: new Set([STANDARD_FINGERPRINT, ...others.flatMap(codeKeys)]) };
}

/** Deletes the codes and group settings kept under `keys`, except those `kept`; resolves to how many codes went. */
async function dropCodes(tx: SaveTransaction, keys: readonly string[], kept: ReadonlySet<string>): Promise<number> {
	const codes = tx.objectStore('codes');
	let dropped = 0;
	for (const key of keys) {
		if (kept.has(key)) continue;
		for (const primary of await codes.index('by-session').getAllKeys(key)) {
			await codes.delete(primary);
			dropped += 1;
		}
		await tx.objectStore('groups').delete(key);
	}
	return dropped;
}

/**
 * Deletes one saved session with the share codes and group settings collected for it, so
 * nothing of the group is left on a shared computer; resolves to how many codes went. Codes
 * another saved session also counts stay for that one, and the standard reflection's are
 * never touched. Participants' links keep working: they carry the settings.
 */
export async function deleteSession(id: string): Promise<number> {
	const tx = openSave(await database());
	const { own, kept } = await readSessions(tx, id);
	await tx.objectStore('sessions').delete(id);
	const dropped = own ? await dropCodes(tx, codeKeys(own), kept) : 0;
	await tx.done;
	return dropped;
}
