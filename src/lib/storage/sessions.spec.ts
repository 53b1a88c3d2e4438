import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKENDS, useBackend } from './fixtures/backends';
import type { SessionSettings } from '$lib/share/session-settings';
import { STANDARD_FINGERPRINT, fingerprintNumber, sessionFingerprint } from '$lib/share/session-fingerprint';
import { addCodes, getGroup, listCodes, setInvited } from './group-codes';
import { createReflection, deleteEverything, listReflections } from './reflections';
import { countSessionCodes, deleteSession, getSession, listSessions, saveSession } from './sessions';
import { START, stoppedClock } from './stopped-clock.test-helper';

const settings = (title: string): SessionSettings => ({
	title,
	welcome: 'Welcome',
	date: null,
	sources: ['educational', 'monetary', 'position'],
	custom: [{ name: 'Lived experience', description: '' }],
	threshold: 3
});

afterEach(() => vi.useRealTimers());

describe.each(BACKENDS)('kept in %s', (backend, reset) => {
	useBackend(backend, reset);

	describe('facilitator sessions', () => {
		it('saves a new session and reads it back', async () => {
			const saved = await saveSession(settings('Planning day'));
			expect(await getSession(saved.id)).toEqual(saved);
		});

		it('updates a session in place, keeping when it was made', async () => {
			const clock = stoppedClock();
			const first = await saveSession(settings('Draft'));
			const later = clock.next();
			const second = await saveSession(settings('Final'), first.id);
			expect(second.id).toBe(first.id);
			expect(second.createdAt).toBe(START);
			expect(second.updatedAt).toBe(later);
			expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
			expect((await listSessions()).map((s) => s.settings.title)).toEqual(['Final']);
		});

		it('lists the most recently changed first, and deletes one', async () => {
			const clock = stoppedClock();
			const a = await saveSession(settings('A'));
			clock.next();
			await saveSession(settings('B'));
			clock.next();
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

	describe('a new version of a session', () => {
		const first = settings('Carers forum');
		const retitled = settings('Carers forum, March');
		const codesOf = async (session: SessionSettings) => (await listCodes(sessionFingerprint(session))).map((row) => row.code);

		it('with the same sources keeps the earlier fingerprint, and its codes and group settings move with it', async () => {
			const saved = await saveSession(first);
			expect(saved.earlier).toEqual([]);
			await addCodes(sessionFingerprint(first), ['CODE-1', 'CODE-2']);
			const { seed } = await setInvited(sessionFingerprint(first), 8);
			const next = await saveSession(retitled, saved.id);
			expect(next.earlier).toEqual([fingerprintNumber(first)]);
			expect(await getSession(saved.id)).toEqual(next);
			expect(await codesOf(retitled)).toEqual(['CODE-1', 'CODE-2']);
			expect(await codesOf(first)).toEqual([]);
			expect(await getGroup(sessionFingerprint(retitled))).toMatchObject({ invited: 8, seed });
		});

		it('with other sources keeps no earlier fingerprints, and deletes the codes that could never show again', async () => {
			const saved = await saveSession(first);
			await saveSession(retitled, saved.id);
			await addCodes(sessionFingerprint(retitled), ['CODE-1']);
			await addCodes(sessionFingerprint(first), ['CODE-2']);
			await setInvited(sessionFingerprint(retitled), 5);
			const changed = { ...retitled, sources: ['class' as const] };
			expect((await saveSession(changed, saved.id)).earlier).toEqual([]);
			expect(await codesOf(changed)).toEqual([]);
			expect(await codesOf(retitled)).toEqual([]);
			expect(await codesOf(first)).toEqual([]);
			expect((await getGroup(sessionFingerprint(retitled))).invited).toBeNull();
			expect(Object.fromEntries(await countSessionCodes(await listSessions()))).toEqual({ [saved.id]: 0 });
		});

		it('with other sources leaves the codes that another saved session still counts', async () => {
			const saved = await saveSession(first);
			await saveSession(first);
			await addCodes(sessionFingerprint(first), ['CODE-1']);
			await saveSession({ ...first, sources: ['class'] }, saved.id);
			expect(await codesOf(first)).toEqual(['CODE-1']);
		});

		it('copies, rather than takes, codes that another session with the same fingerprint shares', async () => {
			const saved = await saveSession(first);
			await saveSession(first);
			await addCodes(sessionFingerprint(first), ['CODE-1']);
			await saveSession(retitled, saved.id);
			expect(await codesOf(retitled)).toEqual(['CODE-1']);
			expect(await codesOf(first)).toEqual(['CODE-1']);
		});
	});

	describe('deleting a session, and counting its codes', () => {
		const first = settings('Carers forum');
		const retitled = settings('Carers forum, March');
		const codesUnder = async (key: string) => (await listCodes(key)).map((row) => row.code);

		it('counts the codes its group screen shows, from its own link and its earlier ones, each once', async () => {
			const saved = await saveSession(first);
			const empty = await saveSession(settings('Empty'));
			await saveSession(retitled, saved.id);
			await addCodes(sessionFingerprint(retitled), ['CODE-1', 'CODE-2']);
			// Added by a group screen still open on the old version in another tab.
			await addCodes(sessionFingerprint(first), ['CODE-2', 'CODE-3']);
			const counts = await countSessionCodes(await listSessions());
			expect(Object.fromEntries(counts)).toEqual({ [saved.id]: 3, [empty.id]: 0 });
		});

		it('takes its codes and group settings with it, from every version, and leaves the standard reflection’s', async () => {
			const saved = await saveSession(first);
			await saveSession(retitled, saved.id);
			await addCodes(sessionFingerprint(retitled), ['CODE-1']);
			await addCodes(sessionFingerprint(first), ['CODE-2']);
			await setInvited(sessionFingerprint(retitled), 6);
			await addCodes(STANDARD_FINGERPRINT, ['STANDARD-1']);
			await deleteSession(saved.id);
			expect(await listSessions()).toEqual([]);
			expect(await codesUnder(sessionFingerprint(retitled))).toEqual([]);
			expect(await codesUnder(sessionFingerprint(first))).toEqual([]);
			expect((await getGroup(sessionFingerprint(retitled))).invited).toBeNull();
			expect(await codesUnder(STANDARD_FINGERPRINT)).toEqual(['STANDARD-1']);
		});

		it('leaves codes that another saved session counts too', async () => {
			const saved = await saveSession(first);
			const twin = await saveSession(first);
			const later = await saveSession(first);
			await saveSession(retitled, later.id);
			await addCodes(sessionFingerprint(first), ['CODE-1']);
			await deleteSession(saved.id);
			expect(await codesUnder(sessionFingerprint(first))).toEqual(['CODE-1']);
			await deleteSession(twin.id);
			// Still an earlier version of the third session, whose group screen gathers it.
			expect(await codesUnder(sessionFingerprint(first))).toEqual(['CODE-1']);
			expect(Object.fromEntries(await countSessionCodes(await listSessions()))).toEqual({ [later.id]: 1 });
		});
	});
});
