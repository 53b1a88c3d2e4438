import { describe, expect, it, vi } from 'vitest';
import { mistyped, six, standardCode } from '$lib/group/share-codes.test-helper';
import { encodeShareCode } from '$lib/share/share-code';
import { MISFIT_REASONS } from '$lib/group/code-check';
import { STANDARD_FINGERPRINT, fingerprintNumber, sessionFingerprint } from '$lib/share/session-fingerprint';
import type { SessionSettings } from '$lib/share/session-settings';
import { addCodes, getGroup, listCodes } from '$lib/storage/group-codes';
import { BACKENDS, useBackend } from '$lib/storage/fixtures/backends';
import { deleteSession, saveSession } from '$lib/storage/sessions';
import { CHANGED_ELSEWHERE } from './group-read';
import type { GroupState } from './group.svelte';
import { GroupStore, STORAGE_PROBLEM, type GroupStatus } from './group-store.svelte';
import { FORUM, codesCannotBeAdded, opened } from './group.test-helper';

useBackend(...BACKENDS[0]!);

const codes = [six(10, 20), six(30, 40), six(50, 60), six(70, null)].map(standardCode);

/** Every status a group screen is given from now on, however briefly. */
function watchStatus(group: GroupState): GroupStatus[] {
	const seen: GroupStatus[] = [];
	const { get, set } = Object.getOwnPropertyDescriptor(GroupStore.prototype, 'status')!;
	Object.defineProperty(group, 'status', {
		get,
		set(value: GroupStatus) {
			seen.push(value);
			set!.call(this, value);
		}
	});
	return seen;
}

