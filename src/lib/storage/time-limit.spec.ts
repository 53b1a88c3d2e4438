import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotAnsweringError, timeLimited } from './time-limit';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

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

	describe('on a page that can be out of view', () => {
		/** A stand-in for the page's document, in or out of view. */
		function pageInView(inView: boolean) {
			const page = Object.assign(new EventTarget(), { hidden: !inView });
			vi.stubGlobal('document', page);
			return (nowInView: boolean) => {
				page.hidden = !nowInView;
				page.dispatchEvent(new Event('visibilitychange'));
			};
		}

		function waiting(work = held<string>()) {
			const limited = timeLimited(work.promise, 1000, vi.fn());
			const state = { settled: false };
			void limited.result.then(
				() => (state.settled = true),
				() => (state.settled = true)
			);
			return { work, state, limited };
		}

		it.each([
			['hidden part way, it counts the whole limit again once back in view', true, 900],
			['opened out of view, it starts counting once in view', false, 0]
		])('%s', async (_name, startsInView, beforeHiding) => {
			const show = pageInView(startsInView);
			const { state, limited } = waiting();
			await vi.advanceTimersByTimeAsync(beforeHiding);
			show(false);
			await vi.advanceTimersByTimeAsync(60_000);
			expect(state.settled).toBe(false);
			show(true);
			await vi.advanceTimersByTimeAsync(999);
			expect(state.settled).toBe(false);
			await vi.advanceTimersByTimeAsync(1);
			expect((await outcome(limited.result)).error).toBeInstanceOf(NotAnsweringError);
		});

		it('passes on an answer that came while out of view, and leaves no timer behind', async () => {
			const show = pageInView(true);
			const { work, limited } = waiting();
			show(false);
			work.resolve('open');
			expect(await limited.result).toBe('open');
			show(true);
			expect(vi.getTimerCount()).toBe(0);
		});

		it('stays called off when the page comes back into view', async () => {
			const show = pageInView(true);
			const { state, limited } = waiting();
			limited.callOff();
			show(false);
			show(true);
			expect(vi.getTimerCount()).toBe(0);
			await vi.advanceTimersByTimeAsync(60_000);
			expect(state.settled).toBe(false);
		});
	});
});
