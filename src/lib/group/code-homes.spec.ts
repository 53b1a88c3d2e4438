import { describe, expect, it } from 'vitest';
import { findShareCodes } from '$lib/share/code-extraction';
import { encodeShareCode } from '$lib/share/share-code';
import { fingerprintNumber } from '$lib/share/session-fingerprint';
import type { SessionSettings } from '$lib/share/session-settings';
import { MISFIT_REASONS, checkFound } from './code-check';
import { findCodeHomes, savedElsewhereReason } from './code-homes';
import { STANDARD_TITLE, acceptedFingerprints, type StoredSession } from './session-match';
import { mistyped, six, standardCode } from './share-codes.test-helper';

const settings = (title: string, sources: SessionSettings['sources']): SessionSettings => ({
	title,
	welcome: '',
	date: '',
	sources,
	custom: [],
	threshold: 3
});
const carers: StoredSession = { id: 'carers', settings: settings('Carers forum', ['educational', 'monetary', 'position']) };
const tenants: StoredSession = { id: 'tenants', settings: settings('Tenants panel', ['class', 'authority']) };
const renamed = settings('Tenants panel, March', ['class', 'authority']);
// A session renamed since its link went out: codes from the old link count for it still.
const tenantsNow: StoredSession = { id: 'tenants', settings: renamed, earlier: [fingerprintNumber(tenants.settings)] };
const sessionCode = (session: StoredSession, sources: number, value = 40) =>
	encodeShareCode(fingerprintNumber(session.settings), six(value, value).slice(0, sources));

const carersA = sessionCode(carers, 3, 20);
const carersB = sessionCode(carers, 3, 80);
const tenantsA = sessionCode(tenants, 2);
const standard = standardCode(six(50, 50));
const strangers = encodeShareCode(fingerprintNumber(settings('Not on this device', ['class'])), six(1, 1).slice(0, 1));
const carersWrongCount = sessionCode(carers, 4);

/** The codes pasted on the screen `shownId`, as that screen checks them, then placed. */
function placed(codes: string[], sessions: StoredSession[], shownId: string | null) {
	const shown = sessions.find((session) => session.id === shownId) ?? null;
	const sourceCount = shown ? shown.settings.sources.length : 6;
	const { bad } = checkFound(findShareCodes(codes.join('\n')), acceptedFingerprints(shown), sourceCount);
	return findCodeHomes(bad, sessions, shownId);
}

describe('findCodeHomes', () => {
	it.each([
		['a saved session’s codes, on the standard screen', [carersA, carersB], [carers], null, [{ id: 'carers', title: 'Carers forum', codes: [carersA, carersB] }]],
		['two sessions’ codes, each by its session, in the order pasted', [tenantsA, carersA, carersB], [carers, tenants], null, [
			{ id: 'tenants', title: 'Tenants panel', codes: [tenantsA] },
			{ id: 'carers', title: 'Carers forum', codes: [carersA, carersB] }
		]],
		['a standard reflection’s code, on a session’s screen', [standard], [carers], 'carers', [{ id: null, title: STANDARD_TITLE, codes: [standard] }]],
		['a code from before a rename, under the session’s name now', [tenantsA], [carers, tenantsNow], 'carers', [{ id: 'tenants', title: 'Tenants panel, March', codes: [tenantsA] }]],
		['a session not on this device', [strangers], [carers], null, []],
		['a session’s code with the wrong number of sources', [carersWrongCount], [carers], null, []],
		['a mistyped code', [mistyped(carersA)], [carers], null, []],
		['nothing saved', [carersA], [], null, []]
	])('%s', (_, codes, sessions, shownId, expected) => {
		expect(placed(codes, sessions, shownId).elsewhere).toEqual(expected);
	});

	it('names a saved session in the reason, and leaves every other reason as it was', () => {
		const { bad } = placed([carersA, standard, strangers, mistyped(tenantsA)], [carers, tenants], 'tenants');
		expect(bad.map((code) => code.reason)).toEqual([
			savedElsewhereReason('Carers forum'),
			MISFIT_REASONS.standard,
			MISFIT_REASONS.session,
			expect.stringMatching(/^A character looks mistyped/)
		]);
	});
});
