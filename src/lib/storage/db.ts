import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DB_NAME, DB_VERSION, type RebalanceSchema } from './schema';

/** An open Rebalance database. */
export type RebalanceDb = IDBPDatabase<RebalanceSchema>;

type UpgradeTransaction = IDBPTransaction<RebalanceSchema, StoreNames<RebalanceSchema>[], 'versionchange'>;

/**
 * What the app is told about the connection, so it can explain it to the person:
 * an upgrade waiting for another tab, this tab stepping aside for a newer one, the browser
 * closing the database, or storage refused so that everything is kept in memory instead.
 */
export type ConnectionEvent = 'blocked' | 'blocking' | 'terminated' | 'memory';

let connection: Promise<RebalanceDb> | null = null;
let memoryOnly = false;
const listeners = new Set<(event: ConnectionEvent) => void>();

/** Listens for connection trouble (another tab holding an old version, the browser closing it). */
export function onConnectionEvent(listener: (event: ConnectionEvent) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function notify(event: ConnectionEvent): void {
	for (const listener of listeners) listener(event);
}

/**
 * Migrations, append-only: each step takes the database from version n-1 to n.
 * Never edit a step once released; add a new one and raise DB_VERSION.
 */
function migrate(db: RebalanceDb, oldVersion: number, newVersion: number, tx: UpgradeTransaction): void {
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
		void markStandard(tx);
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

/** Opens the database at a given version, bringing older data up to it on the way. */
function openAt(version: number): Promise<RebalanceDb> {
	return openDB<RebalanceSchema>(DB_NAME, version, {
		upgrade: (db, oldVersion, newVersion, tx) => migrate(db, oldVersion, newVersion ?? version, tx),
		blocked: () => notify('blocked'),
		blocking: () => {
			// Another tab wants a newer version: step aside so it is not stuck waiting.
			notify('blocking');
			void connection?.then((db) => db.close());
			connection = null;
		},
		terminated: () => {
			connection = null;
			notify('terminated');
		}
	});
}

/** True once this browser refused IndexedDB and answers are kept only in this tab's memory. */
export function isMemoryOnly(): boolean {
	return memoryOnly;
}

const isFinal = (error: unknown) =>
	error instanceof DOMException && (error.name === 'SecurityError' || error.name === 'VersionError');

/** Opens storage; an error that is not a refusal (Safari's passing UnknownError) gets one more try. */
async function openWithRetry(): Promise<RebalanceDb> {
	try {
		return await openAt(DB_VERSION);
	} catch (error) {
		if (isFinal(error)) throw error;
		await new Promise((resolve) => setTimeout(resolve, 250));
		return openAt(DB_VERSION);
	}
}

async function openOrFallBack(): Promise<RebalanceDb> {
	try {
		return await openWithRetry();
	} catch (error) {
		// A newer version (in another tab, or before a rollback) upgraded the database: this tab
		// must reload, not forget, and is told so as when that tab asks it to step aside.
		if (error instanceof DOMException && error.name === 'VersionError') {
			connection = null;
			notify('blocking');
			throw error;
		}
		// Private modes and locked-down browsers refuse IndexedDB: keep working for this visit.
		memoryOnly = true;
		notify('memory');
		// Loaded only here, so browsers that save normally never download it.
		const { memoryDatabase } = await import('./memory-db');
		return memoryDatabase();
	}
}

/** The one shared connection, opened on first use (never at import: pages prerender in Node). */
export function database(): Promise<RebalanceDb> {
	connection ??= openOrFallBack();
	return connection;
}

/** Closes the shared connection; the next call to `database()` opens a fresh one. */
export async function closeDatabase(): Promise<void> {
	const open = connection;
	connection = null;
	memoryOnly = false;
	if (open) (await open.catch(() => null))?.close();
}
