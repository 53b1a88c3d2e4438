import { openDB, type IDBPDatabase } from 'idb';
import { migrate, type UpgradeTransaction } from './migrations';
import { DB_NAME, DB_VERSION, type RebalanceSchema } from './schema';
import { timeLimited, type TimeLimited } from './time-limit';

/** An open Rebalance database. */
export type RebalanceDb = IDBPDatabase<RebalanceSchema>;

/**
 * What the app is told about the connection, so it can explain it to the person:
 * an upgrade waiting for another tab, this tab stepping aside for a newer one, the browser
 * closing the database, storage refused so that everything is kept in memory instead, the
 * browser not answering at all, or storage opened after all.
 */
export type ConnectionEvent = 'blocked' | 'blocking' | 'terminated' | 'memory' | 'not-answering' | 'opened';

/** How long opening may take before the person is told; far longer than a slow phone needs. */
export const OPEN_TIME_LIMIT_MS = 10_000;

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
 * A page left during an upgrade can be kept in the back/forward cache with the upgrade frozen,
 * and WebKit then holds every later open behind it until that page is revisited or dropped.
 * Ending the upgrade as the page goes lets the next page open at once; the data stays as it was,
 * and if the page comes back, its open fails and is tried again.
 */
function endOnLeaving(tx: UpgradeTransaction): void {
	const end = () => {
		try {
			tx.abort();
		} catch {
			// Already committing: it holds nothing once done.
		}
	};
	// No window where the tests run in Node.
	globalThis.addEventListener?.('pagehide', end);
	const stop = () => globalThis.removeEventListener?.('pagehide', end);
	void tx.done.then(stop, stop);
}

/**
 * Opens the database at a given version, bringing older data up to it on the way. An open that
 * goes unanswered (as WebKit's have, for a whole browser session) is given up on in time, and a
 * connection that comes late is closed.
 */
function openAt(version: number): Promise<RebalanceDb> {
	let limited: TimeLimited<RebalanceDb> | undefined;
	const opening = openDB<RebalanceSchema>(DB_NAME, version, {
		upgrade: (db, oldVersion, newVersion, tx) => {
			endOnLeaving(tx);
			migrate(db, oldVersion, newVersion ?? version, tx);
		},
		blocked: () => {
			// Waiting for another tab is explained to the person, and ends when they close it.
			limited?.callOff();
			notify('blocked');
		},
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
	limited = timeLimited(opening, OPEN_TIME_LIMIT_MS, (late) => late.close());
	return limited.result;
}

/** True once this browser refused IndexedDB and answers are kept only in this tab's memory. */
export function isMemoryOnly(): boolean {
	return memoryOnly;
}

const errorName = (error: unknown) => (error instanceof Error ? error.name : '');
const isFinal = (error: unknown) => ['NotAnsweringError', 'SecurityError', 'VersionError'].includes(errorName(error));

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
	let db: RebalanceDb;
	try {
		db = await openWithRetry();
	} catch (error) {
		const name = errorName(error);
		// A newer version (in another tab, or before a rollback) upgraded the database: this tab
		// must reload, not forget, and is told so as when that tab asks it to step aside.
		if (name === 'VersionError') notify('blocking');
		if (name === 'NotAnsweringError') notify('not-answering');
		// Not refusals: what is saved is still there (also when the page was left twice while it
		// first opened storage), so pages offer to try again rather than forget.
		if (['VersionError', 'NotAnsweringError', 'AbortError'].includes(name)) throw error;
		// Private modes and locked-down browsers refuse IndexedDB: keep working for this visit.
		memoryOnly = true;
		notify('memory');
		// Loaded only here, so browsers that save normally never download it.
		const { memoryDatabase } = await import('./memory-db');
		return memoryDatabase();
	}
	notify('opened');
	return db;
}

/** The one shared connection, opened on first use (never at import: pages prerender in Node). */
export function database(): Promise<RebalanceDb> {
	if (!connection) {
		const opening = openOrFallBack();
		connection = opening;
		// Whatever went wrong, the next use tries again rather than keeping one failure for good.
		opening.catch(() => {
			if (connection === opening) connection = null;
		});
	}
	return connection;
}

/** Closes the shared connection; the next call to `database()` opens a fresh one. */
export async function closeDatabase(): Promise<void> {
	const open = connection;
	connection = null;
	memoryOnly = false;
	if (open) (await open.catch(() => null))?.close();
}
