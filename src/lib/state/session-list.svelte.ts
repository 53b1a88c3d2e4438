import { isMemoryOnly } from '$lib/storage/db';
import type { SessionRecord } from '$lib/storage/schema';
import { deleteSession, listSessions } from '$lib/storage/sessions';

/** The sessions a facilitator has saved on this device, most recently changed first. */
export class SessionList {
	items = $state<SessionRecord[]>([]);
	loaded = $state(false);
	problem = $state<string | null>(null);
	/** True when this browser keeps nothing after the tab closes, so saved sessions will not last. */
	memoryOnly = $state(false);

	/** Reads the list from this device. */
	async load(): Promise<void> {
		try {
			this.items = await listSessions();
			this.memoryOnly = isMemoryOnly();
			this.problem = null;
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

	/** Deletes one saved session; true when it is gone. */
	async remove(id: string): Promise<boolean> {
		try {
			await deleteSession(id);
			this.items = this.items.filter((item) => item.id !== id);
			this.problem = null;
			return true;
		} catch {
			this.problem = 'That session could not be deleted. Please try again.';
			return false;
		}
	}
}
