import { describe, expect, it, vi } from 'vitest';
import { SaveQueue, saveProblemMessage } from './save-queue';

const quota = () => new DOMException('full', 'QuotaExceededError');

describe('SaveQueue', () => {
	it('saves at once when writing works', async () => {
		const queue = new SaveQueue();
		const write = vi.fn(async () => undefined);
		expect(await queue.save('a', write)).toBeNull();
		expect(write).toHaveBeenCalledOnce();
		expect(queue.size).toBe(0);
	});

	it('keeps a failed write and retries it until it works', async () => {
		const queue = new SaveQueue();
		let fail = true;
		const write = vi.fn(async () => {
			if (fail) throw quota();
		});
		expect(await queue.save('a', write)).toBeInstanceOf(DOMException);
		expect(queue.has('a')).toBe(true);
		expect(await queue.flush()).toBeInstanceOf(DOMException);
		fail = false;
		expect(await queue.flush()).toBeNull();
		expect(write).toHaveBeenCalledTimes(3);
		expect(queue.size).toBe(0);
	});

	it('replaces a waiting write with a newer one for the same key', async () => {
		const queue = new SaveQueue();
		const old = vi.fn(async () => {
			throw quota();
		});
		await queue.save('a', old);
		const newer = vi.fn(async () => undefined);
		await queue.save('a', newer);
		expect(old).toHaveBeenCalledOnce();
		expect(newer).toHaveBeenCalledOnce();
		expect(queue.size).toBe(0);
	});

	it('stops at the first failure, keeping later writes queued in order', async () => {
		const queue = new SaveQueue();
		const order: string[] = [];
		await queue.save('a', async () => {
			order.push('a');
			throw quota();
		});
		await queue.save('b', async () => void order.push('b'));
		expect(order).toEqual(['a', 'a']);
		expect(queue.size).toBe(2);
	});
});

describe('saveProblemMessage', () => {
	it.each([
		[quota(), /out of storage space/],
		[new Error('boom'), /could not be saved/],
		['odd', /could not be saved/]
	])('explains %s plainly and promises to keep trying', (error, expected) => {
		const message = saveProblemMessage(error);
		expect(message).toMatch(expected);
		expect(message).toMatch(/keep trying/);
	});
});
