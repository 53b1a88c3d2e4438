import type { AnswerValue, Answers } from '$lib/questionnaire/types';
import { announceChange } from './changes';
import { database } from './db';
import { isAnswerRecord, isNoteRecord, isReflectionRecord, soundOnly } from './record-guards';
import type { IDBPTransaction, StoreNames } from 'idb';
import type { SessionSettings } from '$lib/share/session-settings';
import type { RebalanceSchema, ReflectionRecord } from './schema';

/** The step a new reflection starts on. */
const FIRST_STEP = 'start';

function newId(): string {
	return crypto.randomUUID();
}

/** Starts a new reflection against a question bank version, for a session or the standard questions. */
export async function createReflection(
	bankVersion: string,
	label = '',
	session: SessionSettings | null = null
): Promise<ReflectionRecord> {
	const now = Date.now();
	const record: ReflectionRecord = {
		id: newId(),
		label: label.trim(),
		createdAt: now,
		updatedAt: now,
		step: FIRST_STEP,
		completedAt: null,
		bankVersion,
		session
	};
	await (await database()).add('reflections', record);
	return record;
}

/** Every reflection on this device, most recently touched first. */
export async function listReflections(): Promise<ReflectionRecord[]> {
	// Read the whole store, not the index: a damaged record missing its time must still be reported.
	const all = soundOnly(await (await database()).getAll('reflections'), isReflectionRecord);
	return all.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** One reflection, or undefined when it is not on this device. */
export async function getReflection(id: string): Promise<ReflectionRecord | undefined> {
	const [record] = soundOnly([await (await database()).get('reflections', id)].filter(Boolean), isReflectionRecord);
	return record;
}

/** Whether anything at all is stored under this id: true for a damaged reflection that was set aside. */
export async function isStored(id: string): Promise<boolean> {
	return (await (await database()).getKey('reflections', id)) !== undefined;
}

/** Changes a reflection's label, step or completion, in one transaction with its timestamp. */
export async function updateReflection(
	id: string,
	changes: Partial<Pick<ReflectionRecord, 'label' | 'step' | 'completedAt'>>
): Promise<ReflectionRecord | undefined> {
	const tx = (await database()).transaction('reflections', 'readwrite');
	const current = await tx.store.get(id);
	if (!current) {
		await tx.done;
		return undefined;
	}
	const next = { ...current, ...changes, updatedAt: Date.now() };
	await Promise.all([tx.store.put(next), tx.done]);
	return next;
}

type TouchingTransaction = IDBPTransaction<RebalanceSchema, ('reflections' | 'answers' | 'notes')[], 'readwrite'>;

/** A write for a reflection that is no longer on this device (deleted in another tab, say). */
export class ReflectionGone extends Error {
	override name = 'ReflectionGone';
	constructor(readonly reflectionId: string) {
		super(`Reflection ${reflectionId} is not on this device`);
	}
}

/**
 * Runs a write to answers or notes and bumps the reflection's timestamp, in one transaction.
 * A write for a reflection that has been deleted (from another tab, or a retry after the
 * delete) is dropped, so deleted answers and notes never come back, and fails with ReflectionGone.
 */
async function writeAndTouch(
	reflectionId: string,
	write: (tx: TouchingTransaction) => Promise<unknown>
): Promise<void> {
	const tx = (await database()).transaction(['reflections', 'answers', 'notes'], 'readwrite');
	const reflections = tx.objectStore('reflections');
	const current = await reflections.get(reflectionId);
	if (current) await Promise.all([write(tx), reflections.put({ ...current, updatedAt: Date.now() })]);
	await tx.done;
	if (!current) throw new ReflectionGone(reflectionId);
	announceChange(reflectionId);
}

/** Saves one answer the moment it is given. */
export async function saveAnswer(reflectionId: string, questionId: string, value: AnswerValue): Promise<void> {
	await writeAndTouch(reflectionId, (tx) =>
		tx.objectStore('answers').put({ reflectionId, questionId, value, updatedAt: Date.now() })
	);
}

/** Removes one answer, so the question counts as not answered again. */
export async function clearAnswer(reflectionId: string, questionId: string): Promise<void> {
	await writeAndTouch(reflectionId, (tx) => tx.objectStore('answers').delete([reflectionId, questionId]));
}

/** All answers of one reflection, by question id. */
export async function getAnswers(reflectionId: string): Promise<Answers> {
	const rows = await (await database()).getAllFromIndex('answers', 'by-reflection', reflectionId);
	return Object.fromEntries(soundOnly(rows, isAnswerRecord).map((row) => [row.questionId, row.value]));
}

/** Saves one private free-text reflection as it is typed. */
export async function saveNote(reflectionId: string, promptId: string, text: string): Promise<void> {
	await writeAndTouch(reflectionId, (tx) =>
		tx.objectStore('notes').put({ reflectionId, promptId, text, updatedAt: Date.now() })
	);
}

/** All private notes of one reflection, by prompt id. */
export async function getNotes(reflectionId: string): Promise<Record<string, string>> {
	const rows = await (await database()).getAllFromIndex('notes', 'by-reflection', reflectionId);
	return Object.fromEntries(soundOnly(rows, isNoteRecord).map((row) => [row.promptId, row.text]));
}

/** Deletes one reflection with all its answers and notes. */
export async function deleteReflection(id: string): Promise<void> {
	const tx = (await database()).transaction(['reflections', 'answers', 'notes'], 'readwrite');
	const answers = tx.objectStore('answers');
	const notes = tx.objectStore('notes');
	const [answerKeys, noteKeys] = await Promise.all([
		answers.index('by-reflection').getAllKeys(id),
		notes.index('by-reflection').getAllKeys(id)
	]);
	await Promise.all([
		tx.objectStore('reflections').delete(id),
		...answerKeys.map((key) => answers.delete(key)),
		...noteKeys.map((key) => notes.delete(key)),
		tx.done
	]);
	// A tab open on it says so, rather than taking answers it cannot keep.
	announceChange(id);
}

/** Deletes everything Rebalance keeps on this device, in every store. */
export async function deleteEverything(): Promise<void> {
	const db = await database();
	const names = [...db.objectStoreNames] as StoreNames<RebalanceSchema>[];
	const tx = db.transaction(names, 'readwrite');
	const reflections = await tx.objectStore('reflections').getAll();
	await Promise.all([...names.map((name) => tx.objectStore(name).clear()), tx.done]);
	for (const { id } of reflections) announceChange(id);
}
