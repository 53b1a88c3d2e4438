import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeShareCode } from '$lib/share/share-code';
import { readExportFile } from './export-read';
import { database } from './db';
import { addCodes, getGroup, listCodes, setInvited } from './group-codes';
import { planImport } from './import-plan';
import { createReflection, deleteEverything, listReflections } from './reflections';
import { getAnswers, getNotes, saveAnswer, saveNote } from './reflection-edits';
import { BACKENDS, useBackend } from './fixtures/backends';
import { deviceSnapshot, applyImport, exportEverything, isAnythingStored } from './transfer';
import { stoppedClock } from './stopped-clock.test-helper';


afterEach(() => vi.useRealTimers());

const codeFor = (score: number) => encodeShareCode(0, Array.from({ length: 6 }, () => ({ perceived: score, actual: 100 - score })));
const CODES = [codeFor(20), codeFor(65)].sort();

async function importText(text: string) {
	const read = readExportFile(text);
	if (!read.ok) throw new Error(read.error.message);
	const plan = planImport(read.data, await deviceSnapshot());
	await applyImport(read.data, plan);
	return plan;
}

describe.each(BACKENDS)('on %s', (backend, reset) => {
	useBackend(backend, reset);

	it('knows whether anything is stored, whichever store holds it', async () => {
		expect(await isAnythingStored()).toBe(false);
		await addCodes('ERCG', CODES);
		expect(await isAnythingStored()).toBe(true);
		await deleteEverything();
		expect(await isAnythingStored()).toBe(false);
		await createReflection('bank-1', 'Forum');
		expect(await isAnythingStored()).toBe(true);
	});

	describe('export and import', () => {
		it('moves everything to an empty device, intact', async () => {
			const reflection = await createReflection('bank-1', 'Forum');
			await saveAnswer(reflection.id, 'q1', 4);
			await saveAnswer(reflection.id, 'q2', null);
			await saveNote(reflection.id, 'p1', 'Private words');
			await addCodes('ERCG', CODES);
			const text = JSON.stringify(await exportEverything());
			const before = await listReflections();

			await deleteEverything();
			const plan = await importText(text);
			expect(plan.addReflections).toEqual([reflection.id]);
			expect(await listReflections()).toEqual(before);
			expect(await getAnswers(reflection.id)).toEqual({ q1: 4, q2: null });
			expect(await getNotes(reflection.id)).toEqual({ p1: 'Private words' });
			expect((await listCodes('ERCG')).map((c) => c.code).sort()).toEqual(CODES);
		});

		it('moves the group screen settings, and never replaces ones already here', async () => {
			const moved = await setInvited('ERCG', 14);
			await setInvited('OWN', 3);
			const text = JSON.stringify(await exportEverything());
			await deleteEverything();
			const kept = await setInvited('OWN', 7);

			const plan = await importText(text);
			expect(plan.addGroups).toEqual(['ERCG']);
			expect(await getGroup('ERCG')).toEqual(moved);
			expect(await getGroup('OWN')).toEqual(kept);
		});

		it('lets a file’s group screen settings replace ones made only by opening the group screen', async () => {
			const moved = await setInvited('ERCG', 14);
			const text = JSON.stringify(await exportEverything());
			await deleteEverything();
			await getGroup('ERCG');

			expect((await importText(text)).addGroups).toEqual(['ERCG']);
			expect(await getGroup('ERCG')).toEqual(moved);
		});

		it('keeps group screen settings made here between the preview and bringing in', async () => {
			await setInvited('ERCG', 14);
			const text = JSON.stringify(await exportEverything());
			await deleteEverything();
			const read = readExportFile(text);
			if (!read.ok) throw new Error(read.error.message);
			const plan = planImport(read.data, await deviceSnapshot());
			expect(plan.addGroups).toEqual(['ERCG']);
			const madeMeanwhile = await setInvited('ERCG', 2);
			// What came in is what was written, so "Done" does not count settings that stayed out.
			expect((await applyImport(read.data, plan)).addGroups).toEqual([]);
			expect(await getGroup('ERCG')).toEqual(madeMeanwhile);
		});

		it('brings a changed reflection in as a copy once, however often the same file is imported', async () => {
			const clock = stoppedClock();
			const reflection = await createReflection('bank-1', 'Forum');
			const text = JSON.stringify(await exportEverything());
			clock.next();
			await saveAnswer(reflection.id, 'q1', 5);

			expect((await importText(text)).copyReflections).toEqual([reflection.id]);
			const again = await importText(text);
			expect(again.copyReflections).toEqual([]);
			expect(again.sameReflections).toEqual([reflection.id]);
			expect((await listReflections()).map((r) => r.label).sort()).toEqual(['Forum', 'Forum (imported copy)']);

			// Once the copy is edited, the file's version is nowhere here: bringing it in again copies it again.
			const copy = (await listReflections()).find((r) => r.id !== reflection.id)!;
			clock.next();
			await saveAnswer(copy.id, 'q1', 3);
			expect((await importText(text)).copyReflections).toEqual([reflection.id]);
			expect(await listReflections()).toHaveLength(3);
		});

		it('restores a reflection that is damaged here as a copy beside it, keeping the damaged one', async () => {
			const reflection = await createReflection('bank-1', 'Forum');
			await saveAnswer(reflection.id, 'q1', 2);
			const text = JSON.stringify(await exportEverything());
			const damaged = { ...reflection, session: 'corrupted' };
			await (await database()).put('reflections', damaged as never);

			const plan = await importText(text);
			expect(plan.sameReflections).toEqual([]);
			const sound = await listReflections();
			expect(sound.map((r) => r.label)).toEqual(['Forum (imported copy)']);
			expect(await getAnswers(sound[0]!.id)).toEqual({ q1: 2 });
			expect(await (await database()).get('reflections', reflection.id)).toEqual(damaged);
		});

		it('never overwrites: a reflection changed since the export comes in as a copy', async () => {
			const clock = stoppedClock();
			const reflection = await createReflection('bank-1', 'Forum');
			await saveAnswer(reflection.id, 'q1', 2);
			const text = JSON.stringify(await exportEverything());
			clock.next();
			await saveAnswer(reflection.id, 'q1', 5);

			const plan = await importText(text);
			expect(plan.copyReflections).toEqual([reflection.id]);
			const all = await listReflections();
			expect(all).toHaveLength(2);
			const copy = all.find((r) => r.id !== reflection.id)!;
			expect(copy.label).toBe('Forum (imported copy)');
			expect(await getAnswers(reflection.id)).toEqual({ q1: 5 });
			expect(await getAnswers(copy.id)).toEqual({ q1: 2 });
		});

		it('importing the same file twice changes nothing the second time', async () => {
			const reflection = await createReflection('bank-1', 'Once');
			await saveAnswer(reflection.id, 'q1', 3);
			const text = JSON.stringify(await exportEverything());
			await deleteEverything();
			await importText(text);
			const plan = await importText(text);
			expect(plan.sameReflections).toEqual([reflection.id]);
			expect(await listReflections()).toHaveLength(1);
		});
	});
});
