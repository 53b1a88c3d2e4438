import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANDARD_SOURCE_IDS } from '$lib/questionnaire/types';
import { validSession } from './session-arbitraries.test-helper';
import {
	asOneLine,
	characterCount,
	copyTitle,
	draftFromSettings,
	draftToSettings,
	emptyDraft,
	formatSessionDate,
	isBlankRow,
	type SessionDraft
} from './session-draft';
import { SESSION_LIMITS } from './session-settings';

const draft = (changes: Partial<SessionDraft> = {}): SessionDraft => ({ ...emptyDraft(), ...changes });

describe('emptyDraft', () => {
	it('starts with every standard source ticked, no date and a threshold of 3', () => {
		expect(emptyDraft()).toEqual({
			title: '',
			welcome: '',
			date: '',
			sources: ['educational', 'institutional', 'monetary', 'class', 'position', 'authority'],
			custom: [],
			threshold: 3
		});
	});

	it('gives a new object each time, so editing one form never changes another', () => {
		const first = emptyDraft();
		first.sources.pop();
		expect(emptyDraft().sources).toHaveLength(6);
	});
});

describe('draftToSettings', () => {
	it.each([
		['an empty date as null', { date: '' }, { date: null }],
		['a chosen date as it is', { date: '2025-06-03' }, { date: '2025-06-03' }],
		['an empty threshold as a number that fails the check', { threshold: null }, { threshold: Number.NaN }],
		['sources in chart order whatever order they were ticked', { sources: ['authority', 'educational'] }, { sources: ['educational', 'authority'] }]
	] as [string, Partial<SessionDraft>, object][])('gives %s', (_, changes, expected) => {
		expect(draftToSettings(draft(changes))).toMatchObject(expected);
	});

	it('leaves out rows with nothing typed in them, and keeps rows with either part', () => {
		const custom = [
			{ name: ' ', description: '' },
			{ name: 'Faith', description: '' },
			{ name: '', description: 'Only a description' },
			{ name: '', description: '\n' }
		];
		expect(draftToSettings(draft({ custom })).custom).toEqual([custom[1], custom[2]]);
	});

	it('round-trips any valid settings through the form unchanged', () => {
		fc.assert(
			fc.property(validSession, (settings) => {
				expect(draftToSettings(draftFromSettings(settings))).toEqual(settings);
			}),
			{ numRuns: 200 }
		);
	});

	it('copies the settings, so editing the form never changes a saved record', () => {
		const settings = { title: 'A', welcome: '', date: null, sources: [...STANDARD_SOURCE_IDS], custom: [{ name: 'Faith', description: '' }], threshold: 3 };
		const form = draftFromSettings(settings);
		form.sources.pop();
		form.custom[0]!.name = 'Changed';
		expect(settings.sources).toHaveLength(6);
		expect(settings.custom[0]!.name).toBe('Faith');
	});
});

describe('isBlankRow', () => {
	it.each([
		[{ name: '', description: '' }, true],
		[{ name: '  ', description: '\t' }, true],
		[{ name: 'a', description: '' }, false],
		[{ name: '', description: 'b' }, false]
	])('%j is blank: %s', (row, blank) => {
		expect(isBlankRow(row)).toBe(blank);
	});
});

describe('copyTitle', () => {
	it.each([
		['Planning day', 'Planning day (copy)'],
		['  Spaces around  ', 'Spaces around (copy)'],
		['Planning day (copy)', 'Planning day (copy) (copy)']
	])('%j becomes %j', (title, expected) => {
		expect(copyTitle(title)).toBe(expected);
	});

	it('shortens a long title so the copy still fits the limit, ending in " (copy)"', () => {
		fc.assert(
			fc.property(fc.string({ minLength: 1, maxLength: SESSION_LIMITS.titleLength, unit: 'grapheme' }), (title) => {
				const copy = copyTitle(title);
				expect(copy.length).toBeLessThanOrEqual(SESSION_LIMITS.titleLength);
				expect(copy.endsWith(' (copy)')).toBe(true);
			})
		);
	});

	it('never splits an emoji’s two halves when shortening', () => {
		// 73 units are free; the emoji would need units 73 and 74, so it is left out whole.
		const copy = copyTitle('a'.repeat(72) + '👋👋');
		expect(copy).toBe(`${'a'.repeat(72)} (copy)`);
		expect(copy.isWellFormed()).toBe(true);
	});
});

describe('formatSessionDate', () => {
	it.each([
		['2025-06-03', 'Tuesday 3 June 2025'],
		['2024-02-29', 'Thursday 29 February 2024'],
		['2026-01-01', 'Thursday 1 January 2026'],
		['', ''],
		[null, ''],
		['3 June', '']
	])('%j reads %j', (date, words) => {
		expect(formatSessionDate(date)).toBe(words);
	});
});

describe('characterCount', () => {
	it.each([
		['', 10, 'You have 10 characters left', false],
		['abcdefghi', 10, 'You have 1 character left', false],
		['abcdefghij', 10, 'You have 0 characters left', false],
		['  abcdefghij  ', 10, 'You have 0 characters left', false],
		['abcdefghijk', 10, 'You have 1 character too many', true],
		['abcdefghijklmn', 10, 'You have 4 characters too many', true]
	])('%j against %i: %j', (text, limit, message, over) => {
		expect(characterCount(text, limit)).toEqual({ message, over });
	});
});

describe('asOneLine', () => {
	it.each([
		['Knowing the system', 'Knowing the system'],
		['Knowing\nthe system', 'Knowing the system'],
		['Knowing  \r\n\n  the system', 'Knowing the system'],
		['Blank lines\n    \n  between, indented', 'Blank lines between, indented'],
		['Ends with a break\n', 'Ends with a break '],
		['Line\u2028separator', 'Line separator'],
		['Keeps  double  spaces', 'Keeps  double  spaces']
	])('joins %j as %j', (typed, joined) => {
		expect(asOneLine(typed).text).toBe(joined);
	});

	it.each([
		['Pasted\nhere|, then more', 'Pasted here|, then more'],
		['Start|\nend', 'Start| end'],
		['One\n\ntwo\n|', 'One two |'],
		['|Untouched', '|Untouched'],
		['a  |\n b', 'a |b'],
		['a \n|\n b', 'a |b']
	])('keeps the caret in place: %j gives %j', (typed, expected) => {
		const result = asOneLine(typed.replace('|', ''), typed.indexOf('|'));
		expect(result.text.slice(0, result.caret) + '|' + result.text.slice(result.caret)).toBe(expected);
	});

	it('never cuts: a long pasted description stays whole for the facilitator to shorten', () => {
		const typed = `${'word '.repeat(40)}\nand more`;
		expect(asOneLine(typed).text).toBe(`${'word '.repeat(40)}and more`);
	});

	it('keeps the caret where the text before it ends up, wherever it was', () => {
		const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\t') });
		fc.assert(
			fc.property(text, fc.nat(), (typed, at) => {
				const caret = at % (typed.length + 1);
				const result = asOneLine(typed, caret);
				// Spaces just before a line break join its one space, so they are the only difference.
				expect(result.text.slice(0, result.caret).trimEnd()).toBe(asOneLine(typed.slice(0, caret)).text.trimEnd());
			})
		);
	});

	it('never leaves a line break, and never grows the text', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\t', '\u2029') }), (typed) => {
				const { text, caret } = asOneLine(typed);
				expect(text).not.toMatch(/[\r\n\u2028\u2029]/);
				expect(text.length).toBeLessThanOrEqual(typed.length);
				expect(caret).toBe(text.length);
			})
		);
	});
});
