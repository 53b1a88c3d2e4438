import { describe, expect, it } from 'vitest';
import { fingerprintNumber } from '$lib/share/session-fingerprint';
import type { SessionSettings } from '$lib/share/session-settings';
import { acceptedFingerprints, groupHref, matchSession, screenName, sharingSession } from './session-match';

const settings = (title: string): SessionSettings => ({
	title,
	welcome: '',
	date: null,
	sources: ['educational', 'monetary', 'position'],
	custom: [],
	threshold: 4
});
const sessions = [
	{ id: 'a', settings: settings('Carers forum') },
	{ id: 'b', settings: settings('Youth panel') },
	{ id: 'b-copy', settings: settings('Youth panel') }
];

describe('matchSession', () => {
	it.each([
		['the standard reflection, on every device', fingerprintNumber(null), { id: null, settings: null }],
		['a stored session', fingerprintNumber(sessions[0]!.settings), { id: 'a', settings: sessions[0]!.settings }],
		['the first of two copies of a session', fingerprintNumber(sessions[1]!.settings), { id: 'b', settings: sessions[1]!.settings }],
		['no session on this device', fingerprintNumber(settings('Somewhere else')), null]
	])('%s', (_, fingerprint, expected) => {
		expect(matchSession(fingerprint, sessions)).toEqual(expected);
	});

	const renamed = { id: 'c', settings: settings('Carers forum, March'), earlier: [fingerprintNumber(settings('Carers forum draft'))] };
	it.each([
		['a session whose earlier version made the code', fingerprintNumber(settings('Carers forum draft')), 'c'],
		['a session’s own version before an earlier one of another', fingerprintNumber(settings('Carers forum')), 'a']
	])('%s', (_, fingerprint, id) => {
		const withEarlier = [...sessions, renamed, { ...renamed, id: 'd', earlier: [fingerprintNumber(settings('Carers forum'))] }];
		expect(matchSession(fingerprint, withEarlier)?.id).toBe(id);
	});
});

describe('acceptedFingerprints', () => {
	it.each([
		['the standard reflection', null, [fingerprintNumber(null)]],
		['a session saved before earlier versions were kept', { id: 'a', settings: settings('A') }, [fingerprintNumber(settings('A'))]],
		['a session with earlier versions, its own first', { id: 'a', settings: settings('A'), earlier: [5, 9] }, [fingerprintNumber(settings('A')), 5, 9]]
	])('%s', (_, session, expected) => {
		expect(acceptedFingerprints(session)).toEqual(expected);
	});
});

describe('sharingSession', () => {
	it.each([
		['another session with the same title and sources', settings('Carers forum'), null, 'a'],
		['only itself', settings('Carers forum'), 'a', undefined],
		['a title in other spacing, which the fingerprint trims', settings('  Carers forum '), null, 'a'],
		['nothing when the sources differ', { ...settings('Carers forum'), sources: ['class' as const] }, null, undefined],
		['nothing when the title differs', settings('Carers forum, March'), null, undefined]
	])('finds %s', (_, draft, exceptId, id) => {
		expect(sharingSession(draft, sessions, exceptId)?.id).toBe(id);
	});
});

describe('groupHref', () => {
	it.each([
		[null, '/group'],
		['abc-123', '/group?session=abc-123'],
		['a b&c', '/group?session=a%20b%26c']
	])('%s', (id, expected) => {
		expect(groupHref(id)).toBe(expected);
	});
});

describe('screenName', () => {
	it.each([
		['a session, by its title in quotes', { id: 'a', title: 'Carers forum' }, '“Carers forum”'],
		// Its group is "Our group" on the screen itself; from another screen that name says nothing.
		['the screen for reflections without a session link, by what it takes', { id: null, title: 'Our group' }, 'the group screen for codes made without a link']
	])('%s', (_, screen, name) => {
		expect(screenName(screen)).toBe(name);
	});
});
