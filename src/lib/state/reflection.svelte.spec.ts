import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKENDS, useBackend } from '$lib/storage/fixtures/backends';
import { database } from '$lib/storage/db';
import { createReflection, deleteReflection, listReflections } from '$lib/storage/reflections';
import { getAnswers, getNotes, getReflection, saveAnswer, updateReflection } from '$lib/storage/reflection-edits';
import { stoppedClock } from '$lib/storage/stopped-clock.test-helper';
import { FORUM } from './group.test-helper';
import { ReflectionState } from './reflection.svelte';


const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Makes every write to IndexedDB fail as a full disk would, until the spies are restored. */
function diskFull() {
	vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
		throw full();
	});
	vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
		throw full();
	});
}

useBackend(...BACKENDS[0]!);
afterEach(() => vi.useRealTimers());

describe('ReflectionState', () => {
	it('keeps each reflection’s unsaved answers apart, and saves both once it can', async () => {
		const a = await createReflection('bank-1');
		const b = await createReflection('bank-1');
		const state = new ReflectionState();
		await state.load(a.id);
		diskFull();
		await state.answer('q1', 4);
		expect(state.saveProblem).toMatch(/out of storage space/);
		await state.load(b.id);
		await state.answer('q1', 2);
		expect(state.unsaved).toBe(true);

		vi.restoreAllMocks();
		await state.retry();
		expect(state.saveProblem).toBeNull();
		expect(state.unsaved).toBe(false);
		expect(await getAnswers(a.id)).toEqual({ q1: 4 });
		expect(await getAnswers(b.id)).toEqual({ q1: 2 });
	});

	it('shows another tab’s saved answers, while its own unsaved change and clearing win', async () => {
		const { id } = await createReflection('bank-1');
		for (const [question, value] of [['q1', 1], ['q2', 2], ['q3', 3]] as const) await saveAnswer(id, question, value);
		const state = new ReflectionState();
		await state.load(id);
		const stop = state.followOtherTabs();
		diskFull();
		await state.answer('q1', 5);
		await state.answer('q2', undefined);
		vi.restoreAllMocks();

		await saveAnswer(id, 'q3', 4);
		const otherTab = new BroadcastChannel('rebalance-changes');
		otherTab.postMessage({ reflectionId: id });
		await vi.waitFor(() => expect(state.answers).toEqual({ q1: 5, q3: 4 }));
		otherTab.close();
		stop();
		await state.retry();
		expect(await getAnswers(id)).toEqual({ q1: 5, q3: 4 });
	});

	it('counts as finished only once something is answered', async () => {
		const { id } = await createReflection('bank-1');
		const state = new ReflectionState();
		await state.load(id);
		await state.complete();
		expect(state.record?.completedAt).toBeNull();
		await state.answer('q1', null);
		await state.complete();
		expect(state.record?.completedAt).toEqual(expect.any(Number));
	});

	it('remembers the share code shown, without counting it as a change to the reflection', async () => {
		const clock = stoppedClock();
		const { id, updatedAt } = await createReflection('bank-1');
		const state = new ReflectionState();
		await state.load(id);
		clock.next();
		await state.rememberShownCode('ABCD-EFGH');
		expect(state.record?.shownCode).toBe('ABCD-EFGH');
		expect(await getReflection(id)).toMatchObject({ shownCode: 'ABCD-EFGH', updatedAt });
	});

	it('says when its reflection was deleted elsewhere, and keeps what the page holds as a new reflection', async () => {
		const { id } = await createReflection('bank-1', 'Forum', FORUM);
		await updateReflection(id, { step: 'monetary' });
		const state = new ReflectionState();
		await state.load(id);
		await state.answer('q1', 2);
		await state.note('where', 'My words');
		await deleteReflection(id);

		await state.answer('q2', 4);
		expect(state.gone).toBe(true);
		// Not a save problem to retry: the reflection is not coming back.
		expect(state.saveProblem).toBeNull();
		expect(await getReflection(id)).toBeUndefined();

		const kept = await state.keepAsNew();
		expect(kept.id).not.toBe(id);
		// A session's settings come along: a reflection from a facilitator's link is kept whole.
		expect(kept).toMatchObject({ label: 'Forum', step: 'monetary', session: FORUM });
		expect(await getAnswers(kept.id)).toEqual({ q1: 2, q2: 4 });
		expect(await getNotes(kept.id)).toEqual({ where: 'My words' });
		expect(state.unsaved).toBe(false);
		await state.load(kept.id);
		expect(state.gone).toBe(false);
	});

	it('marks only its own reflection as gone: a write left from a deleted one does not follow it to the next', async () => {
		const a = await createReflection('bank-1');
		const b = await createReflection('bank-1');
		const state = new ReflectionState();
		await state.load(a.id);
		await deleteReflection(a.id);
		await state.answer('q1', 3);
		expect(state.gone).toBe(true);
		expect(state.unsaved).toBe(false);
		await state.load(b.id);
		await state.answer('q1', 4);
		expect(state.gone).toBe(false);
		expect(await getAnswers(b.id)).toEqual({ q1: 4 });
	});

	it('hears from another tab that its reflection was deleted, before anything more is typed', async () => {
		const { id } = await createReflection('bank-1');
		const state = new ReflectionState();
		await state.load(id);
		const stop = state.followOtherTabs();
		await deleteReflection(id);
		const otherTab = new BroadcastChannel('rebalance-changes');
		otherTab.postMessage({ reflectionId: id });
		await vi.waitFor(() => expect(state.gone).toBe(true));
		otherTab.close();
		stop();
		expect(await listReflections()).toEqual([]);
	});

	it.each([
		['is damaged, it is set aside: kept, not gone', true],
		['was never made here, it is simply missing', false]
	])('when the reflection asked for %s', async (_name, damaged) => {
		if (damaged) await (await database()).put('reflections', { id: 'asked', label: 7 } as never);
		const state = new ReflectionState();
		await state.load('asked');
		expect(state.status).toBe('missing');
		expect(state.setAside).toBe(damaged);
	});
});
