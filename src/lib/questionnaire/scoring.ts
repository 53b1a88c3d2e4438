import type {
	AnswerValue,
	Answers,
	ChoiceQuestion,
	GapDirection,
	Question,
	Scores,
	Source,
	SourceId,
	SourceScore
} from './types';

/** A perceived and actual reading closer than this (in points of 0-100) count as aligned. */
export const ALIGNED_WITHIN = 10;

/** How far one source's perceived reading sits from its actual one. */
export interface Gap {
	sourceId: SourceId;
	name: string;
	perceived: number;
	actual: number;
	/** perceived minus actual: below zero means the person feels less power than the indicators show. */
	difference: number;
	direction: GapDirection;
}

/** How many of a source's questions have an entry, and how many of those are "Prefer not to say". */
export interface SourceCompleteness {
	/** Questions with a valid answer or "Prefer not to say". */
	answered: number;
	/** Questions answered with "Prefer not to say". */
	declined: number;
	total: number;
}

// Own properties only, so an id such as "constructor" never reads from Object.prototype.
function entry(answers: Answers, id: string): AnswerValue | undefined {
	return Object.hasOwn(answers, id) ? answers[id] : undefined;
}

function ratingPoints(value: AnswerValue | undefined): number | null {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) return null;
	return ((value - 1) / 4) * 100;
}

function choicePoints(question: ChoiceQuestion, value: AnswerValue | undefined): number | null {
	if (typeof value !== 'string') return null;
	return question.options.find((option) => option.id === value)?.score ?? null;
}

function points(question: Question, value: AnswerValue | undefined): number | null {
	return question.kind === 'rating' ? ratingPoints(value) : choicePoints(question, value);
}

function roundedMean(values: (number | null)[]): number | null {
	const counted = values.filter((value): value is number => value !== null);
	if (counted.length === 0) return null;
	return Math.round(counted.reduce((sum, value) => sum + value, 0) / counted.length);
}

/** A source's perceived and actual readings on 0-100, from valid answers only. */
export function scoreSource(source: Source, answers: Answers): SourceScore {
	return {
		perceived: roundedMean(source.perceived.map((q) => points(q, entry(answers, q.id)))),
		actual: roundedMean(source.actual.map((q) => points(q, entry(answers, q.id))))
	};
}

/** Readings for every source, by source id. */
export function scoreAll(sources: Source[], answers: Answers): Scores {
	return Object.fromEntries(sources.map((source) => [source.id, scoreSource(source, answers)]));
}

/** Counts a source's answered and declined questions; an invalid stored value counts as unanswered. */
export function sourceCompleteness(source: Source, answers: Answers): SourceCompleteness {
	const questions: Question[] = [...source.perceived, ...source.actual];
	let answered = 0;
	let declined = 0;
	for (const question of questions) {
		const value = entry(answers, question.id);
		if (value === null) declined += 1;
		if (value === null || points(question, value) !== null) answered += 1;
	}
	return { answered, declined, total: questions.length };
}

/** The sources with a question that has neither a valid answer nor "Prefer not to say", in order, with how far each got. */
export function incompleteSources(sources: Source[], answers: Answers): ({ source: Source } & SourceCompleteness)[] {
	return sources
		.map((source) => ({ source, ...sourceCompleteness(source, answers) }))
		.filter((entry) => entry.answered < entry.total);
}

/** Which way a perceived-minus-actual difference points, with small ones counted as aligned. */
export function gapDirection(difference: number): GapDirection {
	if (Math.abs(difference) < ALIGNED_WITHIN) return 'aligned';
	return difference < 0 ? 'feel-less' : 'feel-more';
}

/** Gaps for sources with both readings, biggest first; equal gaps keep source order. */
export function gaps(sources: Source[], scores: Scores): Gap[] {
	const found: Gap[] = [];
	for (const source of sources) {
		const score = scores[source.id];
		if (!score || score.perceived === null || score.actual === null) continue;
		const difference = score.perceived - score.actual;
		found.push({
			sourceId: source.id,
			name: source.name,
			perceived: score.perceived,
			actual: score.actual,
			difference,
			direction: gapDirection(difference)
		});
	}
	return found.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference));
}
