import type { Answers } from '$lib/questionnaire/types';
import { database } from './db';
import type { ReflectionRecord } from './schema';

/**
 * Saves what a page still holds of a reflection that was deleted elsewhere as a new one:
 * its label, session, step, answers and notes, in one transaction, under a new id.
 */
export async function saveAsNewReflection(
	from: ReflectionRecord,
	answers: Answers,
	notes: Record<string, string>
): Promise<ReflectionRecord> {
	const now = Date.now();
	const record: ReflectionRecord = { ...from, id: crypto.randomUUID(), createdAt: now, updatedAt: now };
	delete record.copyOf;
	const tx = (await database()).transaction(['reflections', 'answers', 'notes'], 'readwrite');
	await Promise.all([
		tx.objectStore('reflections').add(record),
		...Object.entries(answers).map(([questionId, value]) =>
			tx.objectStore('answers').put({ reflectionId: record.id, questionId, value, updatedAt: now })
		),
		...Object.entries(notes).map(([promptId, text]) =>
			tx.objectStore('notes').put({ reflectionId: record.id, promptId, text, updatedAt: now })
		),
		tx.done
	]);
	return record;
}
