import { describe, expect, it } from 'vitest';
import type { Answers } from '$lib/questionnaire/types';
import { whyNothingDrawn } from './nothing-drawn';

const IN_PROGRESS = { step: 'educational', completedAt: null };

describe('whyNothingDrawn', () => {
	it.each([
		['nothing answered yet, on a question step', IN_PROGRESS, {}, 'not-answered'],
		['nothing answered yet, on the opening step', { step: 'start', completedAt: null }, {}, 'not-answered'],
		['“Prefer not to say” to one question, the rest skipped so far', IN_PROGRESS, { 'edu-feel': null }, 'skipped'],
		['“Prefer not to say” to every question', { step: 'reflect', completedAt: 1 }, { 'edu-feel': null, 'edu-fact': null }, 'skipped'],
		['every question skipped, on to the last step', { step: 'reflect', completedAt: null }, {}, 'skipped'],
		['answers given once, all taken back since', { step: 'monetary', completedAt: 1 }, {}, 'skipped']
	] as const)('%s: %s', (_name, record, answers, expected) => {
		expect(whyNothingDrawn(record, answers as Answers)).toBe(expected);
	});
});
