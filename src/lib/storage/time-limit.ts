/** Given when the browser has not answered in time, as WebKit's storage sometimes never does. */
export class NotAnsweringError extends Error {
	override name = 'NotAnsweringError';
}

/** A wait that gives up on `work` after `ms`, and `callOff`, which lets it wait for good instead. */
export interface TimeLimited<T> {
	/** Settles as `work` does, or rejects with a NotAnsweringError once `ms` have passed. */
	result: Promise<T>;
	/** Cancels the limit, for a wait that has been explained (such as one for another tab). */
	callOff: () => void;
}

/** Waits for `work` at most `ms`; what it gives after that goes to `late`, so it can be let go of. */
export function timeLimited<T>(work: Promise<T>, ms: number, late: (value: T) => void): TimeLimited<T> {
	let gaveUp = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const result = new Promise<T>((resolve, reject) => {
		timer = setTimeout(() => {
			gaveUp = true;
			reject(new NotAnsweringError(`No answer after ${ms} ms`));
		}, ms);
		work.then(
			(value) => {
				clearTimeout(timer);
				if (gaveUp) late(value);
				else resolve(value);
			},
			(error: unknown) => {
				clearTimeout(timer);
				// After giving up, a late failure has nobody left to tell.
				if (!gaveUp) reject(error);
			}
		);
	});
	return { result, callOff: () => clearTimeout(timer) };
}
