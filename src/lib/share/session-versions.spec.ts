import { describe, expect, it } from 'vitest';
import { STANDARD_FINGERPRINT_NUMBER, fingerprintNumber } from './session-fingerprint';
import type { SessionSettings } from './session-settings';
import { MAX_EARLIER, cleanEarlier, earlierFingerprints, sameSources, versionChange } from './session-versions';

const base: SessionSettings = {
	title: 'Carers forum',
	welcome: 'Welcome',
	date: null,
	sources: ['educational', 'monetary', 'position'],
	custom: [{ name: 'Lived experience', description: 'What you have been through' }],
	threshold: 4
};
const edit = (change: Partial<SessionSettings>): SessionSettings => ({ ...base, ...change });

describe('sameSources', () => {
	it.each([
		['a new title', edit({ title: 'Carers forum, March' }), true],
		['a new welcome note, date and threshold', edit({ welcome: '', date: '2026-12-01', threshold: 6 }), true],
		['a new description for an own source', edit({ custom: [{ name: 'Lived experience', description: '' }] }), true],
		['an own source’s name in other capitals and spacing', edit({ custom: [{ name: ' lived EXPERIENCE ', description: '' }] }), true],
		['a standard source taken out', edit({ sources: ['educational', 'monetary'] }), false],
		['a standard source swapped for another', edit({ sources: ['educational', 'monetary', 'class'] }), false],
		['an own source renamed', edit({ custom: [{ name: 'Caring experience', description: '' }] }), false],
		['an own source added', edit({ custom: [...base.custom, { name: 'Language', description: '' }] }), false],
		['own sources in another order', edit({ custom: [{ name: 'B', description: '' }, { name: 'A', description: '' }] }), false]
	])('%s: %s', (_, next, expected) => {
		expect(sameSources(base, next)).toBe(expected);
		expect(sameSources(next, base)).toBe(expected);
	});
});

describe('earlierFingerprints', () => {
	const retitled = edit({ title: 'Carers forum, March' });
	const again = edit({ title: 'Carers forum, April' });
	it.each([
		['a new session', undefined, base, []],
		['a new title', { settings: base }, retitled, [fingerprintNumber(base)]],
		['a second new title, keeping the first', { settings: retitled, earlier: [fingerprintNumber(base)] }, again, [fingerprintNumber(retitled), fingerprintNumber(base)]],
		['a change back to an earlier title', { settings: retitled, earlier: [fingerprintNumber(base)] }, base, [fingerprintNumber(retitled)]],
		['a change that keeps the fingerprint', { settings: base, earlier: [7] }, edit({ welcome: 'Hello' }), [7]],
		['other sources', { settings: retitled, earlier: [fingerprintNumber(base)] }, edit({ sources: ['class'] }), []]
	])('%s', (_, previous, next, expected) => {
		expect(earlierFingerprints(previous, next)).toEqual(expected);
	});
});

describe('cleanEarlier', () => {
	const own = fingerprintNumber(base);
	it.each([
		['nothing', [], []],
		['sound fingerprints, in order', [5, 9, 2], [5, 9, 2]],
		['repeats, once each', [5, 5, 9, 5], [5, 9]],
		['its own and the standard one', [own, 5, STANDARD_FINGERPRINT_NUMBER], [5]],
		['anything that is not a 20-bit whole number', [-1, 1.5, 2 ** 20, '7', null, 8], [8]],
		['more than it keeps, newest first', Array.from({ length: MAX_EARLIER + 5 }, (_, i) => i + 1), Array.from({ length: MAX_EARLIER }, (_, i) => i + 1)]
	] as const)('%s', (_, earlier, expected) => {
		expect(cleanEarlier(earlier, base)).toEqual(expected);
	});
});

describe('versionChange', () => {
	it.each([
		['the same settings', base, 'same'],
		['a new welcome note, which the fingerprint leaves out', edit({ welcome: 'Hello again' }), 'same'],
		['a new title', edit({ title: 'Carers forum, March' }), 'renamed'],
		['a new description for an own source', edit({ custom: [{ name: 'Lived experience', description: 'New words' }] }), 'renamed'],
		['other sources', edit({ sources: ['class'] }), 'changed']
	] as const)('%s', (_, stored, expected) => {
		expect(versionChange(base, stored)).toBe(expected);
	});
});
