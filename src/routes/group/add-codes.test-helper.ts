// Test support for AddCodes' specs: a fresh database for each test, a few standard codes, and the form on a group screen.
import { render } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { deleteDB } from 'idb';
import { afterEach, beforeEach } from 'vitest';
import { six, standardCode } from '$lib/group/share-codes.test-helper';
import { encodeShareCode } from '$lib/share/share-code';
import { GroupState } from '$lib/state/group.svelte';
import { closeDatabase } from '$lib/storage/db';
import { DB_NAME } from '$lib/storage/schema';
import AddCodes from './AddCodes.svelte';

/** Starts each test of the spec that calls it with an empty database, and closes it after. */
export function freshDatabaseEachTest(): void {
	beforeEach(async () => {
		await closeDatabase();
		await deleteDB(DB_NAME);
	});
	afterEach(() => closeDatabase());
}

/** Three standard codes, each different. */
export const [a, b, c] = [six(10, 20), six(30, 40), six(50, 60)].map(standardCode) as [string, string, string];
/** A code for a session this device does not have. */
export const elsewhere = encodeShareCode(12345, six(50, 50));

/** The form on the screen for codes made without a link, and a user to drive it. */
export async function setup() {
	const group = new GroupState();
	await group.open(null);
	render(AddCodes, { group });
	return { group, user: userEvent.setup() };
}
