import { describe, expect, it, vi } from 'vitest';
import { isAnswerRecord, isCodeRecord, isNoteRecord, isReflectionRecord, isSessionRecord, onSetAside, soundOnly } from './record-guards';

const reflection = {
	id: 'r1',
	label: '',
	createdAt: 1,
	updatedAt: 2,
	step: 'start',
	completedAt: null,
	bankVersion: 'bank-1',
	session: null
};
const settings = {
	title: 'Forum',
	welcome: '',
	date: null,
	sources: ['educational', 'monetary', 'position'],
	custom: [],
	threshold: 3
};

describe('record guards', () => {
	it.each([
		['a sound reflection', reflection, true],
		['a finished one', { ...reflection, completedAt: 5 }, true],
		['one for a session', { ...reflection, session: settings }, true],
		['one whose session is damaged', { ...reflection, session: { ...settings, threshold: '3' } }, false],
		['one whose session lost a field', { ...reflection, session: { ...settings, custom: undefined } }, false],
		['one with no id', { ...reflection, id: undefined }, false],
		['one with a text time', { ...reflection, updatedAt: 'yesterday' }, false],
		['one made at the latest time a date can hold', { ...reflection, createdAt: 8.64e15 }, true],
		['one with a time no date can hold', { ...reflection, createdAt: 8.64e15 + 1 }, false],
		['one finished at a time no date can hold', { ...reflection, completedAt: -1e17 }, false],
		['one with no session field (older, not migrated)', { ...reflection, session: undefined }, false],
		['one with the share code last shown', { ...reflection, shownCode: 'ABCD-EFGH' }, true],
		['one whose share code last shown is not text', { ...reflection, shownCode: 42 }, false],
		['null', null, false],
		['an array', [reflection], false],
		['a string', 'r1', false]
	])('%s: %s', (_name, value, expected) => {
		expect(isReflectionRecord(value)).toBe(expected);
	});

	it.each([
		['a rating', { reflectionId: 'r', questionId: 'q', value: 3, updatedAt: 1 }, true],
		['a choice', { reflectionId: 'r', questionId: 'q', value: 'yes', updatedAt: 1 }, true],
		['prefer not to say', { reflectionId: 'r', questionId: 'q', value: null, updatedAt: 1 }, true],
		['NaN', { reflectionId: 'r', questionId: 'q', value: Number.NaN, updatedAt: 1 }, false],
		['an object value', { reflectionId: 'r', questionId: 'q', value: {}, updatedAt: 1 }, false],
		['no question', { reflectionId: 'r', value: 3, updatedAt: 1 }, false]
	])('answer with %s: %s', (_name, value, expected) => {
		expect(isAnswerRecord(value)).toBe(expected);
	});

	it.each([
		[isNoteRecord, { reflectionId: 'r', promptId: 'p', text: 'x', updatedAt: 1 }, { reflectionId: 'r', promptId: 'p', text: 5, updatedAt: 1 }],
		[isNoteRecord, { reflectionId: 'r', promptId: 'p', text: 'x', updatedAt: 1 }, { reflectionId: 'r', promptId: 'p', text: 'x', updatedAt: 1e17 }],
		[isSessionRecord, { id: 's', settings, createdAt: 1, updatedAt: 1 }, { id: 's', settings, createdAt: 1, updatedAt: 1e17 }],
		[isSessionRecord, { id: 's', settings, createdAt: 1, updatedAt: 1 }, { id: 's', settings: { ...settings, sources: 'all' }, createdAt: 1, updatedAt: 1 }],
		[isSessionRecord, { id: 's', settings, createdAt: 1, updatedAt: 1, earlier: [0, 1048575] }, { id: 's', settings, createdAt: 1, updatedAt: 1, earlier: [-1] }],
		[isSessionRecord, { id: 's', settings, createdAt: 1, updatedAt: 1, earlier: [5] }, { id: 's', settings, createdAt: 1, updatedAt: 1, earlier: [2 ** 20 + 5] }],
		[isSessionRecord, { id: 's', settings, createdAt: 1, updatedAt: 1, earlier: [] }, { id: 's', settings, createdAt: 1, updatedAt: 1, earlier: 'AB12' }],
		[isSessionRecord, { id: 's', settings, createdAt: 1, updatedAt: 1 }, { id: 's', settings, createdAt: 1, updatedAt: 1, earlier: [1.5, 'AB12'] }],
		[isCodeRecord, { sessionKey: 'K', code: 'C' }, { sessionKey: 'K', code: 7 }]
	])('%o accepts a sound record and refuses a damaged one', (guard, sound, damaged) => {
		expect(guard(sound)).toBe(true);
		expect(guard(damaged)).toBe(false);
	});

	it('keeps sound records in order and reports the ones set aside', () => {
		const listener = vi.fn();
		const stop = onSetAside(listener);
		expect(soundOnly([reflection, { broken: true }, { ...reflection, id: 'r2' }, 7], isReflectionRecord).map((r) => r.id)).toEqual(['r1', 'r2']);
		expect(listener).toHaveBeenCalledWith([{ broken: true }, 7]);
		soundOnly([reflection], isReflectionRecord);
		expect(listener).toHaveBeenCalledTimes(1);
		stop();
	});
});
