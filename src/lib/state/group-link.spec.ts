import { describe, expect, it } from 'vitest';
import { MISFIT_REASONS } from '$lib/group/code-check';
import { mistyped, newerCode, six, standardCode } from '$lib/group/share-codes.test-helper';
import { encodeShareCode } from '$lib/share/share-code';
import { fingerprintNumber } from '$lib/share/session-fingerprint';
import { BACKENDS, useBackend } from '$lib/storage/fixtures/backends';
import { saveSession } from '$lib/storage/sessions';
import { addCodeFromLink } from './group-link';
import { FORUM, opened } from './group.test-helper';

useBackend(...BACKENDS[0]!);

const codes = [six(10, 20)].map(standardCode);

describe('addCodeFromLink', () => {
	it('adds a standard code to the standard reflection, once', async () => {
		expect(await addCodeFromLink(codes[0]!)).toEqual({ kind: 'added', match: { id: null, settings: null } });
		expect(await addCodeFromLink(codes[0]!.toLowerCase())).toMatchObject({ kind: 'already' });
		expect((await opened()).codes).toEqual([codes[0]]);
	});

	it('adds a session’s code to that session on this device', async () => {
		const record = await saveSession(FORUM);
		const code = encodeShareCode(fingerprintNumber(FORUM), six(40, 60).slice(0, 4));
		expect(await addCodeFromLink(code)).toMatchObject({ kind: 'added', match: { id: record.id } });
		expect((await opened(record.id)).codes).toEqual([code]);
	});

	it('adds a code from a session’s earlier link to the session as it is now', async () => {
		const record = await saveSession(FORUM);
		await saveSession({ ...FORUM, title: 'Carers forum, March' }, record.id);
		const code = encodeShareCode(fingerprintNumber(FORUM), six(40, 60).slice(0, 4));
		expect(await addCodeFromLink(code)).toMatchObject({ kind: 'added', match: { id: record.id } });
		expect((await opened(record.id)).codes).toEqual([code]);
	});

	it.each([
		['a session that is not on this device', encodeShareCode(fingerprintNumber(FORUM), six(1, 1).slice(0, 4)), 'elsewhere', /isn’t on this device/],
		['a code changed on its way, which nobody typed', mistyped(codes[0]!), 'bad', /^This share link is damaged or cut short/],
		['a word that is not a code', 'broken', 'bad', /^This share link is damaged or cut short/],
		['a code made by a newer Rebalance, which an update can read', newerCode(), 'newer', /newer version of Rebalance\. Press “Update Rebalance”/],
		['a standard code with the wrong number of sources', encodeShareCode(fingerprintNumber(null), six(1, 1).slice(0, 3)), 'bad', new RegExp(MISFIT_REASONS.sources)]
	])('explains %s', async (_, code, kind, message) => {
		const outcome = await addCodeFromLink(code);
		expect(outcome.kind).toBe(kind);
		expect('message' in outcome ? outcome.message : '').toMatch(message);
		expect((await opened()).codes).toEqual([]);
	});
});
