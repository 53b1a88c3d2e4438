import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionSettings } from '$lib/share/session-settings';
import { sessionFingerprint } from '$lib/share/session-fingerprint';
import { closeDatabase } from '$lib/storage/db';
import { addCodes } from '$lib/storage/group-codes';
import { DB_NAME } from '$lib/storage/schema';
import { listSessions, saveSession } from '$lib/storage/sessions';
import { SessionList } from './session-list.svelte';
import { stoppedClock } from '$lib/storage/stopped-clock.test-helper';

const settings = (title: string): SessionSettings => ({
	title,
	welcome: '',
	date: null,
	sources: ['class', 'position', 'authority'],
	custom: [],
	threshold: 3
});

beforeEach(async () => {
	await closeDatabase();
	await deleteDB(DB_NAME);
});
afterEach(() => {
	vi.useRealTimers();
	return closeDatabase();
});

describe('SessionList', () => {
	it('loads the saved sessions, most recently changed first, and finds one by id', async () => {
		const clock = stoppedClock();
		const older = await saveSession(settings('Older'));
		clock.next();
		await saveSession(settings('Newer'));
		const list = new SessionList();
		expect(list.loaded).toBe(false);
		await list.load();
		expect(list.loaded).toBe(true);
		expect(list.items.map((item) => item.settings.title)).toEqual(['Newer', 'Older']);
		expect(list.find(older.id)?.settings.title).toBe('Older');
		expect(list.find('missing')).toBeUndefined();
		expect(list.memoryOnly).toBe(false);
	});

	it('deletes one session from the device and from the list, and says how many of its codes went', async () => {
		const kept = await saveSession(settings('Kept'));
		const gone = await saveSession(settings('Gone'));
		const list = new SessionList();
		await list.load();
		await addCodes(sessionFingerprint(gone.settings), ['CODE-1', 'CODE-2']);
		expect(list.codesOf(gone.id)).toBe(0);
		await list.countCodes();
		expect(list.codesOf(gone.id)).toBe(2);
		expect(await list.remove(gone.id)).toBe(2);
		expect(list.items.map((item) => item.id)).toEqual([kept.id]);
		expect((await listSessions()).map((item) => item.id)).toEqual([kept.id]);
	});

	it('keeps the session listed and says so when it cannot be deleted', async () => {
		const record = await saveSession(settings('Stuck'));
		const list = new SessionList();
		await list.load();
		vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
			throw new DOMException('Locked', 'InvalidStateError');
		});
		expect(await list.remove(record.id)).toBeNull();
		expect(list.items).toHaveLength(1);
		expect(list.problem).toMatch(/could not be deleted/);
	});
});
