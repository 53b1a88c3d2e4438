import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, database } from './db';
import { writeFixture, type DatabaseFixture } from './fixtures/fixture-db';
import { V1_FIXTURE } from './fixtures/v1';
import { DB_NAME, DB_VERSION } from './schema';

/** Every database an earlier release could have left on a device. */
const FIXTURES: [string, DatabaseFixture][] = [['version 1', V1_FIXTURE]];

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
		expect([...db.objectStoreNames].sort()).toEqual(['answers', 'notes', 'reflections', 'sessions']);
	});

	it('keeps every record it held, field for field', async () => {
		const db = await database();
		for (const [store, { records }] of Object.entries(fixture.stores)) {
			const stored = await db.getAll(store as 'reflections');
			expect(stored).toHaveLength(records.length);
			for (const record of records) expect(stored).toContainEqual(expect.objectContaining(record));
		}
	});

	it('marks older reflections as standard ones, with no session', async () => {
		const reflections = await (await database()).getAll('reflections');
		expect(reflections.map((r) => r.session)).toEqual(reflections.map(() => null));
	});
});
