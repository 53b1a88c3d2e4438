import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANDARD_SOURCE_IDS } from '$lib/questionnaire/types';
import { validSession } from './session-arbitraries.test-helper';
import { draftFromSettings, draftToSettings, emptyDraft, isBlankRow, type SessionDraft } from './session-draft';
import { EMPTY_ROW, draftProblems, summaryText, type DraftProblem } from './session-draft-problems';
import { validateSession } from './session-validate';

const GOOD: SessionDraft = { ...emptyDraft(), title: 'Planning day' };
const draft = (changes: Partial<SessionDraft>): SessionDraft => ({ ...GOOD, ...changes });
const row = (name: string, description = '') => ({ name, description });
const keys = (value: SessionDraft) => draftProblems(value).map((problem) => problem.key);

describe('draftProblems', () => {
	it('finds nothing wrong with a titled form left as it starts', () => {
		expect(draftProblems(GOOD)).toEqual([]);
	});

	it.each([
		['no title', { title: '  ' }, 'title', /needs a title/],
		['a title with markup', { title: 'Hi <b>' }, 'title', /looks like computer code/],
		['a welcome with markup', { welcome: 'Line one\n<script>' }, 'welcome', /welcome note .* computer code/],
		['a date that is not real', { date: '2025-02-30' }, 'date', /not a real calendar date/],
		['no sources at all', { sources: [] }, 'sources', /at least 3 .* chart needs at least 3/],
		['a source added and left empty', { custom: [row(' ', ' ')] }, 'custom-0-name', /^Type a name for this source, or remove it/],
		['a description with no name', { custom: [row('', 'Knowing people')] }, 'custom-0-name', /needs a name/],
		['a name like a standard source', { custom: [row('education')] }, 'custom-0-name', /same name as a standard source/],
		['a name with markup', { custom: [row('<i>')] }, 'custom-0-name', /computer code/],
		['a description with markup', { custom: [row('Faith', 'a > b')] }, 'custom-0-description', /computer code/],
		['an empty group size', { threshold: null }, 'threshold', /whole number from 2 to 50/],
		['a group size of 1', { threshold: 1 }, 'threshold', /from 2 to 50/],
		['a group size that is not whole', { threshold: 2.5 }, 'threshold', /whole number/],
		['a group size over 50', { threshold: 51 }, 'threshold', /from 2 to 50/]
	] as [string, Partial<SessionDraft>, string, RegExp][])('points %s at its field', (_, changes, key, message) => {
		const problems = draftProblems(draft(changes));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toEqual({ key, message: expect.stringMatching(message) });
	});

	it('counts no source for a row left empty, and asks for its name', () => {
		expect(draftProblems(draft({ sources: ['class', 'position'], custom: [row('')] }))).toEqual([
			{ key: 'sources', message: expect.stringMatching(/at least 3/) },
			{ key: 'custom-0-name', message: EMPTY_ROW }
		]);
	});

	it('accepts three sources made of two standard ones and one of your own', () => {
		expect(draftProblems(draft({ sources: ['class', 'position'], custom: [row('Faith')] }))).toEqual([]);
	});

	it('marks only the later of two rows with the same name, counting rows as they appear on the form', () => {
		const custom = [row('Faith'), row(''), row(' FAITH ')];
		expect(draftProblems(draft({ custom }))).toEqual([
			{ key: 'custom-1-name', message: EMPTY_ROW },
			{ key: 'custom-2-name', message: expect.stringMatching(/same name/) }
		]);
	});

	it('marks a row’s name and its description on their own', () => {
		expect(keys(draft({ custom: [row('', '<b>')] }))).toEqual(['custom-0-name', 'custom-0-description']);
	});

	it('lists every problem at once, in the order the fields appear on the form', () => {
		const messy = draft({ title: '', date: '2025-13-01', sources: [], custom: [row('', 'x')], threshold: null });
		expect(keys(messy)).toEqual(['title', 'date', 'sources', 'custom-0-name', 'threshold']);
	});

	it('gives the same message validateSession gives when a field is the only problem', () => {
		const settings = draftToSettings(draft({ title: 'x'.repeat(81) }));
		const checked = validateSession(settings);
		expect(checked.ok).toBe(false);
		expect(draftProblems(draft({ title: 'x'.repeat(81) }))).toEqual([
			{ key: 'title', message: checked.ok ? '' : checked.error.message }
		]);
	});

	it('finds nothing in a form filled from any valid settings', () => {
		fc.assert(
			fc.property(validSession, (settings) => {
				expect(draftProblems(draftFromSettings(settings))).toEqual([]);
			}),
			{ numRuns: 200 }
		);
	});

	it('finds nothing exactly when validateSession accepts the form’s settings and no source was left empty', () => {
		const text = fc.oneof(fc.constantFrom('', ' ', 'Faith', 'faith', 'Education', 'a<b', 'x'.repeat(90)), fc.string({ maxLength: 12 }));
		const anyDraft = fc.record({
			title: text,
			welcome: text,
			date: fc.constantFrom('', '2025-06-03', '2025-02-30'),
			sources: fc.subarray([...STANDARD_SOURCE_IDS]),
			custom: fc.array(fc.record({ name: text, description: text }), { maxLength: 6 }),
			threshold: fc.oneof(fc.constant(null), fc.integer({ min: -1, max: 60 }), fc.double())
		});
		fc.assert(
			fc.property(anyDraft, (form) => {
				const sound = validateSession(draftToSettings(form)).ok && !form.custom.some(isBlankRow);
				expect(draftProblems(form).length === 0).toBe(sound);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('summaryText', () => {
	it.each([
		['title', 'Give the session a title.', 'Give the session a title.'],
		['custom-0-name', 'Give this source a name.', 'Your source 1: Give this source a name.'],
		['custom-3-description', 'Shorten the description.', 'Your source 4: Shorten the description.']
	] as [DraftProblem['key'], string, string][])('%s: %j', (key, message, expected) => {
		expect(summaryText({ key, message })).toBe(expected);
	});
});
