import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, database } from './db';
import { writeFixture, type DatabaseFixture } from './fixtures/fixture-db';
import { V1_FIXTURE } from './fixtures/v1';
import { V2_FIXTURE } from './fixtures/v2';
import { DB_NAME, DB_VERSION } from './schema';

/** Every database an earlier release could have left on a device. */
const FIXTURES: [string, DatabaseFixture][] = [
	['version 1', V1_FIXTURE],
	['version 2', V2_FIXTURE]
];

beforeEach(async () => {
	await closeDatabase();
	await deleteDB(DB_NAME);
});
afterEach(() => closeDatabase());

describe.each(FIXTURES)('a database written by %s', (_name, fixture) => {
	beforeEach(() => writeFixture(DB_NAME, fixture));

	it('opens at the current version with every store of today', async () => {
		const db = await database();
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual(['answers', 'codes', 'groups', 'notes', 'reflections', 'sessions']);
	});

	it('keeps every record it held, field for field', async () => {
		const db = await database();
		for (const [store, { records }] of Object.entries(fixture.stores)) {
			const stored = await db.getAll(store as 'reflections');
			expect(stored).toHaveLength(records.length);
			for (const record of records) expect(stored).toContainEqual(expect.objectContaining(record));
		}
	});

	it('gives every reflection a session field: its own, or null for a standard one', async () => {
		const reflections = await (await database()).getAll('reflections');
		const written = fixture.stores.reflections!.records;
		for (const reflection of reflections) {
			const original = written.find((record) => record.id === reflection.id)!;
			expect(reflection.session).toEqual(original.session ?? null);
		}
	});
});
