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

	it('carries on past a failing write, so a big one that does not fit cannot hold back small ones', async () => {
		const queue = new SaveQueue();
		const order: string[] = [];
		const big = async () => {
			order.push('big');
			throw quota();
		};
		expect(await queue.save('note', big)).toBeInstanceOf(DOMException);
		expect(await queue.save('answer', async () => void order.push('small'))).toBeInstanceOf(DOMException);
		expect(order).toEqual(['big', 'big', 'small']);
		expect([queue.has('note'), queue.has('answer')]).toEqual([true, false]);
	});

	it.each([
		['r1:answer:', ['q1', 'q2']],
		['r1:note:', ['where']],
		['r2:answer:', ['q1']],
		['r3:', []]
	])('lists what is still waiting under %s', async (prefix, expected) => {
		const queue = new SaveQueue();
		const failing = async () => {
			throw quota();
		};
		for (const key of ['r1:answer:q1', 'r1:note:where', 'r2:answer:q1', 'r1:answer:q2']) await queue.save(key, failing);
		expect(queue.keys(prefix)).toEqual(expected);
	});

	it('lays the changes still waiting over what the store holds: a changed value wins, a cleared one stays cleared', async () => {
		const queue = new SaveQueue();
		const failing = async () => {
			throw quota();
		};
		for (const key of ['r1:answer:q1', 'r1:answer:q2', 'r2:answer:q3']) await queue.save(key, failing);
		const stored = { q1: 1, q2: 2, q3: 3, q4: 4 };
		const local = { q1: 5, q3: 9 };
		expect(queue.overStored('r1:answer:', stored, local)).toEqual({ q1: 5, q3: 3, q4: 4 });
	});

	it('forgets the waiting writes of one reflection, and only those', async () => {
		const queue = new SaveQueue();
		const failing = async () => {
			throw quota();
		};
		for (const key of ['r1:answer:q1', 'r1:note:where', 'r12:answer:q1', 'r2:answer:q1']) await queue.save(key, failing);
		queue.forget('r1:');
		expect([queue.has('r1:answer:q1'), queue.has('r1:note:where'), queue.has('r12:answer:q1'), queue.has('r2:answer:q1')]).toEqual([
			false,
			false,
			true,
			true
		]);
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
