import { database } from './db';
import { isCodeRecord, soundOnly } from './record-guards';
import type { CodeRecord, GroupRecord } from './schema';

/** The share codes collected for one session, in the order of the codes themselves. */
export async function listCodes(sessionKey: string): Promise<CodeRecord[]> {
	const rows = soundOnly(await (await database()).getAllFromIndex('codes', 'by-session', sessionKey), isCodeRecord);
	return rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Adds canonical codes to a session; resolves to those that were new (duplicates are ignored). */
export async function addCodes(sessionKey: string, codes: readonly string[]): Promise<string[]> {
	const tx = (await database()).transaction('codes', 'readwrite');
	// One read of what is here, then every write at once: hundreds of codes stay quick.
	const here = new Set((await tx.store.index('by-session').getAllKeys(sessionKey)).map((key) => key[1]));
	const added = [...new Set(codes)].filter((code) => !here.has(code));
	await Promise.all([...added.map((code) => tx.store.add({ sessionKey, code })), tx.done]);
	return added;
}

/** Removes one code, when someone withdraws. */
export async function removeCode(sessionKey: string, code: string): Promise<void> {
	await (await database()).delete('codes', [sessionKey, code]);
}

/** Removes every code collected for a session. */
export async function clearCodes(sessionKey: string): Promise<void> {
	const tx = (await database()).transaction('codes', 'readwrite');
	const keys = await tx.store.index('by-session').getAllKeys(sessionKey);
	await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
}

/** The group screen's settings for a session, made (with a fresh shuffle seed) on first use. */
export async function getGroup(sessionKey: string): Promise<GroupRecord> {
	// Read and create in one transaction, so two first visits cannot make two different shuffles.
	const tx = (await database()).transaction('groups', 'readwrite');
	const existing = await tx.store.get(sessionKey);
	const group = existing ?? { sessionKey, invited: null, seed: crypto.getRandomValues(new Uint32Array(1))[0]! };
	if (!existing) await tx.store.add(group);
	await tx.done;
	return group;
}

/** Remembers how many people were invited (null to forget it). */
export async function setInvited(sessionKey: string, invited: number | null): Promise<GroupRecord> {
	const current = await getGroup(sessionKey);
	const tx = (await database()).transaction('groups', 'readwrite');
	const group = { ...((await tx.store.get(sessionKey)) ?? current), invited };
	await Promise.all([tx.store.put(group), tx.done]);
	return group;
}
