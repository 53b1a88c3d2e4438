import type { AnswerValue, Question } from './types';

/** One radio button of a question, ready to draw. */
export interface AnswerOption {
	/** Unique within the question; used as the radio's value. */
	key: string;
	value: Exclude<AnswerValue, null>;
	label: string;
	/** Extra words read with the label, e.g. what the ends of a scale mean. */
	detail?: string;
}

/** The answer options of a question, not counting "Prefer not to say". */
export function answerOptions(question: Question): AnswerOption[] {
	if (question.kind === 'choice') {
		return question.options.map((option) => ({ key: option.id, value: option.id, label: option.label }));
	}
	return [1, 2, 3, 4, 5].map((n) => ({
		key: String(n),
		value: n,
		label: String(n),
		detail: n === 1 ? question.low : n === 5 ? question.high : undefined
	}));
}