describe('GroupState', () => {
	it('opens the standard reflection with its six sources and a threshold of 3', async () => {
		const group = await opened();
		expect(group.status).toBe('ready');
		expect(group.title).toBe('Our group');
		expect(group.key).toBe(STANDARD_FINGERPRINT);
		expect(group.names).toHaveLength(6);
		expect(group.threshold).toBe(3);
		expect(group.count).toBe(0);
	});

	it('opens a stored session with its own title, sources and threshold', async () => {
		const record = await saveSession(FORUM);
		const group = await opened(record.id);
		expect(group.title).toBe('Carers forum');
		expect(group.names).toEqual(['Education', 'Money', 'Role', 'Lived experience']);
		expect(group.threshold).toBe(4);
		expect(group.fingerprints).toEqual([fingerprintNumber(FORUM)]);
	});

	it('says when a session is not on this device', async () => {
		expect((await opened('nope')).status).toBe('missing');
	});

	it('adds codes from any text, reports on each, and keeps them sorted, not in arrival order', async () => {
		const group = await opened();
		const first = await group.addText(`Sam: ${codes[2]}\nAlex: ${codes[0]}\nJo: ${mistyped(codes[1]!)}`);
		expect(first).toEqual({ found: 3, added: 2, already: [], repeated: 0, bad: [expect.objectContaining({ raw: mistyped(codes[1]!) })], unlocked: false });
		// A code twice in the text counts once; a mistyped one twice is not counted as repeated.
		const second = await group.addText(`${codes[0]} and ${codes[1]}, ${codes[1]} again, ${mistyped(codes[3]!)} ${mistyped(codes[3]!)}`);
		expect(second).toMatchObject({ found: 3, added: 1, already: [codes[0]], repeated: 1, bad: [expect.objectContaining({ raw: mistyped(codes[3]!) })] });
		expect(group.codes).toEqual([codes[0], codes[1], codes[2]].sort());
		expect((await listCodes(group.key)).map((row) => row.code).sort()).toEqual(group.codes);
	});

	it('shows nothing individual below the threshold, and the group picture at it', async () => {
		const group = await opened();
		await group.addText(`${codes[0]} ${codes[1]}`);
		expect(group.unlocked).toBe(false);
		expect(group.people).toEqual([]);
		expect(group.summary.people).toBe(0);
		expect(group.summary.medianOutline.perceived.every((value) => value === null)).toBe(true);
		expect(group.gaps).toEqual([]);

		await group.addText(codes[2]!);
		expect(group.unlocked).toBe(true);
		expect(group.people.map((person) => person.label)).toEqual(['A', 'B', 'C']);
		expect(group.summary.medianOutline.perceived[0]).toBe(30);
		expect(group.gaps.length).toBeGreaterThan(0);
	});

	it('removes a code, can undo it, and clears everything', async () => {
		const group = await opened();
		await group.addText(codes.slice(0, 2).join(' '));
		expect(group.report?.unlocked).toBe(false);
		await group.addText(codes.join(' '));
		expect(group.report).toMatchObject({ added: 2, already: codes.slice(0, 2), unlocked: true });
		await group.remove(codes[1]!);
		expect(group.report).toBeNull();
		expect(group.codes).not.toContain(codes[1]);
		expect(group.count).toBe(3);
		expect(group.removed).toEqual([codes[1]]);
		await group.undo();
		expect(group.codes).toContain(codes[1]);
		expect(group.removed).toEqual([]);
		await group.clear();
		expect(group.codes).toEqual([]);
		expect(await listCodes(group.key)).toEqual([]);
	});

	it('puts back every code cleared, in order, and the picture they made, with Undo', async () => {
		const group = await opened();
		await group.addText(codes.join(' '));
		const before = { codes: group.codes, count: group.count, people: group.people };
		await group.remove(codes[0]!);
		await group.clear();
		expect(group.count).toBe(0);
		await group.undo();
		// The code removed before clearing was not cleared, so it stays out.
		expect(group.codes).toEqual(before.codes.filter((code) => code !== codes[0]));
		await group.addText(codes[0]!);
		expect({ codes: group.codes, count: group.count, people: group.people }).toEqual(before);
		expect((await listCodes(group.key)).map((row) => row.code)).toEqual(before.codes);
		expect(group.removed).toEqual([]);
	});

	it('keeps what clearing took, to undo, while codes are added after it, and forgets it when another session is shown', async () => {
		const group = await opened();
		await group.addText(codes.slice(0, 2).join(' '));
		await group.clear();
		await group.addText(codes[2]!);
		await group.undo();
		expect(group.codes).toEqual(codes.slice(0, 3).sort());
		await group.clear();
		await group.open(null, true);
		expect(group.removed).toEqual([]);
		await group.undo();
		expect(await listCodes(group.key)).toEqual([]);
	});

	it('names codes pasted on the wrong screen with the screen on this device that takes them, and adds none', async () => {
		const record = await saveSession(FORUM);
		const forumCode = encodeShareCode(fingerprintNumber(FORUM), six(30, 30).slice(0, 4));
		const standard = await opened();
		const report = await standard.addText(`${forumCode}\n${mistyped(codes[1]!)}`);
		expect(report.added).toBe(0);
		expect(report.elsewhere).toEqual([{ id: record.id, title: 'Carers forum', codes: [forumCode] }]);
		expect(report.bad.map((bad) => bad.reason)).toEqual([
			'This code is for “Carers forum”, another session saved on this device.',
			expect.stringMatching(/^A character looks mistyped/)
		]);
		const forum = await opened(record.id);
		expect((await forum.addText(codes[0]!)).elsewhere).toEqual([{ id: null, title: 'Our group', codes: [codes[0]] }]);
		expect(forum.count).toBe(0);
	});

	it('keeps the shuffle seed and the number invited per session', async () => {
		const group = await opened();
		await group.saveInvited(12);
		const again = await opened();
		expect(again.invited).toBe(12);
		expect(again.seed).toBe((await getGroup(STANDARD_FINGERPRINT)).seed);
		await again.saveInvited(null);
		expect((await opened()).invited).toBeNull();
	});

	it('does not count stored codes from another session, nor give them a person', async () => {
		const stray = encodeShareCode(fingerprintNumber(FORUM), six(1, 1).slice(0, 4));
		await addCodes(STANDARD_FINGERPRINT, [stray, codes[0]!]);
		const group = await opened();
		expect(group.count).toBe(1);
		expect(group.codes).toContain(stray);
		expect(group.counted).toEqual([codes[0]]);
	});

	describe('when the facilitator changes a session after sending its link', () => {
		const forumCode = (settings: SessionSettings, score: number) =>
			encodeShareCode(fingerprintNumber(settings), six(score, score).slice(0, 4));
		const renamed = { ...FORUM, title: 'Carers forum, March', welcome: 'Now in room 2' };

		it('keeps the codes and the number invited, and still takes codes from the earlier link', async () => {
			const record = await saveSession(FORUM);
			const before = await opened(record.id);
			await before.addText(forumCode(FORUM, 10));
			await before.saveInvited(9);
			await saveSession(renamed, record.id);

			const after = await opened(record.id);
			expect(after.codes).toEqual([forumCode(FORUM, 10)]);
			expect(after.invited).toBe(9);
			expect(after.seed).toBe(before.seed);
			const report = await after.addText(`${forumCode(FORUM, 20)} ${forumCode(renamed, 30)}`);
			expect(report).toMatchObject({ added: 2, bad: [] });
			expect(after.count).toBe(3);
			// Collected again under the new version's fingerprint, so nothing is left under the old one.
			expect(await listCodes(sessionFingerprint(FORUM))).toEqual([]);
		});

		it('still takes them after several changes', async () => {
			const record = await saveSession(FORUM);
			await saveSession(renamed, record.id);
			await saveSession({ ...renamed, title: 'Carers forum, April' }, record.id);
			const group = await opened(record.id);
			expect(await group.addText(`${forumCode(FORUM, 10)} ${forumCode(renamed, 20)}`)).toMatchObject({ added: 2, bad: [] });
		});

		it('follows a change saved in another tab: a withdrawal still removes the code, and new-link codes fit', async () => {
			const record = await saveSession(FORUM);
			const open = await opened(record.id);
			await open.addText(`${forumCode(FORUM, 10)} ${forumCode(FORUM, 20)}`);
			await saveSession(renamed, record.id);

			const statuses = watchStatus(open);
			await open.remove(forumCode(FORUM, 10));
			expect(open.title).toBe('Carers forum, March');
			// Brought up to date in place: the screen never went back to "Loading", and Undo stays.
			expect(statuses).toContain('ready');
			expect(statuses).not.toContain('loading');
			expect(open.removed).toEqual([forumCode(FORUM, 10)]);
			expect((await opened(record.id)).codes).toEqual([forumCode(FORUM, 20)]);
			expect(await open.addText(forumCode(renamed, 30))).toMatchObject({ added: 1, bad: [] });
		});

		it.each([
			{ when: 'at once', storageFails: false },
			{ when: 'when tried again after storage failed', storageFails: true }
		])('puts back all the codes cleared, counted, after following a change made in another tab, $when', async ({ storageFails }) => {
			const record = await saveSession(FORUM);
			const open = await opened(record.id);
			const both = [forumCode(FORUM, 10), forumCode(FORUM, 20)];
			await open.addText(both.join(' '));
			await open.clear();
			await saveSession(renamed, record.id);
			if (storageFails) {
				codesCannotBeAdded();
				await expect(open.undo()).rejects.toThrow();
				expect(open.problem).toBe(STORAGE_PROBLEM);
				// Brought up to date, and still holding what Undo would put back.
				expect(open.title).toBe('Carers forum, March');
				expect(open.removed).toEqual([...both].sort());
				vi.restoreAllMocks();
			}
			await open.undo();
			expect(open.title).toBe('Carers forum, March');
			expect(open.counted).toEqual([...both].sort());
			expect((await opened(record.id)).counted).toEqual([...both].sort());
		});

		it('keeps the number just typed when it follows a change made in another tab', async () => {
			const record = await saveSession(FORUM);
			const open = await opened(record.id);
			await open.saveInvited(5);
			await saveSession(renamed, record.id);
			await open.saveInvited(12);
			expect(open.invited).toBe(12);
			expect((await opened(record.id)).invited).toBe(12);
		});

		it('runs writes one at a time, so two at once both follow the change', async () => {
			const record = await saveSession(FORUM);
			const open = await opened(record.id);
			await saveSession(renamed, record.id);
			await Promise.all([open.addText(forumCode(renamed, 30)), open.saveInvited(7)]);
			const fresh = await opened(record.id);
			expect(fresh.codes).toEqual([forumCode(renamed, 30)]);
			expect(fresh.invited).toBe(7);
		});

		describe('after the sources were changed in another tab', () => {
			const fewer = { ...FORUM, sources: ['educational', 'monetary', 'class'] } satisfies SessionSettings;
			const fewerCode = encodeShareCode(fingerprintNumber(fewer), six(40, 40).slice(0, 4));

			it('still removes a withdrawn code, and offers no Undo for a code that no longer fits', async () => {
				const record = await saveSession(FORUM);
				const open = await opened(record.id);
				await open.addText(forumCode(FORUM, 10));
				await saveSession(fewer, record.id);
				await open.remove(forumCode(FORUM, 10));
				expect(await listCodes(sessionFingerprint(FORUM))).toEqual([]);
				expect(open.removed).toEqual([]);
			});

			it('does not clear codes the screen has not shown, and says why', async () => {
				const record = await saveSession(FORUM);
				const open = await opened(record.id);
				await saveSession(fewer, record.id);
				await addCodes(sessionFingerprint(fewer), [fewerCode]);
				await expect(open.clear()).rejects.toThrow();
				expect(open.problem).toBe(CHANGED_ELSEWHERE);
				expect(open.codes).toEqual([fewerCode]);
				expect((await listCodes(sessionFingerprint(fewer))).map((row) => row.code)).toEqual([fewerCode]);
			});

			it('does not add pasted codes until the facilitator has seen the change', async () => {
				const record = await saveSession(FORUM);
				const open = await opened(record.id);
				await saveSession(fewer, record.id);
				await expect(open.addText(fewerCode)).rejects.toThrow();
				expect(open.problem).toBe(CHANGED_ELSEWHERE);
				expect(await open.addText(fewerCode)).toMatchObject({ added: 1 });
				expect(open.problem).toBeNull();
			});
		});

		it('stops, and says the session is gone, when it was deleted in another tab', async () => {
			const record = await saveSession(FORUM);
			const open = await opened(record.id);
			await deleteSession(record.id);
			await expect(open.addText(forumCode(FORUM, 10))).rejects.toThrow();
			expect(open.status).toBe('missing');
			expect(await listCodes(sessionFingerprint(FORUM))).toEqual([]);
		});

		it('gathers codes kept under an earlier fingerprint, such as from an imported file', async () => {
			const record = await saveSession(FORUM);
			await saveSession(renamed, record.id);
			await addCodes(sessionFingerprint(FORUM), [forumCode(FORUM, 10)]);
			const group = await opened(record.id);
			expect(group.codes).toEqual([forumCode(FORUM, 10)]);
			expect(await group.addText(forumCode(FORUM, 10))).toMatchObject({ added: 0, already: [forumCode(FORUM, 10)] });
			expect(await listCodes(sessionFingerprint(FORUM))).toEqual([]);
		});

		it('turns away codes from a link that asked about other sources', async () => {
			const record = await saveSession(FORUM);
			const fewer = { ...FORUM, sources: ['educational', 'monetary', 'class'] } satisfies SessionSettings;
			await saveSession(fewer, record.id);
			const group = await opened(record.id);
			const report = await group.addText(forumCode(FORUM, 10));
			expect(report.added).toBe(0);
			expect(report.bad.map((bad) => bad.reason)).toEqual([MISFIT_REASONS.session]);
		});
	});
});
