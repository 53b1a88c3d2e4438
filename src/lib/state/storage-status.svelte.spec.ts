import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase, OPEN_TIME_LIMIT_MS } from '$lib/storage/db';
import { isNoteRecord, soundOnly } from '$lib/storage/record-guards';
import { silentOpen } from '$lib/storage/silent-open.test-helper';
import { StorageStatus } from './storage-status.svelte';

afterEach(() => {
	vi.useRealTimers();
	return closeDatabase();
});

describe('StorageStatus', () => {
	it('counts each damaged record once, however often it is read', () => {
		const status = new StorageStatus();
		const stop = status.watch();
		const damaged = { reflectionId: 'r', promptId: 'p', text: 42 };
		const cyclic: Record<string, unknown> = { id: 'loop' };
		cyclic.self = cyclic;
		const sound = { reflectionId: 'r', promptId: 'q', text: 'fine', updatedAt: 1 };

		soundOnly([sound, damaged], isNoteRecord);
		soundOnly([damaged, sound], isNoteRecord);
		expect(status.setAside).toBe(1);
		soundOnly([damaged, { ...damaged, promptId: 'other' }, cyclic], isNoteRecord);
		expect(status.setAside).toBe(3);
		stop();
		soundOnly([{ broken: true }], isNoteRecord);
		expect(status.setAside).toBe(3);
	});

	it('says when storage stops answering, and stops saying so once it opens', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		vi.spyOn(indexedDB, 'open').mockImplementationOnce(() => silentOpen().request);
		const status = new StorageStatus();
		const stopFirst = status.watch();
		await vi.advanceTimersByTimeAsync(OPEN_TIME_LIMIT_MS - 1);
		expect(status.notAnswering).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect(status.notAnswering).toBe(true);
		stopFirst();
		vi.useRealTimers();

		// Another page's use of storage, while this status is watched, opens it at last.
		const stop = status.watch();
		await vi.waitFor(() => expect(status.notAnswering).toBe(false));
		expect(status.memoryOnly).toBe(false);
		stop();
	});
});
