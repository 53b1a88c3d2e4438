import { describe, expect, it } from 'vitest';
import { BACKENDS, useBackend } from './fixtures/backends';
import type { SessionSettings } from '$lib/share/session-settings';
import { createReflection, deleteEverything, listReflections } from './reflections';
import { deleteSession, getSession, listSessions, saveSession } from './sessions';

const settings = (title: string): SessionSettings => ({
	title,
	welcome: 'Welcome',
	date: null,
	sources: ['educational', 'monetary', 'position'],
	custom: [{ name: 'Lived experience', description: '' }],
	threshold: 3
});

describe.each(BACKENDS)('kept in %s', (backend, reset) => {
	useBackend(backend, reset);

	describe('facilitator sessions', () => {
		it('saves a new session and reads it back', async () => {
			const saved = await saveSession(settings('Planning day'));
			expect(await getSession(saved.id)).toEqual(saved);
		});

		it('updates a session in place, keeping when it was made', async () => {
			const first = await saveSession(settings('Draft'));
			await new Promise((r) => setTimeout(r, 5));
			const second = await saveSession(settings('Final'), first.id);
			expect(second.id).toBe(first.id);
			expect(second.createdAt).toBe(first.createdAt);
			expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
			expect((await listSessions()).map((s) => s.settings.title)).toEqual(['Final']);
		});

		it('lists the most recently changed first, and deletes one', async () => {
			const a = await saveSession(settings('A'));
			await new Promise((r) => setTimeout(r, 5));
			await saveSession(settings('B'));
			await new Promise((r) => setTimeout(r, 5));
			await saveSession(settings('A again'), a.id);
			expect((await listSessions()).map((s) => s.settings.title)).toEqual(['A again', 'B']);
			await deleteSession(a.id);
			expect((await listSessions()).map((s) => s.settings.title)).toEqual(['B']);
		});

		it('keeps a reflection tied to its session, and delete-everything clears both', async () => {
			const session = settings('Carers forum');
			const reflection = await createReflection('bank-test', '', session);
			expect((await listReflections())[0]).toMatchObject({ id: reflection.id, session });
			await saveSession(session);
			await deleteEverything();
			expect(await listReflections()).toEqual([]);
			expect(await listSessions()).toEqual([]);
		});
	});
});
