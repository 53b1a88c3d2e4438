import { announceChange } from './changes';
import { database } from './db';
import { isReflectionRecord, soundOnly } from './record-guards';
import type { StoreNames } from 'idb';
import type { SessionSettings } from '$lib/share/session-settings';
import type { RebalanceSchema, ReflectionRecord } from './schema';

// The list of reflections: starting, listing and deleting them. Reading and changing one
// reflection is in reflection-edits.ts, which only the pages that do so load.

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

/** How many questions and closing prompts each reflection has an answer for (“Prefer not to say” included), by id. */
export async function answerCounts(ids: readonly string[]): Promise<Map<string, number>> {
	const db = await database();
	const count = async (id: string) => {
		const [answers, notes] = await Promise.all([db.getAllFromIndex('answers', 'by-reflection', id), db.getAllFromIndex('notes', 'by-reflection', id)]);
		// A thought typed at the end is saved too: a reflection with only that is not empty.
		return answers.length + notes.filter((note) => note.text.trim()).length;
	};
	return new Map(await Promise.all(ids.map(async (id) => [id, await count(id)] as const)));
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
