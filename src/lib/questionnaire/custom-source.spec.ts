import { describe, expect, it } from 'vitest';
import { customSource } from './custom-source';
import type { Question, Source } from './types';

const NAMES = ['Lived experience', 'Language', 'Networks', 'Digital access', 'Faith', 'Being a parent'];
const questionsOf = (source: Source): Question[] => [...source.perceived, ...source.actual];
const textsOf = (source: Source): string[] =>
	questionsOf(source).flatMap((question) => [
		question.text,
		question.hint ?? '',
		...(question.kind === 'rating' ? [question.low, question.high] : question.options.map((option) => option.label))
	]);
const sentences = (text: string): string[] => text.split(/(?<=[.?!])\s+/);
const words = (sentence: string): number => sentence.split(/\s+/).filter(Boolean).length;

describe.each(NAMES.map((name, i) => [name, i % 4] as const))('an extra source called %j at index %i', (name, index) => {
	const source = customSource(index, { name, description: '' });
	const id = `custom-${index + 1}`;

	it('is marked as custom and keeps the name as typed', () => {
		expect(source).toMatchObject({ id, name, custom: true });
	});

	it('has unique question ids, all starting with its own id', () => {
		const ids = questionsOf(source).map((question) => question.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const questionId of ids) expect(questionId.startsWith(`${id}-`)).toBe(true);
		expect(source.perceived.map((question) => question.id)).toEqual([`${id}-feel-1`, `${id}-feel-2`]);
	});

	it('names the source, in quotes, in every question', () => {
		for (const question of questionsOf(source)) expect(question.text).toContain(`“${name}”`);
	});

	it('asks two ratings about this group, with words at both ends', () => {
		expect(source.perceived).toHaveLength(2);
		for (const question of source.perceived) {
			expect(question.text.toLowerCase()).toContain('in this group');
			expect(question.low.trim()).not.toBe('');
			expect(question.high.trim()).not.toBe('');
			expect(question.low).not.toBe(question.high);
		}
	});

	it('asks three choice questions scored from 0 to 100, one about how others see the person', () => {
		expect(source.actual).toHaveLength(3);
		expect(source.actual.filter((question) => question.others === true)).toHaveLength(1);
		for (const question of source.actual) {
			const scores = question.options.map((option) => option.score);
			expect(scores.every((score) => Number.isInteger(score) && score >= 0 && score <= 100)).toBe(true);
			expect([Math.min(...scores), Math.max(...scores)]).toEqual([0, 100]);
			expect(new Set(question.options.map((option) => option.id)).size).toBe(question.options.length);
			expect(new Set(question.options.map((option) => option.label)).size).toBe(question.options.length);
		}
	});

	it('reads as finished plain text: questions, short sentences, no gaps or leftovers', () => {
		for (const question of questionsOf(source)) expect(question.text.endsWith('?')).toBe(true);
		for (const text of [...textsOf(source), source.description]) {
			expect(text).not.toMatch(/undefined|null|NaN|[{}$]|\s\s|“”/);
			for (const sentence of sentences(text)) expect(words(sentence)).toBeLessThanOrEqual(20);
		}
	});

	it('gives a gentle description naming the source when the facilitator wrote none', () => {
		expect(source.description).toContain(`“${name}”`);
		expect(sentences(source.description).length).toBeLessThanOrEqual(2);
	});
});

describe('customSource', () => {
	it('uses the facilitator’s own description when there is one', () => {
		expect(customSource(0, { name: 'Faith', description: '  Belief and belonging. ' }).description).toBe('Belief and belonging.');
	});

	it.each(['$& and $1', '{name}', 'Plant (roots)'])('puts a name like %j in the text exactly as typed', (name) => {
		const source = customSource(0, { name, description: '' });
		for (const question of questionsOf(source)) expect(question.text).toContain(`“${name}”`);
	});

	it('gives each of four extra sources its own ids', () => {
		const ids = [0, 1, 2, 3].flatMap((index) => questionsOf(customSource(index, { name: 'Faith', description: '' })).map((q) => q.id));
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.filter((questionId) => questionId.startsWith('custom-4-'))).toHaveLength(5);
	});

	it('hands each source its own copy of the options', () => {
		const first = customSource(0, { name: 'Faith', description: '' });
		first.actual[0]!.options[0]!.score = 42;
		expect(customSource(1, { name: 'Faith', description: '' }).actual[0]!.options[0]!.score).toBe(0);
	});
});
