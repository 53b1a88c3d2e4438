import { database, isMemoryOnly, onConnectionEvent, type ConnectionEvent } from '$lib/storage/db';
import { onSetAside } from '$lib/storage/record-guards';

/** What the person should know about where their answers are kept, for the banner on every page. */
export class StorageStatus {
	/** True when the browser refused storage and answers last only while this tab is open. */
	memoryOnly = $state(false);
	/** True while an upgrade waits for another tab with an older version to close. */
	blocked = $state(false);
	/** True after this tab closed its connection for a newer version open in another tab. */
	replaced = $state(false);
	/** True when the browser stopped answering as storage was opened; what is saved is still there. */
	notAnswering = $state(false);
	/** How many different stored records could not be read and were left out. */
	setAside = $state(0);

	// Each damaged record is read again on every visit to a page that lists it; count it once.
	private readonly setAsideSeen = new Set<string>();

	/** Starts listening and opens storage, so a refusal is known before the first answer. */
	watch(): () => void {
		const stopConnection = onConnectionEvent((event) => this.onConnection(event));
		const stopSetAside = onSetAside((records) => this.noteSetAside(records));
		database()
			.then(() => {
				this.memoryOnly = isMemoryOnly();
				this.onConnection('opened');
			})
			// An outdated tab is told to reload by the 'blocking' notice; nothing more to say here.
			.catch(() => undefined);
		return () => {
			stopConnection();
			stopSetAside();
		};
	}

	private noteSetAside(records: unknown[]): void {
		for (const record of records) this.setAsideSeen.add(recordText(record));
		this.setAside = this.setAsideSeen.size;
	}

	private onConnection(event: ConnectionEvent): void {
		if (event === 'memory') this.memoryOnly = true;
		if (event === 'blocked') this.blocked = true;
		if (event === 'blocking') this.replaced = true;
		if (event === 'not-answering') this.notAnswering = true;
		if (event === 'opened') this.blocked = this.notAnswering = false;
	}
}

function recordText(record: unknown): string {
	try {
		return JSON.stringify(record) ?? String(record);
	} catch {
		// A stored value can hold a cycle, which JSON cannot write.
		return String(record);
	}
}

/** What to say when this tab's storage is held by a newer version of Rebalance. */
export const NEWER_VERSION_HERE =
	'A newer version of Rebalance has been used in this browser. Reload this page to carry on; everything you saved is safe.';


/** Whether the browser has promised to keep Rebalance's storage from automatic clean-up; false when it cannot say. */
export async function isPersisted(): Promise<boolean> {
	try {
		return (await navigator.storage?.persisted?.()) === true;
	} catch {
		return false;
	}
}

/** Asks the browser to keep Rebalance's storage from automatic clean-up; resolves to whether it agreed. */
export async function askToPersist(): Promise<boolean> {
	try {
		if (!navigator.storage?.persist) return false;
		return (await isPersisted()) || (await navigator.storage.persist());
	} catch {
		return false;
	}
}
