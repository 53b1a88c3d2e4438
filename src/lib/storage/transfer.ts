import { database } from './db';
import { makeExportFile, type ExportData, type ExportFile } from './export-format';
import type { DeviceSnapshot, ImportPlan } from './import-plan';

/** Everything stored on this device as an export file, damaged records included so nothing is lost. */
export async function exportEverything(): Promise<ExportFile> {
	const db = await database();
	const [reflections, answers, notes, sessions, codes] = await Promise.all([
		db.getAll('reflections'),
		db.getAll('answers'),
		db.getAll('notes'),
		db.getAll('sessions'),
		db.getAll('codes')
	]);
	return makeExportFile({ reflections, answers, notes, sessions, codes });
}

/** The ids, change times and codes on this device, to plan an import against. */
export async function deviceSnapshot(): Promise<DeviceSnapshot> {
	const db = await database();
	const [reflections, sessions, codes] = await Promise.all([db.getAll('reflections'), db.getAll('sessions'), db.getAll('codes')]);
	return {
		reflections: new Map(reflections.map((record) => [record.id, record.updatedAt])),
		sessions: new Map(sessions.map((record) => [record.id, record.updatedAt])),
		codes: new Set(codes.map((code) => `${code.sessionKey} ${code.code}`))
	};
}

/** Writes what a plan says, in one transaction: new records as they are, differing ones as copies with new ids. */
export async function applyImport(data: ExportData, plan: ImportPlan): Promise<void> {
	const db = await database();
	const tx = db.transaction(['reflections', 'answers', 'notes', 'sessions', 'codes'], 'readwrite');
	const writes: Promise<unknown>[] = [];
	const copies = new Map(plan.copyReflections.map((id) => [id, crypto.randomUUID()]));
	const incoming = new Set([...plan.addReflections, ...plan.copyReflections]);
	for (const record of data.reflections.filter((r) => incoming.has(r.id))) {
		const copyId = copies.get(record.id);
		const label = copyId ? `${record.label || 'Reflection'} (imported copy)` : record.label;
		writes.push(tx.objectStore('reflections').put({ ...record, id: copyId ?? record.id, label }));
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
		writes.push(tx.objectStore('sessions').put(sessionCopies.has(session.id) ? { ...session, id: crypto.randomUUID() } : session));
	}
	for (const code of data.codes) writes.push(tx.objectStore('codes').put(code));
	await Promise.all([...writes, tx.done]);
}
