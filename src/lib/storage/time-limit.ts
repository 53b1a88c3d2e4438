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

/**
 * Waits for `work` at most `ms` of the time the page is in view; what it gives after that goes
 * to `late`, so it can be let go of.
 */
export function timeLimited<T>(work: Promise<T>, ms: number, late: (value: T) => void): TimeLimited<T> {
	let gaveUp = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let giveUp!: () => void;
	// No document where the tests run in Node.
	const page = globalThis.document;
	// A phone can freeze a page sent to the background, then wake its timer before the answer
	// that came meanwhile: the limit starts again whenever the page is back in view.
	const restart = () => {
		clearTimeout(timer);
		if (!page?.hidden) timer = setTimeout(giveUp, ms);
	};
	const callOff = () => {
		clearTimeout(timer);
		page?.removeEventListener('visibilitychange', restart);
	};
	const result = new Promise<T>((resolve, reject) => {
		giveUp = () => {
			gaveUp = true;
			callOff();
			reject(new NotAnsweringError(`No answer after ${ms} ms`));
		};
		work.then(
			(value) => {
				callOff();
				if (gaveUp) late(value);
				else resolve(value);
			},
			(error: unknown) => {
				callOff();
				// After giving up, a late failure has nobody left to tell.
				if (!gaveUp) reject(error);
			}
		);
	});
	restart();
	page?.addEventListener('visibilitychange', restart);
	return { result, callOff };
}
