import type { StoreNames } from 'idb';
import type { RebalanceDb } from './db';
import type { RebalanceSchema } from './schema';

type StoreName = StoreNames<RebalanceSchema>;
type Row = Record<string, unknown>;

/**
 * Today's stores, their keys and indexes: what the in-memory stand-in needs to behave like
 * IndexedDB. The migrations in db.ts are history and never change, so this is written out again;
 * memory-db.spec.ts checks it against the migrated database.
 */
export const LAYOUT: Record<StoreName, { keyPath: string | string[]; indexes: Record<string, string> }> = {
	reflections: { keyPath: 'id', indexes: { 'by-updated': 'updatedAt' } },
	answers: { keyPath: ['reflectionId', 'questionId'], indexes: { 'by-reflection': 'reflectionId' } },
	notes: { keyPath: ['reflectionId', 'promptId'], indexes: { 'by-reflection': 'reflectionId' } },
	sessions: { keyPath: 'id', indexes: { 'by-updated': 'updatedAt' } },
	codes: { keyPath: ['sessionKey', 'code'], indexes: { 'by-session': 'sessionKey' } },
	groups: { keyPath: 'sessionKey', indexes: {} }
};

const keyText = (key: unknown) => JSON.stringify(key);
const compare = (a: unknown, b: unknown) => (a === b ? 0 : (a as number | string) < (b as number | string) ? -1 : 1);

class MemoryStore {
	readonly rows = new Map<string, Row>();
	constructor(readonly name: StoreName) {}

	private keyOf(row: Row): unknown {
		const path = LAYOUT[this.name].keyPath;
		return Array.isArray(path) ? path.map((part) => row[part]) : row[path];
	}

	async get(key: unknown) {
		const row = this.rows.get(keyText(key));
		return row && structuredClone(row);
	}
	async getKey(key: unknown) {
		return this.rows.has(keyText(key)) ? key : undefined;
	}
	async getAll() {
		return [...this.rows.values()].map((row) => structuredClone(row));
	}
	async put(value: Row) {
		const key = this.keyOf(value);
		this.rows.set(keyText(key), structuredClone(value));
		return key;
	}
	async add(value: Row) {
		if (this.rows.has(keyText(this.keyOf(value)))) throw new DOMException('Key already exists', 'ConstraintError');
		return this.put(value);
	}
	async delete(key: unknown) {
		this.rows.delete(keyText(key));
	}
	async clear() {
		this.rows.clear();
	}
	index(index: string) {
		return {
			getAllKeys: async (query: unknown) => (await this.getAllFromIndex(index, query)).map((row) => this.keyOf(row))
		};
	}
	async getAllFromIndex(index: string, query?: unknown) {
		const field = LAYOUT[this.name].indexes[index]!;
		const rows = (await this.getAll()).filter((row) => query === undefined || row[field] === query);
		return rows.sort((a, b) => compare(a[field], b[field]));
	}
}

/** An in-memory stand-in for the database, for browsers that refuse IndexedDB: it lasts as long as the tab. */
export function memoryDatabase(): RebalanceDb {
	const stores = Object.fromEntries(
		(Object.keys(LAYOUT) as StoreName[]).map((name) => [name, new MemoryStore(name)])
	) as Record<StoreName, MemoryStore>;
	const transaction = (names: StoreName | StoreName[]) => {
		const first = Array.isArray(names) ? names[0]! : names;
		return { store: stores[first], objectStore: (name: StoreName) => stores[name], done: Promise.resolve() };
	};
	const database = {
		version: 0,
		objectStoreNames: Object.assign(Object.keys(LAYOUT), { contains: (name: string) => name in LAYOUT }),
		close: () => undefined,
		transaction,
		get: (store: StoreName, key: unknown) => stores[store].get(key),
		getKey: (store: StoreName, key: unknown) => stores[store].getKey(key),
		getAll: (store: StoreName) => stores[store].getAll(),
		count: async (store: StoreName) => (await stores[store].getAll()).length,
		getAllFromIndex: (store: StoreName, index: string, query?: unknown) => stores[store].getAllFromIndex(index, query),
		put: (store: StoreName, value: Row) => stores[store].put(value),
		add: (store: StoreName, value: Row) => stores[store].add(value),
		delete: (store: StoreName, key: unknown) => stores[store].delete(key),
		clear: (store: StoreName) => stores[store].clear()
	};
	// The stand-in offers exactly the calls the storage modules make; the cast keeps their types.
	return database as unknown as RebalanceDb;
}
