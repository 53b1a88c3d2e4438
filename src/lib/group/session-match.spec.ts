import { describe, expect, it } from 'vitest';
import { fingerprintNumber } from '$lib/share/session-fingerprint';
import type { SessionSettings } from '$lib/share/session-settings';
import { groupHref, matchSession } from './session-match';

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
