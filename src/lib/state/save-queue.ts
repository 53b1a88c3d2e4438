/** Why a save failed, in words for the person. */
export function saveProblemMessage(error: unknown): string {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	if (name === 'QuotaExceededError') {
		return 'This device is out of storage space, so your latest answer is not saved yet. It is kept on this page, and Rebalance will keep trying. Freeing some space will help.';
	}
	return 'Your latest answer could not be saved on this device yet. It is kept on this page, and Rebalance will keep trying.';
}

/**
 * Writes that must not be lost: each waits under a key (a newer write for the same key
 * replaces an older one), and failed ones stay queued until a later attempt succeeds.
 */
export class SaveQueue {
	private readonly waiting = new Map<string, () => Promise<unknown>>();

	/** How many writes are still waiting. */
	get size(): number {
		return this.waiting.size;
	}

	/** Forgets the waiting writes whose keys start with `prefix` (their reflection is gone). */
	forget(prefix: string): void {
		for (const key of this.waiting.keys()) if (key.startsWith(prefix)) this.waiting.delete(key);
	}

	/**
	 * What the store holds, with the changes still waiting under `prefix` laid over it: each
	 * waiting key takes its value from `local`, or is left out when it was cleared there.
	 */
	overStored<T>(prefix: string, stored: Record<string, T>, local: Record<string, T>): Record<string, T> {
		const merged = { ...stored };
		for (const key of this.keys(prefix)) {
			if (key in local) merged[key] = local[key]!;
			else delete merged[key];
		}
		return merged;
	}

	/** Whether a write for this key is still waiting. */
	has(key: string): boolean {
		return this.waiting.has(key);
	}

	/** What follows `prefix` in the keys of the writes still waiting. */
	keys(prefix: string): string[] {
		return [...this.waiting.keys()].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
	}

	/** Queues a write and tries everything waiting; resolves to the first error, or null when all saved. */
	async save(key: string, write: () => Promise<unknown>): Promise<unknown> {
		this.waiting.set(key, write);
		return this.flush();
	}

	/**
	 * Tries every waiting write in order, carrying on past failures (one write too big for
	 * the space left must not hold back small ones); resolves to the first error, or null.
	 */
	async flush(): Promise<unknown> {
		let first: unknown = null;
		for (const [key, write] of [...this.waiting]) {
			try {
				await write();
				if (this.waiting.get(key) === write) this.waiting.delete(key);
			} catch (error) {
				first ??= error ?? new Error('save failed');
			}
		}
		return first;
	}
}
