import type { SessionSettings } from '$lib/share/session-settings';
import { database } from './db';
import { isSessionRecord, soundOnly } from './record-guards';
import type { SessionRecord } from './schema';

/** Keeps a facilitator's session on this device: a new one, or a new version of `id`. */
export async function saveSession(settings: SessionSettings, id?: string): Promise<SessionRecord> {
	const db = await database();
	const now = Date.now();
	const existing = id ? await db.get('sessions', id) : undefined;
	const record: SessionRecord = {
		id: existing?.id ?? crypto.randomUUID(),
		settings,
		createdAt: existing?.createdAt ?? now,
		updatedAt: now
	};
	await db.put('sessions', record);
	return record;
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

/** Deletes one saved session (participants' links keep working: they carry the settings). */
export async function deleteSession(id: string): Promise<void> {
	await (await database()).delete('sessions', id);
}
