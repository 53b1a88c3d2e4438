import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKENDS, useBackend } from './fixtures/backends';
import { closeDatabase, database } from './db';
import { onSetAside } from './record-guards';
import { DB_NAME, type AnswerRecord, type ReflectionRecord } from './schema';
import { answerCounts, createReflection, deleteEverything, deleteReflection, listReflections } from './reflections';
import { clearAnswer, getAnswers, getNotes, getReflection, isStored, ReflectionGone, saveAnswer, saveNote, updateReflection } from './reflection-edits';
import { stoppedClock } from './stopped-clock.test-helper';
import { writeFixture } from './fixtures/fixture-db';
import { V2_FIXTURE } from './fixtures/v2';

const BANK = 'bank-test';

afterEach(() => vi.useRealTimers());

describe.each(BACKENDS)('kept in %s', (backend, reset) => {
	useBackend(backend, reset);

	describe('answers', () => {
		it.each([
			['a rating', 4],
			['a choice', 'degree'],
			['prefer not to say', null]
		])('saves %s and reads it back', async (_name, value) => {
			const reflection = await createReflection(BANK, 'Tuesday group');
			await saveAnswer(reflection.id, 'q1', value);
			expect(await getAnswers(reflection.id)).toEqual({ q1: value });
		});

		it('keeps the latest answer to a question and forgets a cleared one', async () => {
			const { id } = await createReflection(BANK);
			await saveAnswer(id, 'q1', 2);
			await saveAnswer(id, 'q1', 5);
			await saveAnswer(id, 'q2', 'x');
			await clearAnswer(id, 'q2');
			expect(await getAnswers(id)).toEqual({ q1: 5 });
		});

		it('counts each reflection’s answered questions, “Prefer not to say” and a changed answer once each, a cleared one not, and its typed thoughts', async () => {
			const some = await createReflection(BANK, 'Some');
			const none = await createReflection(BANK, 'None');
			await saveAnswer(some.id, 'q1', 2);
			await saveAnswer(some.id, 'q1', 5);
			await saveAnswer(some.id, 'q2', null);
			await saveAnswer(some.id, 'q3', 'x');
			await clearAnswer(some.id, 'q3');
			const notesOnly = await createReflection(BANK, 'Notes only');
			await saveNote(notesOnly.id, 'where', 'My job title');
			await saveNote(notesOnly.id, 'who', '  ');
			expect(await answerCounts([some.id, none.id, notesOnly.id, 'gone'])).toEqual(
				new Map([[some.id, 2], [none.id, 0], [notesOnly.id, 1], ['gone', 0]])
			);
		});

		it('keeps two reflections apart', async () => {
			const a = await createReflection(BANK, 'A');
			const b = await createReflection(BANK, 'B');
			await saveAnswer(a.id, 'q1', 1);
			await saveAnswer(b.id, 'q1', 5);
			expect(await getAnswers(a.id)).toEqual({ q1: 1 });
			expect(await getAnswers(b.id)).toEqual({ q1: 5 });
		});

	});

	describe('reflections', () => {
		it('trims the label and starts at the first step, unfinished', async () => {
			const created = await createReflection(BANK, '  Carers forum  ');
			expect(await getReflection(created.id)).toMatchObject({ label: 'Carers forum', step: 'start', completedAt: null });
		});

		it('lists the most recently touched first', async () => {
			const clock = stoppedClock();
			const older = await createReflection(BANK, 'older');
			clock.next();
			const newer = await createReflection(BANK, 'newer');
			clock.next();
			await saveAnswer(older.id, 'q1', 2);
			expect((await listReflections()).map((r) => r.id)).toEqual([older.id, newer.id]);
		});

		it('remembers the step and completion', async () => {
			const { id } = await createReflection(BANK);
			await updateReflection(id, { step: 'monetary', completedAt: 123 });
			expect(await getReflection(id)).toMatchObject({ step: 'monetary', completedAt: 123 });
		});

		it('remembers the share code last shown, without counting it as a change to the reflection', async () => {
			const clock = stoppedClock();
			const { id, updatedAt } = await createReflection(BANK);
			clock.next();
			await updateReflection(id, { shownCode: 'ABCD-EFGH' }, false);
			await updateReflection(id, { shownCode: 'WXYZ-2345' }, false);
			expect(await getReflection(id)).toMatchObject({ shownCode: 'WXYZ-2345', updatedAt });
		});

		it('does not invent a reflection when updating one that is gone', async () => {
			expect(await updateReflection('missing', { step: 'x' })).toBeUndefined();
			expect(await listReflections()).toEqual([]);
		});

		it('deletes one reflection with its answers and notes, leaving others', async () => {
			const keep = await createReflection(BANK, 'keep');
			const drop = await createReflection(BANK, 'drop');
			await updateReflection(drop.id, { shownCode: 'ABCD-EFGH' }, false);
			await saveAnswer(keep.id, 'q1', 1);
			await saveAnswer(drop.id, 'q1', 2);
			await saveNote(drop.id, 'where', 'private');
			await deleteReflection(drop.id);
			expect((await listReflections()).map((r) => r.id)).toEqual([keep.id]);
			expect(await getAnswers(drop.id)).toEqual({});
			expect(await getNotes(drop.id)).toEqual({});
			expect(await getAnswers(keep.id)).toEqual({ q1: 1 });
			expect(await isStored(drop.id)).toBe(false);
		});

		it('drops a late write for a deleted reflection, so deleted answers and notes never come back, and says it is gone', async () => {
			const { id } = await createReflection(BANK);
			await saveNote(id, 'where', 'first words');
			await deleteReflection(id);
			await expect(saveAnswer(id, 'q1', 3)).rejects.toBeInstanceOf(ReflectionGone);
			await expect(saveNote(id, 'where', 'typed in another tab after the delete')).rejects.toBeInstanceOf(ReflectionGone);
			expect(await getReflection(id)).toBeUndefined();
			expect(await getAnswers(id)).toEqual({});
			expect(await getNotes(id)).toEqual({});
		});

		it('deletes everything', async () => {
			const { id } = await createReflection(BANK);
			await saveAnswer(id, 'q1', 1);
			await saveNote(id, 'where', 'x');
			await deleteEverything();
			expect(await listReflections()).toEqual([]);
			expect(await getAnswers(id)).toEqual({});
			expect(await getNotes(id)).toEqual({});
		});
	});
});

