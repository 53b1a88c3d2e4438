import { deleteDB } from 'idb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeDatabase, database } from './db';
import { LAYOUT } from './memory-db';
import { DB_NAME } from './schema';

beforeEach(async () => {
	await closeDatabase();
	await deleteDB(DB_NAME);
});
afterEach(() => closeDatabase());

it('the in-memory stand-in has the stores, keys and indexes the migrations make', async () => {
	const db = await database();
	const stores = [...db.objectStoreNames];
	const tx = db.transaction(stores);
	const migrated = Object.fromEntries(
		stores.map((name) => {
			const store = tx.objectStore(name);
			const indexes = Object.fromEntries([...store.indexNames].map((index) => [index, store.index(index).keyPath]));
			return [name, { keyPath: store.keyPath, indexes }];
		})
	);
	expect(migrated).toEqual(LAYOUT);
});
