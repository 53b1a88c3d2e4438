import { database } from './db';
import { makeExportFile, type ExportData, type ExportFile } from './export-format';
import { copyKey, isUnchangedCopy, type DeviceSnapshot, type ImportPlan } from './import-plan';
import { isReflectionRecord, isSessionRecord } from './record-guards';

/** Every store an export file holds. */
const EXPORTED_STORES = ['reflections', 'answers', 'notes', 'sessions', 'codes', 'groups'] as const;

/** Everything stored on this device as an export file, damaged records included so nothing is lost. */
export async function exportEverything(): Promise<ExportFile> {
	const db = await database();
	const [reflections, answers, notes, sessions, codes, groups] = await Promise.all([
		db.getAll('reflections'),
		db.getAll('answers'),
		db.getAll('notes'),
		db.getAll('sessions'),
		db.getAll('codes'),
		db.getAll('groups')
	]);
	return makeExportFile({ reflections, answers, notes, sessions, codes, groups });
}

/** Whether anything at all is stored on this device, counted rather than read. */
export async function isAnythingStored(): Promise<boolean> {
	const db = await database();
	const counts = await Promise.all(EXPORTED_STORES.map((store) => db.count(store)));
	return counts.some((count) => count > 0);
}

/** The ids, change times and codes on this device, to plan an import against. */
export async function deviceSnapshot(): Promise<DeviceSnapshot> {
	const db = await database();
	const [reflections, sessions, codes, groups] = await Promise.all([
		db.getAll('reflections'),
		db.getAll('sessions'),
		db.getAll('codes'),
		db.getAll('groups')
	]);
	// A damaged record here is never "the same" as a file's: the file's comes in beside it, as a copy.
	const changed = <T extends { id: string; updatedAt: number }>(records: T[], sound: (value: unknown) => boolean) =>
		new Map(records.map((record) => [record.id, sound(record) ? record.updatedAt : Number.NaN]));
	return {
		reflections: changed(reflections, isReflectionRecord),
		sessions: changed(sessions, isSessionRecord),
		// A copy counts only while it is as it came in (it keeps the file's change time): once edited,
		// the file's version is nowhere here, and bringing the file in again copies it again.
		copied: new Set([...reflections, ...sessions].flatMap((record) => (isUnchangedCopy(record) ? [record.copyOf] : []))),
		codes: new Set(codes.map((code) => `${code.sessionKey} ${code.code}`)),
		// Settings made only by opening a group screen (no number invited) give way to a file's.
		groups: new Set(groups.filter((group) => group.invited !== null).map((group) => group.sessionKey))
	};
}

/**
 * Writes what a plan says, in one transaction: new records as they are, differing ones as copies
 * with new ids, group settings only where none with a number invited has appeared since.
 * Resolves to the plan as carried out, for saying what came in.
 */
export async function applyImport(data: ExportData, plan: ImportPlan): Promise<ImportPlan> {
	const db = await database();
	const tx = db.transaction(['reflections', 'answers', 'notes', 'sessions', 'codes', 'groups'], 'readwrite');
	const writes: Promise<unknown>[] = [];
	const copies = new Map(plan.copyReflections.map((id) => [id, crypto.randomUUID()]));
	const incoming = new Set([...plan.addReflections, ...plan.copyReflections]);
	for (const record of data.reflections.filter((r) => incoming.has(r.id))) {
		const copyId = copies.get(record.id);
		const label = `${record.label || 'Reflection'} (imported copy)`;
		writes.push(tx.objectStore('reflections').put(copyId ? { ...record, id: copyId, label, copyOf: copyKey(record) } : record));
	}
	for (const answer of data.answers.filter((a) => incoming.has(a.reflectionId))) {
		writes.push(tx.objectStore('answers').put({ ...answer, reflectionId: copies.get(answer.reflectionId) ?? answer.reflectionId }));
	}
	for (const note of data.notes.filter((n) => incoming.has(n.reflectionId))) {
		writes.push(tx.objectStore('notes').put({ ...note, reflectionId: copies.get(note.reflectionId) ?? note.reflectionId }));
	}
	const sessionCopies = new Set(plan.copySessions);
	const sessionsIn = new Set([...plan.addSessions, ...plan.copySessions]);
	for (const session of data.sessions.filter((s) => sessionsIn.has(s.id))) {
		const copy = { ...session, id: crypto.randomUUID(), copyOf: copyKey(session) };
		writes.push(tx.objectStore('sessions').put(sessionCopies.has(session.id) ? copy : session));
	}
	for (const code of data.codes) writes.push(tx.objectStore('codes').put(code));
	const groups = tx.objectStore('groups');
	const groupsIn = new Set(plan.addGroups);
	const groupsWritten: string[] = [];
	// Checked again here: a number invited set in another tab since the preview is kept.
	for (const group of data.groups.filter((g) => groupsIn.has(g.sessionKey))) {
		const write = async () => {
			if ((await groups.get(group.sessionKey))?.invited) return;
			groupsWritten.push(group.sessionKey);
			await groups.put(group);
		};
		writes.push(write());
	}
	await Promise.all([...writes, tx.done]);
	return { ...plan, addGroups: groupsWritten };
}
