import { answerCounts, deleteEverything, deleteReflection, listReflections } from '$lib/storage/reflections';
import type { ReflectionRecord } from '$lib/storage/schema';

/** The reflections kept on this device, for the home page. */
export class ReflectionList {
	items = $state<ReflectionRecord[]>([]);
	loaded = $state(false);
	/** How many questions each unfinished reflection has answers for, by id: what tells an empty copy from the one with answers. */
	answered = $state.raw(new Map<string, number>());
	problem = $state<string | null>(null);

	/** The most recent reflection that has not reached its results yet. */
	readonly inProgress = $derived(this.items.find((item) => item.completedAt === null) ?? null);

	/** Reads the list from this device. */
	async load(): Promise<void> {
		try {
			const items = await listReflections();
			const unfinished = items.filter((item) => item.completedAt === null).map((item) => item.id);
			// Without the counts the list still shows: they only help tell copies apart.
			this.answered = await answerCounts(unfinished).catch(() => new Map());
			this.items = items;
			this.problem = null;
		} catch {
			this.problem = 'Rebalance could not read this browser’s storage, so earlier reflections cannot be shown.';
		} finally {
			this.loaded = true;
		}
	}

	/** Deletes one reflection and everything in it. */
	async remove(id: string): Promise<void> {
		await this.run(() => deleteReflection(id), 'That reflection could not be deleted. Please try again.');
		this.items = this.items.filter((item) => item.id !== id);
	}

	/** Deletes every reflection on this device. */
	async removeAll(): Promise<void> {
		await this.run(deleteEverything, 'Not everything could be deleted. Please try again.');
		this.items = [];
	}

	private async run(action: () => Promise<void>, failure: string): Promise<void> {
		try {
			await action();
			this.problem = null;
		} catch (error) {
			this.problem = failure;
			throw error;
		}
	}
}
