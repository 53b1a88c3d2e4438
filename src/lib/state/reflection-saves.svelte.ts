import { ReflectionGone } from '$lib/storage/reflection-edits';
import { SaveQueue, saveProblemMessage } from './save-queue';

const RETRY_MS = 5000;

/**
 * A reflection's waiting writes and what the page says about them: a plain message while a
 * save is failing (tried again every few seconds), and word when the reflection was deleted elsewhere.
 */
export class ReflectionSaves {
	/** A plain message while a save is failing; cleared once everything is saved. */
	problem = $state<string | null>(null);
	/** The writes still waiting, by key. */
	readonly queue = new SaveQueue();
	private retryTimer: ReturnType<typeof setTimeout> | undefined;

	/** `onGone` hears of each reflection found deleted elsewhere, once its writes are dropped. */
	constructor(private readonly onGone: (reflectionId: string) => void) {}

	/** Whether some change has not been saved yet. */
	get unsaved(): boolean {
		return this.queue.size > 0;
	}

	/** Writes under `key`, replacing a write still waiting there, and reports how it went. */
	async save(key: string, write: () => Promise<unknown>): Promise<void> {
		this.report(await this.queue.save(key, write));
	}

	/** Tries every unsaved change again now. */
	async retry(): Promise<void> {
		this.report(await this.queue.flush());
	}

	private report(error: unknown): void {
		clearTimeout(this.retryTimer);
		if (error instanceof ReflectionGone) {
			// Writes for it can never succeed, so they go rather than being tried again.
			this.queue.forget(`${error.reflectionId}:`);
			this.onGone(error.reflectionId);
			return void this.retry();
		}
		if (error === null) {
			this.problem = null;
			return;
		}
		this.problem = saveProblemMessage(error);
		this.retryTimer = setTimeout(() => void this.retry(), RETRY_MS);
	}
}
