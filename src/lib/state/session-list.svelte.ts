import { isMemoryOnly } from '$lib/storage/db';
import type { SessionRecord } from '$lib/storage/schema';
import { countSessionCodes, deleteSession, listSessions } from '$lib/storage/sessions';

/** The sessions a facilitator has saved on this device, most recently changed first. */
export class SessionList {
	items = $state<SessionRecord[]>([]);
	loaded = $state(false);
	problem = $state<string | null>(null);
	/** True when this browser keeps nothing after the tab closes, so saved sessions will not last. */
	memoryOnly = $state(false);
	/** How many share codes each session's group screen counts, by id; absent when unknown. */
	codeCounts = $state.raw<Map<string, number>>(new Map());

	/** Reads the list from this device. */
	async load(): Promise<void> {
		try {
			this.items = await listSessions();
			this.memoryOnly = isMemoryOnly();
			this.problem = null;
			await this.countCodes();
		} catch {
			this.problem = 'Rebalance could not read this browser’s storage, so your saved sessions cannot be shown.';
		} finally {
			this.loaded = true;
		}
	}

	/** One saved session by its id, if it is in the list. */
	find(id: string): SessionRecord | undefined {
		return this.items.find((item) => item.id === id);
	}

	/** Counts each session's codes again: a group screen in another tab may have added some. */
	async countCodes(): Promise<void> {
		// The counts only add detail: the list shows without them if they cannot be read.
		this.codeCounts = await countSessionCodes(this.items).catch(() => new Map());
	}

	/** How many share codes a session's group screen counts; 0 when unknown. */
	codesOf(id: string): number {
		return this.codeCounts.get(id) ?? 0;
	}

	/** Deletes one saved session, with its share codes; resolves to how many codes went, or null when it could not. */
	async remove(id: string): Promise<number | null> {
		try {
			const dropped = await deleteSession(id);
			this.items = this.items.filter((item) => item.id !== id);
			this.problem = null;
			return dropped;
		} catch {
			this.problem = 'That session could not be deleted. Please try again.';
			return null;
		}
	}
}
