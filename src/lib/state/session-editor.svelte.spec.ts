import { describe, expect, it } from 'vitest';
import { getSession, listSessions, saveSession } from '$lib/storage/sessions';
import { SessionEditor } from './session-editor.svelte';
import { ORIGIN, SETTINGS, fragmentSettings, fresh, useEmptyDatabase } from './session-editor.test-helper';

useEmptyDatabase();

describe('SessionEditor', () => {
	it('starts closed, and opens on an empty form with all six sources', () => {
		const editor = new SessionEditor();
		expect(editor.start).toBeNull();
		editor.startNew();
		expect(editor.start).toEqual({ kind: 'new' });
		expect(editor.draft.sources).toHaveLength(6);
		expect(editor.savedId).toBeNull();
		expect(editor.savedTitle).toBeNull();
	});

	it('knows the title as saved, which typing does not change until the next save', async () => {
		const editor = fresh();
		editor.draft.title = 'Planning day';
		expect(await editor.save(ORIGIN)).toBe(true);
		expect(editor.savedTitle).toBe('Planning day');
		editor.draft.title = 'Planning day, take two';
		expect(editor.savedTitle).toBe('Planning day');
		expect(await editor.save(ORIGIN)).toBe(true);
		expect(editor.savedTitle).toBe('Planning day, take two');
		editor.forget(editor.savedId!);
		expect(editor.savedTitle).toBeNull();
	});

	it('finds every problem when saving, keeps nothing, and points each at its input', async () => {
		const editor = fresh();
		editor.draft.sources = ['class'];
		editor.draft.threshold = 1;
		editor.addCustom({ name: '', description: 'No name yet' });
		expect(await editor.save(ORIGIN)).toBe(false);
		expect(editor.problems.map((problem) => problem.key)).toEqual(['title', 'sources', 'custom-0-name', 'threshold']);
		expect(editor.problem('title')).toMatch(/title/);
		expect(editor.problem('welcome')).toBeUndefined();
		expect(editor.link).toBeNull();
		expect(await listSessions()).toEqual([]);
	});

	it('turns the form into trimmed settings, saves them and makes a link that carries exactly them', async () => {
		const editor = fresh();
		editor.draft.title = '  Planning day ';
		editor.draft.welcome = 'Hello\nall\n';
		editor.draft.date = '2025-06-03';
		editor.draft.sources = ['position', 'educational'];
		editor.addCustom({ name: ' Faith', description: 'Belief and belonging ' });
		// A source added and left empty is not dropped without a word: it must be named or removed.
		editor.addCustom();
		editor.draft.threshold = 4;
		expect(await editor.save(ORIGIN)).toBe(false);
		expect(editor.problems.map((problem) => problem.key)).toEqual(['custom-1-name']);
		editor.removeCustom(1);
		expect(await editor.save(ORIGIN)).toBe(true);
		expect(editor.problems).toEqual([]);
		const link = editor.link!;
		expect(await fragmentSettings(link.url)).toEqual(SETTINGS);
		expect((await getSession(link.id))?.settings).toEqual(SETTINGS);
		expect(editor.savedId).toBe(link.id);
		expect(link.replaced).toBe(false);
		expect(editor.stale).toBe(false);
	});

	it('keeps the same saved session when changes are saved, and says the link was replaced', async () => {
		const editor = fresh();
		editor.draft.title = 'First';
		await editor.save(ORIGIN);
		const first = editor.link!;
		editor.draft.title = 'Second';
		expect(editor.stale).toBe(true);
		await editor.save(ORIGIN);
		expect(editor.link!.id).toBe(first.id);
		expect(editor.link!.url).not.toBe(first.url);
		expect(editor.link!.replaced).toBe(true);
		expect((await listSessions()).map((record) => record.settings.title)).toEqual(['Second']);
	});

	it('says whether codes from the old link will still count, before and after saving', async () => {
		const editor = fresh();
		editor.draft.title = 'First';
		expect(editor.sameSources).toBe(false);
		await editor.save(ORIGIN);
		expect(editor.link!.keepsCodes).toBe(false);
		// A new note alone keeps the fingerprint, so nothing is kept as "earlier", yet codes still count.
		editor.draft.welcome = 'A note, changed before anything else';
		expect(editor.sameSources).toBe(true);
		await editor.save(ORIGIN);
		expect(editor.link!.replaced).toBe(true);
		expect(editor.link!.keepsCodes).toBe(true);
		editor.draft.title = 'Second';
		await editor.save(ORIGIN);
		expect(editor.link!.keepsCodes).toBe(true);
		editor.draft.sources = editor.draft.sources.slice(1);
		expect(editor.sameSources).toBe(false);
		await editor.save(ORIGIN);
		expect(editor.link!.keepsCodes).toBe(false);
	});

	it('does not count spaces typed after saving as a change to the link', async () => {
		const editor = fresh();
		editor.draft.title = 'Planning';
		await editor.save(ORIGIN);
		editor.draft.title = 'Planning ';
		expect(editor.stale).toBe(false);
	});

	it('opens a saved session with the link it already has', async () => {
		const record = await saveSession(SETTINGS);
		const editor = new SessionEditor();
		await editor.open(record, ORIGIN);
		expect(editor.start).toEqual({ kind: 'open' });
		expect(editor.savedTitle).toBe('Planning day');
		expect(editor.savedId).toBe(record.id);
		expect(editor.draft).toEqual({ ...SETTINGS, date: '2025-06-03' });
		expect(await fragmentSettings(editor.link!.url)).toEqual(SETTINGS);
		expect(editor.stale).toBe(false);
	});

	it('duplicates a saved session as a new unsaved one titled "(copy)", and saves it separately', async () => {
		const record = await saveSession(SETTINGS);
		const editor = new SessionEditor();
		await editor.open(record, ORIGIN);
		editor.duplicate(record);
		expect(editor.start).toEqual({ kind: 'copy', of: 'Planning day' });
		expect(editor.savedId).toBeNull();
		expect(editor.link).toBeNull();
		expect(editor.draft.title).toBe('Planning day (copy)');
		expect(editor.draft.custom).toEqual(SETTINGS.custom);
		await editor.save(ORIGIN);
		expect(editor.savedId).not.toBe(record.id);
		expect((await listSessions()).map((saved) => saved.settings.title).sort()).toEqual(['Planning day', 'Planning day (copy)']);
		expect((await getSession(record.id))?.settings).toEqual(SETTINGS);
	});

	it('editing a duplicate never changes the session it was copied from', async () => {
		const record = await saveSession(SETTINGS);
		const editor = new SessionEditor();
		editor.duplicate(record);
		editor.draft.custom[0]!.name = 'Changed';
		editor.draft.sources.pop();
		expect(record.settings.custom[0]!.name).toBe('Faith');
		expect(record.settings.sources).toEqual(['educational', 'position']);
	});

	it('knows when the form has changes that are not saved', async () => {
		const editor = fresh();
		expect(editor.dirty).toBe(false);
		editor.draft.title = 'Planning';
		expect(editor.dirty).toBe(true);
		await editor.save(ORIGIN);
		expect(editor.dirty).toBe(false);
		editor.draft.threshold = 5;
		expect(editor.dirty).toBe(true);
		editor.draft.threshold = 3;
		expect(editor.dirty).toBe(false);
		const record = await saveSession(SETTINGS);
		await editor.open(record, ORIGIN);
		expect(editor.dirty).toBe(false);
		editor.addCustom();
		expect(editor.dirty).toBe(false);
	});

	it('has no unsaved changes once a removed source is put back as saved, and forgets the removal when another session opens', async () => {
		const record = await saveSession(SETTINGS);
		const editor = new SessionEditor();
		await editor.open(record, ORIGIN);
		editor.removeCustom(0);
		expect(editor.dirty).toBe(true);
		editor.undoRemove();
		expect(editor.dirty).toBe(false);
		editor.removeCustom(0);
		editor.startNew();
		expect(editor.undoRemove()).toBeNull();
		expect(editor.draft.custom).toEqual([]);
	});

	it('keeps the form as a new session when the session it was editing is deleted', async () => {
		const record = await saveSession(SETTINGS);
		const editor = new SessionEditor();
		await editor.open(record, ORIGIN);
		editor.forget('another-id');
		expect(editor.savedId).toBe(record.id);
		editor.forget(record.id);
		expect(editor.savedId).toBeNull();
		expect(editor.link).toBeNull();
		expect(editor.draft.title).toBe('Planning day');
	});
});
