import { describe, expect, it } from 'vitest';
import { QUESTION_BANK_VERSION } from './bank';
import { scoreAll } from './scoring';
import { STANDARD_SOURCES } from './standard-sources';
import type { Answers, Question } from './types';

// What saved answers and share codes already rely on. A reflection stores each answer by question
// id, as a rating 1-5 or an option's id, and a share code carries the scores those give. So under
// one bank version, wording may change, but no id or score may, and a rating's 1 stays its low end.
const BANK_1: Record<string, string> = {
	'educational-feel-1': 'rating',
	'educational-feel-2': 'rating',
	'educational-fact-qualifications': 'none 0, school 25, college 50, degree 75, postgraduate 100',
	'educational-fact-field': 'no 0, some 50, qualified 100',
	'educational-fact-papers': 'often-hard 0, sometimes-hard 50, easy 100',
	'educational-fact-others-know': 'mentioned 100, some 50, no 0, none 0',
	'institutional-feel-1': 'rating',
	'institutional-feel-2': 'rating',
	'institutional-fact-here-for': 'myself 0, volunteer 50, paid 100',
	'institutional-fact-runs-group': 'no 0, partner 50, yes 100',
	'institutional-fact-get-things-done': 'no 0, sometimes 50, easily 100',
	'institutional-fact-others-link': 'straight-away 100, later 50, no 0',
	'monetary-feel-1': 'rating',
	'monetary-feel-2': 'rating',
	'monetary-fact-paid': 'costs-me 0, unpaid 25, thanks 50, paid-work 100',
	'monetary-fact-budget': 'no 0, suggest 33, help-decide 67, hold 100',
	'monetary-fact-unexpected-bill': 'big-worry 0, manage 50, cover 100',
	'monetary-fact-others-funding': 'most 100, some 50, no 0',
	'class-feel-1': 'rating',
	'class-feel-2': 'rating',
	'class-fact-home-work': 'professional 100, office 67, practical 33, not-working 0',
	'class-fact-meetings': 'new 0, now-and-then 50, often 100',
	'class-fact-contacts': 'no 0, one-or-two 50, several 100',
	'class-fact-others-guess': 'probably 100, some 50, probably-not 0',
	'position-feel-1': 'rating',
	'position-feel-2': 'rating',
	'position-fact-part': 'take-part 0, help-out 33, plan 67, lead 100',
	'position-fact-seniority': 'no-formal-role 0, team-member 33, manager 67, senior-leader 100',
	'position-fact-agenda': 'no 0, add 50, decide 100',
	'position-fact-others-important': 'most 100, some 50, probably-not 0',
	'authority-feel-1': 'rating',
	'authority-feel-2': 'rating',
	'authority-fact-decisions': 'no 0, small 50, big 100',
	'authority-fact-sign-off': 'never 0, sometimes 50, often 100',
	'authority-fact-services': 'no 0, have-a-say 50, decide 100',
	'authority-fact-others-look': 'rarely 0, sometimes 50, often 100'
};

const shape = (question: Question): string =>
	question.kind === 'rating' ? 'rating' : question.options.map((option) => `${option.id} ${option.score}`).join(', ');

describe('the question bank, version bank-1', () => {
	it('keeps every question id, option id and score that saved answers rely on', () => {
		expect(QUESTION_BANK_VERSION).toBe('bank-1');
		const questions = STANDARD_SOURCES.flatMap((source) => [...source.perceived, ...source.actual]);
		expect(Object.fromEntries(questions.map((question) => [question.id, shape(question)]))).toEqual(BANK_1);
	});

	it('scores answers saved to the reworded questions as it did when they were saved', () => {
		const saved: Answers = {
			'educational-feel-2': 2,
			'educational-fact-qualifications': 'school',
			'institutional-feel-1': 1,
			'monetary-fact-budget': 'hold',
			'class-fact-home-work': null,
			'position-fact-seniority': 'no-formal-role',
			'authority-fact-sign-off': 'sometimes',
			'authority-fact-services': 'decide'
		};
		expect(scoreAll(STANDARD_SOURCES, saved)).toEqual({
			educational: { perceived: 25, actual: 25 },
			institutional: { perceived: 0, actual: null },
			monetary: { perceived: null, actual: 100 },
			class: { perceived: null, actual: null },
			position: { perceived: null, actual: 0 },
			authority: { perceived: null, actual: 75 }
		});
	});
});
