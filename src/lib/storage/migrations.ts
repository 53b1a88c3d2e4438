import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { RebalanceSchema } from './schema';

/** The transaction that brings the database up to a new version. */
export type UpgradeTransaction = IDBPTransaction<RebalanceSchema, StoreNames<RebalanceSchema>[], 'versionchange'>;

/**
 * Migrations, append-only: each step takes the database from version n-1 to n.
 * Never edit a step once released; add a new one and raise DB_VERSION.
 */
export function migrate(
	db: IDBPDatabase<RebalanceSchema>,
	oldVersion: number,
	newVersion: number,
	tx: UpgradeTransaction
): void {
	const needs = (version: number) => oldVersion < version && newVersion >= version;
	if (needs(1)) {
		const reflections = db.createObjectStore('reflections', { keyPath: 'id' });
		reflections.createIndex('by-updated', 'updatedAt');
		const answers = db.createObjectStore('answers', { keyPath: ['reflectionId', 'questionId'] });
		answers.createIndex('by-reflection', 'reflectionId');
		const notes = db.createObjectStore('notes', { keyPath: ['reflectionId', 'promptId'] });
		notes.createIndex('by-reflection', 'reflectionId');
	}
	if (needs(2)) {
		db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt');
		// An upgrade ended part way (the page was left) rolls all of it back, this included.
		void markStandard(tx).catch(() => undefined);
	}
	if (needs(3)) {
		db.createObjectStore('codes', { keyPath: ['sessionKey', 'code'] }).createIndex('by-session', 'sessionKey');
		db.createObjectStore('groups', { keyPath: 'sessionKey' });
	}
}

/** v2: every reflection made before session links existed was a standard one. */
async function markStandard(tx: UpgradeTransaction): Promise<void> {
	let cursor = await tx.objectStore('reflections').openCursor();
	while (cursor) {
		// Older records have no session field at all, whatever the type says.
		if (cursor.value.session === undefined) await cursor.update({ ...cursor.value, session: null });
		cursor = await cursor.continue();
	}
}
