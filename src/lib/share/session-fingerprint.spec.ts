import { crc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE32_ALPHABET } from './base32';
import { validSession } from './session-arbitraries.test-helper';
import {
	STANDARD_FINGERPRINT,
	STANDARD_FINGERPRINT_NUMBER,
	fingerprintNumber,
	sessionFingerprint
} from './session-fingerprint';
import type { SessionSettings } from './session-settings';

const SESSION: SessionSettings = {
	title: 'Planning day',
	welcome: 'Welcome, everyone.',
	date: '2025-03-14',
	sources: ['educational', 'monetary', 'authority'],
	custom: [
		{ name: 'Faith', description: 'Belief and belonging' },
		{ name: 'Networks', description: '' }
	],
	threshold: 3
};

const fromText = (text: string) => [...text].reduce((value, char) => value * 32 + BASE32_ALPHABET.indexOf(char), 0);

describe('session fingerprints', () => {
	it('are four Crockford base32 characters that spell the 20-bit number', () => {
		fc.assert(
			fc.property(validSession, (settings) => {
				const text = sessionFingerprint(settings);
				expect(text).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/);
				expect(fromText(text)).toBe(fingerprintNumber(settings));
				expect(fingerprintNumber(settings)).toBeLessThan(2 ** 20);
			}),
			{ numRuns: 300 }
		);
	});

	it('are stable for the same settings', () => {
		expect(sessionFingerprint(structuredClone(SESSION))).toBe(sessionFingerprint(SESSION));
		expect(sessionFingerprint({ ...SESSION, sources: ['authority', 'monetary', 'educational'] })).toBe(sessionFingerprint(SESSION));
	});

	it('give the standard questionnaire the top 20 bits of the CRC-32 of "standard:bank-1"', () => {
		expect(STANDARD_FINGERPRINT_NUMBER).toBe(crc32('standard:bank-1') >>> 12);
		expect(fromText(STANDARD_FINGERPRINT)).toBe(STANDARD_FINGERPRINT_NUMBER);
		expect(fingerprintNumber(null)).toBe(STANDARD_FINGERPRINT_NUMBER);
		expect(sessionFingerprint(null)).toBe(STANDARD_FINGERPRINT);
	});

	it('never let a session pass for the standard questionnaire', () => {
		const allSix: SessionSettings = { ...SESSION, sources: ['educational', 'institutional', 'monetary', 'class', 'position', 'authority'], custom: [] };
		expect(sessionFingerprint(allSix)).not.toBe(STANDARD_FINGERPRINT);
		fc.assert(
			fc.property(validSession, (settings) => {
				expect(fingerprintNumber(settings)).not.toBe(STANDARD_FINGERPRINT_NUMBER);
			}),
			{ numRuns: 300 }
		);
	});

	it.each<[string, Partial<SessionSettings>]>([
		['the title', { title: 'Planning day 2' }],
		['a standard source dropped', { sources: ['educational', 'monetary'] }],
		['a standard source added', { sources: ['educational', 'monetary', 'class', 'authority'] }],
		['a standard source swapped', { sources: ['educational', 'monetary', 'position'] }],
		['an extra source’s name', { custom: [{ name: 'Faiths', description: 'Belief and belonging' }, SESSION.custom[1]!] }],
		['an extra source’s description', { custom: [{ name: 'Faith', description: 'Belief' }, SESSION.custom[1]!] }],
		['the extra sources’ order', { custom: [...SESSION.custom].reverse() }],
		['an extra source removed', { custom: SESSION.custom.slice(0, 1) }],
		['an extra source added', { custom: [...SESSION.custom, { name: 'Language', description: '' }] }]
	])('change with %s', (_, change) => {
		expect(sessionFingerprint({ ...SESSION, ...change })).not.toBe(sessionFingerprint(SESSION));
	});

	it.each<[string, Partial<SessionSettings>]>([
		['the welcome note', { welcome: 'A different welcome.' }],
		['the date', { date: null }],
		['the threshold', { threshold: 10 }]
	])('ignore %s, which does not change the questions', (_, change) => {
		expect(sessionFingerprint({ ...SESSION, ...change })).toBe(sessionFingerprint(SESSION));
	});
});
