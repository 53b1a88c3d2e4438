import { describe, expect, it } from 'vitest';
import { QUESTION_BANK_VERSION } from './bank';
import { wordingProblems } from './prompt-style.test-helper';
import { STANDARD_SOURCES } from './standard-sources';
import { STANDARD_SOURCE_IDS, type Question } from './types';

const questionsOf = (source: (typeof STANDARD_SOURCES)[number]): Question[] => [
	...source.perceived,
	...source.actual
];
const allQuestions = STANDARD_SOURCES.flatMap(questionsOf);
const allChoices = STANDARD_SOURCES.flatMap((source) => source.actual);
const allRatings = STANDARD_SOURCES.flatMap((source) => source.perceived);
const sentences = (text: string): string[] => text.split(/(?<=[.?!])\s+/);
const words = (sentence: string): number => sentence.split(/\s+/).filter(Boolean).length;

describe('the standard question bank', () => {
	it('has a version label', () => {
		expect(QUESTION_BANK_VERSION).toBe('bank-1');
	});

	it('holds exactly the six standard sources, in chart order', () => {
		expect(STANDARD_SOURCES.map((source) => source.id)).toEqual([...STANDARD_SOURCE_IDS]);
	});

	it('uses every question id once across the whole bank', () => {
		const ids = allQuestions.map((question) => question.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('keeps rating and choice questions in their own lists', () => {
		expect(allRatings.every((question) => question.kind === 'rating')).toBe(true);
		expect(allChoices.every((question) => question.kind === 'choice')).toBe(true);
	});

	describe.each(STANDARD_SOURCES.map((source) => [source.id, source] as const))('%s', (id, source) => {
		it('has a name and a short description', () => {
			expect(source.name.trim()).not.toBe('');
			expect(source.description.trim()).not.toBe('');
			expect(sentences(source.description).length).toBeLessThanOrEqual(2);
			expect(wordingProblems(source.description)).toEqual([]);
			expect(source.custom).toBeFalsy();
		});

		it('has at least two ratings and three choice questions', () => {
			expect(source.perceived.length).toBeGreaterThanOrEqual(2);
			expect(source.actual.length).toBeGreaterThanOrEqual(3);
		});

		it('names every question after its source', () => {
			for (const question of questionsOf(source)) expect(question.id.startsWith(`${id}-`)).toBe(true);
		});

		it('asks at least one question about how others see the person', () => {
			expect(source.actual.some((question) => question.others === true)).toBe(true);
		});
	});
});

describe.each(allRatings.map((question) => [question.id, question] as const))('rating %s', (_, question) => {
	it('has words at both ends', () => {
		expect(question.low.trim()).not.toBe('');
		expect(question.high.trim()).not.toBe('');
		expect(question.low).not.toBe(question.high);
	});

	it('is asked about this group, not society', () => {
		expect(question.text.toLowerCase()).toContain('in this group');
	});
});

describe.each(allChoices.map((question) => [question.id, question] as const))('choice %s', (_, question) => {
	const scores = question.options.map((option) => option.score);

	it('has three to five options with unique ids and labels', () => {
		expect(question.options.length).toBeGreaterThanOrEqual(3);
		expect(question.options.length).toBeLessThanOrEqual(5);
		expect(new Set(question.options.map((option) => option.id)).size).toBe(question.options.length);
		expect(new Set(question.options.map((option) => option.label)).size).toBe(question.options.length);
	});

	it('scores every option as a whole number from 0 to 100', () => {
		for (const score of scores) {
			expect(Number.isInteger(score)).toBe(true);
			expect(score).toBeGreaterThanOrEqual(0);
			expect(score).toBeLessThanOrEqual(100);
		}
	});

	it('spans the scale from no power to full power', () => {
		expect(Math.min(...scores)).toBe(0);
		expect(Math.max(...scores)).toBe(100);
	});

	it('leaves "Prefer not to say" to the interface', () => {
		for (const option of question.options) {
			expect(option.label).not.toMatch(/prefer not|rather not|don.t want to say/i);
		}
	});
});

describe.each(allQuestions.map((question) => [question.id, question] as const))('wording of %s', (_, question) => {
	it('is a question', () => {
		expect(question.text.trim().endsWith('?')).toBe(true);
	});

	it('keeps every sentence short', () => {
		const texts = [question.text, question.hint ?? ''].filter(Boolean);
		for (const sentence of texts.flatMap(sentences)) expect(words(sentence)).toBeLessThanOrEqual(20);
	});

	it('uses plain UK words, assumes no job and sets no one apart', () => {
		const answers = question.kind === 'rating' ? [question.low, question.high] : question.options.map((option) => option.label);
		for (const text of [question.text, question.hint ?? '', ...answers]) expect(wordingProblems(text)).toEqual([]);
	});
});
