import { describe, expect, it, vi } from 'vitest';
import { getSession, listSessions, saveSession } from '$lib/storage/sessions';
import { SessionEditor } from './session-editor.svelte';
import { ORIGIN, SETTINGS, fragmentSettings, fresh, useEmptyDatabase } from './session-editor.test-helper';

useEmptyDatabase();

describe('SessionEditor saving: as a new session, and saves that race or fail', () => {
	it('saves the form as a new session, leaving the one it was opened on as it was', async () => {
		const record = await saveSession(SETTINGS);
		const editor = new SessionEditor();
		await editor.open(record, ORIGIN);
		editor.draft.sources = ['class', 'monetary'];
		expect(await editor.saveAsNew(ORIGIN)).toBe(true);
		expect(editor.savedId).not.toBe(record.id);
		expect(editor.start).toEqual({ kind: 'copy', of: 'Planning day' });
		expect(editor.savedTitle).toBe('Planning day');
		expect(await fragmentSettings(editor.link!.url)).toEqual({ ...SETTINGS, sources: ['monetary', 'class'] });
		expect(await getSession(record.id)).toEqual(record);
		expect(await listSessions()).toHaveLength(2);
	});

	it('leaves a session opened while "Save as a new session" ran as it is, tied to nothing else', async () => {
		const first = await saveSession(SETTINGS);
		const second = await saveSession({ ...SETTINGS, title: 'Second' });
		const editor = new SessionEditor();
		await editor.open(first, ORIGIN);
		editor.draft.sources = ['class', 'monetary'];
		const saving = editor.saveAsNew(ORIGIN);
		await editor.open(second, ORIGIN);
		expect(await saving).toBe(false);
		expect(editor.savedId).toBe(second.id);
		expect(editor.start).toEqual({ kind: 'open' });
		expect(editor.savedTitle).toBe('Second');
		expect(editor.draft.title).toBe('Second');
		expect(await getSession(first.id)).toEqual(first);
	});

	it('keeps the session it was opened on when saving as a new one finds problems', async () => {
		const record = await saveSession(SETTINGS);
		const editor = new SessionEditor();
		await editor.open(record, ORIGIN);
		const link = editor.link;
		editor.draft.title = '';
		expect(await editor.saveAsNew(ORIGIN)).toBe(false);
		expect(editor.problem('title')).toBeDefined();
		expect(editor.savedId).toBe(record.id);
		expect(editor.link).toEqual(link);
		expect(editor.start).toEqual({ kind: 'open' });
		expect(editor.savedTitle).toBe('Planning day');
		expect(editor.sameSources).toBe(true);
		expect(await listSessions()).toHaveLength(1);
	});

	it('shows only the last session opened when two are opened quickly', async () => {
		const first = await saveSession(SETTINGS);
		const second = await saveSession({ ...SETTINGS, title: 'Other' });
		const editor = new SessionEditor();
		const opening = editor.open(first, ORIGIN);
		await editor.open(second, ORIGIN);
		await opening;
		expect(editor.link?.id).toBe(second.id);
		expect(editor.draft.title).toBe('Other');
	});

	it('leaves a session opened while a save was running as it is, and never ties it to the saved one', async () => {
		const other = await saveSession({ ...SETTINGS, title: 'Other' });
		const editor = fresh();
		editor.draft.title = 'Slow save';
		const saving = editor.save(ORIGIN);
		await editor.open(other, ORIGIN);
		expect(await saving).toBe(false);
		expect(editor.savedId).toBe(other.id);
		expect(editor.draft.title).toBe('Other');
		editor.draft.title = 'Other, renamed';
		expect(await editor.save(ORIGIN)).toBe(true);
		expect((await listSessions()).map((record) => record.settings.title).sort()).toEqual(['Other, renamed', 'Slow save']);
	});

	it('counts what was typed while a save ran as not yet saved', async () => {
		const editor = fresh();
		editor.draft.title = 'Planning day';
		const saving = editor.save(ORIGIN);
		editor.draft.title = 'Planning day, typed on';
		expect(await saving).toBe(true);
		expect(editor.dirty).toBe(true);
	});

	it('says so in plain words when the browser will not save, and keeps the form as it was', async () => {
		const editor = fresh();
		editor.draft.title = 'Planning day';
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The disk is full', 'QuotaExceededError');
		});
		expect(await editor.save(ORIGIN)).toBe(false);
		expect(editor.saveProblem).toMatch(/would not let Rebalance save/);
		expect(editor.saving).toBe(false);
		expect(editor.link).toBeNull();
		expect(editor.savedId).toBeNull();
		expect(editor.draft.title).toBe('Planning day');
	});
});
