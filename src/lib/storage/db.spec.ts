import { deleteDB, openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase, database, isMemoryOnly, onConnectionEvent, type ConnectionEvent } from './db';
import { DB_NAME, DB_VERSION } from './schema';

beforeEach(async () => {
	await closeDatabase();
	await deleteDB(DB_NAME);
});
afterEach(async () => {
	vi.restoreAllMocks();
	await closeDatabase();
});

function listen(): { events: ConnectionEvent[]; stop: () => void } {
	const events: ConnectionEvent[] = [];
	const stop = onConnectionEvent((event) => events.push(event));
	return { events, stop };
}

describe('the connection beside other tabs', () => {
	it('reports an upgrade blocked by an older tab, then carries on once that tab closes', async () => {
		const older = await openDB(DB_NAME, 1, {
			upgrade: (db) => void db.createObjectStore('reflections', { keyPath: 'id' })
		});
		const { events, stop } = listen();
		const opening = database();
		try {
			// Bounded only so that a failure ends; a passing test goes on as soon as the event is in.
			await vi.waitFor(() => expect(events).toContain('blocked'), { timeout: 10_000 });
		} finally {
			// Closed even when the test fails, or the database would stay blocked for the next tests.
			older.close();
		}
		expect((await opening).version).toBe(DB_VERSION);
		stop();
	});

	it('steps aside when a newer version opens in another tab, so that tab never hangs', async () => {
		await database();
		const { events, stop } = listen();
		const newer = await openDB(DB_NAME, DB_VERSION + 1);
		expect(newer.version).toBe(DB_VERSION + 1);
		expect(events).toContain('blocking');
		// This older tab must not quietly fall back to memory: its saves fail until it reloads.
		await expect(database()).rejects.toMatchObject({ name: 'VersionError' });
		newer.close();
		stop();
	});
});

describe('opening storage', () => {
	it('says a newer version holds the database when this tab first opens it, as when asked to step aside', async () => {
		(await openDB(DB_NAME, DB_VERSION + 1)).close();
		const { events, stop } = listen();
		await expect(database()).rejects.toMatchObject({ name: 'VersionError' });
		expect(events).toEqual(['blocking']);
		expect(isMemoryOnly()).toBe(false);
		stop();
	});

	it.each([
		['a passing error gets a second try, and storage is kept', 'UnknownError', 2, false],
		['a refusal falls back to memory at once', 'SecurityError', 1, true]
	])('%s', async (_name, errorName, opens, memory) => {
		const fail = () => {
			throw new DOMException('Storage hiccup', errorName);
		};
		const open = vi.spyOn(indexedDB, 'open');
		if (memory) open.mockImplementation(fail);
		else open.mockImplementationOnce(fail);
		await database();
		expect(open).toHaveBeenCalledTimes(opens);
		expect(isMemoryOnly()).toBe(memory);
	});
});
