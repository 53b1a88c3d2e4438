import { vi } from 'vitest';
import type { SessionSettings } from '$lib/share/session-settings';
import { GroupState } from './group.svelte';

/** A session with one source of the facilitator's own and a threshold of 4. Test support only. */
export const FORUM: SessionSettings = {
	title: 'Carers forum',
	welcome: '',
	date: null,
	sources: ['educational', 'monetary', 'position'],
	custom: [{ name: 'Lived experience', description: '' }],
	threshold: 4
};

/** A group screen opened on a saved session, or on the standard reflection (null). Test support only. */
export async function opened(id: string | null = null): Promise<GroupState> {
	const group = new GroupState();
	await group.open(id);
	return group;
}

/** Makes adding codes fail as a full disk would, until mocks are restored; moving codes still works. Test support only. */
export function codesCannotBeAdded(): void {
	const add = IDBObjectStore.prototype.add;
	vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
		if (this.name === 'codes') throw new DOMException('The disk is full.', 'QuotaExceededError');
		return add.apply(this, args);
	});
}
