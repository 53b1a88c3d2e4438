import { describe, expect, it } from 'vitest';
import { BACKENDS, useBackend } from './fixtures/backends';
import { addCodes, clearCodes, getGroup, listCodes, removeCode, setInvited } from './group-codes';
import { deleteEverything } from './reflections';

const codesOf = async (key: string) => (await listCodes(key)).map((row) => row.code);

describe.each(BACKENDS)('kept in %s', (backend, reset) => {
	useBackend(backend, reset);

	describe('group codes', () => {
		it('adds codes once, ignoring duplicates within and across calls', async () => {
			expect(await addCodes('S1', ['A', 'B', 'A'])).toEqual(['A', 'B']);
			expect(await addCodes('S1', ['B', 'C'])).toEqual(['C']);
			expect((await codesOf('S1')).sort()).toEqual(['A', 'B', 'C']);
		});

		it('keeps sessions apart', async () => {
			await addCodes('S1', ['A']);
			await addCodes('S2', ['A', 'B']);
			expect(await codesOf('S1')).toEqual(['A']);
			expect((await codesOf('S2')).sort()).toEqual(['A', 'B']);
		});

		it('removes one code, or clears one session only', async () => {
			await addCodes('S1', ['A', 'B']);
			await addCodes('S2', ['C']);
			await removeCode('S1', 'A');
			expect(await codesOf('S1')).toEqual(['B']);
			await clearCodes('S1');
			expect(await codesOf('S1')).toEqual([]);
			expect(await codesOf('S2')).toEqual(['C']);
		});

		it('makes a group with a stable seed, and remembers the invited count', async () => {
			const first = await getGroup('S1');
			expect(first.invited).toBeNull();
			expect((await getGroup('S1')).seed).toBe(first.seed);
			await setInvited('S1', 12);
			expect(await getGroup('S1')).toEqual({ ...first, invited: 12 });
		});

		it('is emptied by delete-everything', async () => {
			await addCodes('S1', ['A']);
			await setInvited('S1', 5);
			await deleteEverything();
			expect(await codesOf('S1')).toEqual([]);
			expect((await getGroup('S1')).invited).toBeNull();
		});
	});
});
