import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotAnsweringError, timeLimited } from './time-limit';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A promise the test settles by hand. */
function held<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((yes, no) => {
		resolve = yes;
		reject = no;
	});
	return { promise, resolve, reject };
}

async function outcome<T>(result: Promise<T>): Promise<{ value?: T; error?: unknown }> {
	return result.then(
		(value) => ({ value }),
		(error: unknown) => ({ error })
	);
}

/** A wait of 1000 ms on work that has not answered, once the time has passed. */
async function givenUp() {
	const work = held<string>();
	const late = vi.fn();
	const settled = outcome(timeLimited(work.promise, 1000, late).result);
	await vi.advanceTimersByTimeAsync(1000);
	return { work, late, settled };
}

describe('timeLimited', () => {
	it.each([
		['an answer in time is passed on', 999, 'answer', { value: 'open' }],
		['a failure in time is passed on', 999, 'failure', { error: 'refused' }]
	] as const)('%s', async (_name, after, kind, expected) => {
		const work = held<string>();
		const late = vi.fn();
		const { result } = timeLimited(work.promise, 1000, late);
		await vi.advanceTimersByTimeAsync(after);
		if (kind === 'answer') work.resolve('open');
		else work.reject('refused');
		expect(await outcome(result)).toEqual(expected);
		await vi.advanceTimersByTimeAsync(5000);
		expect(late).not.toHaveBeenCalled();
	});

	it('gives up with its own error once the time has passed, and hands a late answer over', async () => {
		const { work, late, settled } = await givenUp();
		const { error } = await settled;
		expect(error).toBeInstanceOf(NotAnsweringError);
		expect(error).toMatchObject({ name: 'NotAnsweringError' });
		work.resolve('open at last');
		await vi.advanceTimersByTimeAsync(0);
		expect(late).toHaveBeenCalledExactlyOnceWith('open at last');
	});

	it('lets a late failure go without an unhandled rejection', async () => {
		const { work, late, settled } = await givenUp();
		work.reject(new Error('late failure'));
		await vi.advanceTimersByTimeAsync(0);
		expect((await settled).error).toBeInstanceOf(NotAnsweringError);
		expect(late).not.toHaveBeenCalled();
	});

	it('waits for good once called off', async () => {
		const work = held<string>();
		const { result, callOff } = timeLimited(work.promise, 1000, vi.fn());
		let settled = false;
		void result.finally(() => (settled = true));
		callOff();
		await vi.advanceTimersByTimeAsync(60_000);
		expect(settled).toBe(false);
		work.resolve('open after the other tab closed');
		expect(await result).toBe('open after the other tab closed');
	});
});
