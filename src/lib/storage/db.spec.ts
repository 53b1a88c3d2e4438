import { deleteDB, openDB, unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase, database, isMemoryOnly, onConnectionEvent, OPEN_TIME_LIMIT_MS, type ConnectionEvent } from './db';
import { DB_NAME, DB_VERSION } from './schema';
import { silentOpen } from './silent-open.test-helper';

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

describe('leaving the page during an upgrade', () => {
	/** Stands in for the window, and leaves the page during each of the next `times` upgrades. */
	function leaveDuringUpgrades(times: number): { page: EventTarget; open: ReturnType<typeof vi.spyOn> } {
		const page = new EventTarget();
		vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
		vi.stubGlobal('removeEventListener', page.removeEventListener.bind(page));
		const realOpen = indexedDB.open.bind(indexedDB);
		const open = vi.spyOn(indexedDB, 'open');
		for (let left = 0; left < times; left++) {
			open.mockImplementationOnce((name: string, version?: number) => {
				const request = realOpen(name, version);
				// After the app's own upgrade handler has run, as the person leaves mid-upgrade.
				request.addEventListener('upgradeneeded', () => queueMicrotask(() => page.dispatchEvent(new Event('pagehide'))));
				return request;
			});
		}
		return { page, open };
	}

	afterEach(() => vi.unstubAllGlobals());

	it('ends the upgrade, so a frozen page cannot hold storage, and opens again if the page comes back', async () => {
		const { page, open } = leaveDuringUpgrades(1);
		const { events, stop } = listen();
		const db = await database();
		expect(open).toHaveBeenCalledTimes(2);
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames]).toContain('reflections');
		expect(events).toEqual(['opened']);
		expect(isMemoryOnly()).toBe(false);
		// Done upgrades stop listening: ending them now would throw.
		page.dispatchEvent(new Event('pagehide'));
		expect((await database()).version).toBe(DB_VERSION);
		stop();
	});

	it('left twice, says storage could not be opened, never that nothing can be saved, and opens on the next use', async () => {
		const { open } = leaveDuringUpgrades(2);
		const { events, stop } = listen();
		await expect(database()).rejects.toMatchObject({ name: 'AbortError' });
		expect(isMemoryOnly()).toBe(false);
		expect(events).toEqual([]);
		expect((await database()).version).toBe(DB_VERSION);
		expect(open).toHaveBeenCalledTimes(3);
		expect(events).toEqual(['opened']);
		stop();
	});
});

describe('a browser that never answers', () => {
	afterEach(() => vi.useRealTimers());

	it('is given up on in time with its own error, not the fallback to memory, and the next open tries again', async () => {
		vi.useFakeTimers();
		const silent = silentOpen();
		const open = vi.spyOn(indexedDB, 'open').mockImplementationOnce(() => silent.request);
		const { events, stop } = listen();
		const opening = database().then(
			() => 'opened',
			(error: unknown) => error
		);
		await vi.advanceTimersByTimeAsync(OPEN_TIME_LIMIT_MS - 1);
		expect(events).toEqual([]);
		await vi.advanceTimersByTimeAsync(1);
		expect(await opening).toMatchObject({ name: 'NotAnsweringError' });
		expect(events).toEqual(['not-answering']);
		expect(isMemoryOnly()).toBe(false);
		expect(open).toHaveBeenCalledTimes(1);

		vi.useRealTimers();
		expect((await database()).version).toBe(DB_VERSION);
		expect(open).toHaveBeenCalledTimes(2);
		stop();
	});

	it('is not the case while waiting for another tab: that wait is explained, and lasts until the tab closes', async () => {
		const older = await openDB(DB_NAME, 1, {
			upgrade: (db) => void db.createObjectStore('reflections', { keyPath: 'id' })
		});
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const { events, stop } = listen();
		const opening = database();
		try {
			await vi.waitFor(() => expect(events).toContain('blocked'), { timeout: 10_000 });
			await vi.advanceTimersByTimeAsync(OPEN_TIME_LIMIT_MS * 3);
		} finally {
			older.close();
		}
		expect((await opening).version).toBe(DB_VERSION);
		expect(events).toEqual(['blocked', 'opened']);
		stop();
	});

	it('closes a connection that comes after it was given up on', async () => {
		vi.useFakeTimers();
		const silent = silentOpen();
		vi.spyOn(indexedDB, 'open').mockImplementationOnce(() => silent.request);
		const given = database().catch((error: unknown) => error);
		await vi.advanceTimersByTimeAsync(OPEN_TIME_LIMIT_MS);
		expect(await given).toMatchObject({ name: 'NotAnsweringError' });
		vi.useRealTimers();

		const late = unwrap(await openDB('late-answer', 1));
		const close = vi.spyOn(late, 'close');
		silent.answer(late);
		await vi.waitFor(() => expect(close).toHaveBeenCalledOnce());
		await deleteDB('late-answer');
	});
});
