import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '$lib/storage/db';
import { isNoteRecord, soundOnly } from '$lib/storage/record-guards';
import { StorageStatus } from './storage-status.svelte';

afterEach(() => closeDatabase());

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
});
