// Reading and changing one reflection: its record, answers and notes. Apart from reflections.ts
// so that the home page, which only lists and deletes, does not load it.
import type { IDBPTransaction } from 'idb';
import type { AnswerValue, Answers } from '$lib/questionnaire/types';
import { announceChange } from './changes';
import { database } from './db';
import { isAnswerRecord, isNoteRecord, isReflectionRecord, soundOnly } from './record-guards';
import type { RebalanceSchema, ReflectionRecord } from './schema';

/** One reflection, or undefined when it is not on this device. */
export async function getReflection(id: string): Promise<ReflectionRecord | undefined> {
	const [record] = soundOnly([await (await database()).get('reflections', id)].filter(Boolean), isReflectionRecord);
	return record;
}

/** Whether anything at all is stored under this id: true for a damaged reflection that was set aside. */
export async function isStored(id: string): Promise<boolean> {
	return (await (await database()).getKey('reflections', id)) !== undefined;
}

/** The fields of a reflection's record that pages change. */
export type ReflectionChanges = Partial<Pick<ReflectionRecord, 'label' | 'step' | 'completedAt' | 'shownCode'>>;

/**
 * Changes a reflection's record in one transaction, with its timestamp unless `touch` is false:
 * remembering the share code shown changes nothing the person gave, so the home list's order and
 * an import's comparison with a file (both by timestamp) stay as they were.
 */
export async function updateReflection(id: string, changes: ReflectionChanges, touch = true): Promise<ReflectionRecord | undefined> {
	const tx = (await database()).transaction('reflections', 'readwrite');
	const current = await tx.store.get(id);
	if (!current) {
		await tx.done;
		return undefined;
	}
	const next = { ...current, ...changes, updatedAt: touch ? Date.now() : current.updatedAt };
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