describe('kept in IndexedDB', () => {
	useBackend(...BACKENDS[0]!);

	it('survives closing and reopening the database', async () => {
		const { id } = await createReflection(BANK);
		await saveAnswer(id, 'q1', 3);
		await saveNote(id, 'where', 'My job title');
		await closeDatabase();
		expect(await getAnswers(id)).toEqual({ q1: 3 });
		expect(await getNotes(id)).toEqual({ where: 'My job title' });
	});

	it('reads a reflection saved before share codes were remembered, and remembers one without losing anything', async () => {
		await writeFixture(DB_NAME, V2_FIXTURE);
		const saved = V2_FIXTURE.stores.reflections!.records.find((record) => record.id === 'r-session')!;
		expect(await getReflection('r-session')).toEqual(saved);
		expect((await listReflections()).map((r) => r.id)).toContain('r-session');
		await updateReflection('r-session', { shownCode: 'ABCD-EFGH' }, false);
		expect(await getReflection('r-session')).toEqual({ ...saved, shownCode: 'ABCD-EFGH' });
	});

	it('sets a damaged record aside, reports it and loads the rest, leaving it stored', async () => {
		const sound = await createReflection(BANK, 'sound');
		const db = await database();
		await db.put('reflections', { id: 'broken', label: 42 } as unknown as ReflectionRecord);
		await db.put('answers', { reflectionId: sound.id, questionId: 'q2', value: { bad: 1 } } as unknown as AnswerRecord);
		await saveAnswer(sound.id, 'q1', 4);
		const setAside = vi.fn();
		const stop = onSetAside(setAside);
		expect((await listReflections()).map((r) => r.id)).toEqual([sound.id]);
		expect(await getAnswers(sound.id)).toEqual({ q1: 4 });
		expect(setAside.mock.calls).toEqual([[[{ id: 'broken', label: 42 }]], [[{ reflectionId: expect.any(String), questionId: 'q2', value: { bad: 1 } }]]]);
		expect(await db.get('reflections', 'broken')).toMatchObject({ id: 'broken' });
		expect(await getReflection('broken')).toBeUndefined();
		expect([await isStored('broken'), await isStored(sound.id), await isStored('never')]).toEqual([true, true, false]);
		stop();
	});
});
