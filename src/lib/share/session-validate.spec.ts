import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validSession } from './session-arbitraries.test-helper';
import type { SessionSettings } from './session-settings';
import { isCalendarDate, validateSession } from './session-validate';

const BASE: SessionSettings = {
	title: 'Planning day',
	welcome: '',
	date: null,
	sources: ['educational', 'monetary', 'authority'],
	custom: [],
	threshold: 3
};

const kind = (value: unknown) => {
	const result = validateSession(value);
	return result.ok ? 'ok' : `${result.error.kind}${result.error.field ? `:${result.error.field}` : ''}`;
};

describe('validateSession', () => {
	it('accepts every session the generator makes, unchanged', () => {
		fc.assert(
			fc.property(validSession, (settings) => {
				expect(validateSession(settings)).toEqual({ ok: true, settings });
			}),
			{ numRuns: 500 }
		);
	});

	it('trims text and puts standard sources in chart order', () => {
		const messy = {
			...BASE,
			title: '  Planning day\n',
			welcome: ' Hello ',
			sources: ['authority', 'educational', 'monetary'],
			custom: [{ name: ' Faith ', description: ' Belief ' }]
		};
		expect(validateSession(messy)).toEqual({
			ok: true,
			settings: { ...BASE, welcome: 'Hello', sources: ['educational', 'monetary', 'authority'], custom: [{ name: 'Faith', description: 'Belief' }] }
		});
	});

	it.each([
		['the title at its limit', { title: 'a'.repeat(80) }],
		['the welcome at its limit', { welcome: 'a'.repeat(600) }],
		['an extra name at its limit', { custom: [{ name: 'a'.repeat(40), description: 'b'.repeat(140) }] }],
		['a leap day', { date: '2024-02-29' }],
		['a leap day in a 400th year', { date: '2000-02-29' }],
		['both ends of the threshold', { threshold: 2 }],
		['the top of the threshold', { threshold: 50 }],
		['two standard and one extra source', { sources: ['class', 'position'], custom: [{ name: 'Faith', description: '' }] }],
		['ten sources', { sources: ['educational', 'institutional', 'monetary', 'class', 'position', 'authority'], custom: ['A', 'B', 'C', 'D'].map((name) => ({ name, description: '' })) }],
		['three extra sources alone', { sources: [], custom: ['Faith', 'Language', 'Networks'].map((name) => ({ name, description: '' })) }]
	])('accepts %s', (_, change) => {
		expect(kind({ ...BASE, ...change })).toBe('ok');
	});

	it.each([
		['a missing key', (() => { const { threshold: _, ...rest } = BASE; return rest; })(), 'wrong-type'],
		['an extra key', { ...BASE, answers: {} }, 'wrong-type'],
		['a __proto__ key', JSON.parse('{"__proto__":{"x":1},"title":"T","welcome":"","date":null,"sources":[],"custom":[],"threshold":3}'), 'wrong-type'],
		['null', null, 'wrong-type'],
		['an array', [], 'wrong-type'],
		['a number date', { ...BASE, date: 20250314 }, 'wrong-type'],
		['a source that is not text', { ...BASE, sources: [1, 2, 3] }, 'wrong-type'],
		['an extra source with a missing key', { ...BASE, custom: [{ name: 'Faith' }] }, 'wrong-type'],
		['a string threshold', { ...BASE, threshold: '3' }, 'wrong-type'],
		['a getter that throws', Object.defineProperty({ ...BASE }, 'title', { enumerable: true, get: () => { throw new Error('boom'); } }), 'wrong-type'],
		['an unknown source', { ...BASE, sources: ['educational', 'monetary', 'charisma'] }, 'invalid:sources'],
		['a repeated source', { ...BASE, sources: ['educational', 'monetary', 'monetary'] }, 'invalid:sources'],
		['two sources in all', { ...BASE, sources: ['educational', 'monetary'] }, 'invalid:sources'],
		['an empty title', { ...BASE, title: '' }, 'invalid:title'],
		['a title one over', { ...BASE, title: 'a'.repeat(81) }, 'invalid:title'],
		['a welcome one over', { ...BASE, welcome: 'a'.repeat(601) }, 'invalid:welcome'],
		['a name one over', { ...BASE, custom: [{ name: 'a'.repeat(41), description: '' }] }, 'invalid:custom'],
		['a description one over', { ...BASE, custom: [{ name: 'Faith', description: 'a'.repeat(141) }] }, 'invalid:custom'],
		['the same name twice in different Unicode spellings', { ...BASE, custom: [{ name: 'Gŵr', description: '' }, { name: 'gw\u0302r', description: '' }] }, 'invalid:custom'],
		['a standard source’s name', { ...BASE, custom: [{ name: 'Class and background', description: '' }] }, 'invalid:custom'],
		['29 February in a year that is not a leap year', { ...BASE, date: '1900-02-29' }, 'invalid:date'],
		['day zero', { ...BASE, date: '2025-01-00' }, 'invalid:date'],
		['a date with a time', { ...BASE, date: '2025-01-01T10:00' }, 'invalid:date'],
		['an empty date', { ...BASE, date: '' }, 'invalid:date'],
		['a threshold that is not a number', { ...BASE, threshold: Number.NaN }, 'invalid:threshold'],
		['markup in an extra description', { ...BASE, custom: [{ name: 'Faith', description: '<b>bold</b>' }] }, 'unsafe-text:custom'],
		['markup and a title that is too long', { ...BASE, title: `<script>${'a'.repeat(90)}` }, 'unsafe-text:title']
	])('refuses %s', (_, value, expected) => {
		expect(kind(value)).toBe(expected);
	});

	it('explains every refusal in a full sentence without echoing the text back', () => {
		const result = validateSession({ ...BASE, title: '<script>alert(1)</script>' });
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error.message).toMatch(/^The title .+\.$/);
			expect(result.error.message).not.toContain('alert');
		}
	});
});

describe('isCalendarDate', () => {
	it('agrees with the calendar on every day of a leap cycle', () => {
		for (let day = Date.UTC(1999, 11, 1); day <= Date.UTC(2001, 2, 2); day += 86_400_000) {
			expect(isCalendarDate(new Date(day).toISOString().slice(0, 10))).toBe(true);
		}
	});

	it.each(['2023-02-29', '2025-04-31', '2025-00-10', '0000-01-01', '25-01-01', '2025-1-1'])('refuses %s', (text) => {
		expect(isCalendarDate(text)).toBe(false);
	});
});
