/** A source's id: one of the standard six, or `custom-1` … `custom-4` from a session. */
export type SourceId = string;

/** The ids of the six standard sources, in the fixed order the chart draws them. */
export const STANDARD_SOURCE_IDS = [
	'educational',
	'institutional',
	'monetary',
	'class',
	'position',
	'authority'
] as const;

/** One of the six sources named in the source text. */
export type StandardSourceId = (typeof STANDARD_SOURCE_IDS)[number];

/** A 1-5 rating of how powerful the person feels, with words at both ends. */
export interface RatingQuestion {
	kind: 'rating';
	id: string;
	text: string;
	/** Optional short hint under the question. */
	hint?: string;
	/** Words for 1, the low end. */
	low: string;
	/** Words for 5, the high end. */
	high: string;
}

/** One option of a choice question; `score` is 0-100 (how much power it indicates). */
export interface ChoiceOption {
	id: string;
	label: string;
	score: number;
}

/** A concrete, factual indicator: one choice whose options carry scores. */
export interface ChoiceQuestion {
	kind: 'choice';
	id: string;
	text: string;
	hint?: string;
	options: ChoiceOption[];
	/** True when the question asks how others in the group are likely to see the person. */
	others?: boolean;
}

/** Any question in the bank. */
export type Question = RatingQuestion | ChoiceQuestion;

/** A source of power with its perceived (rating) and actual (choice) questions. */
export interface Source {
	id: SourceId;
	name: string;
	/** Plain-English description of what this source means in a co-production group. */
	description: string;
	perceived: RatingQuestion[];
	actual: ChoiceQuestion[];
	/** True for a facilitator's own source built from templates. */
	custom?: boolean;
}

/** A private free-text prompt for the closing reflection step. */
export interface ReflectionPrompt {
	id: string;
	text: string;
	hint: string;
}

/**
 * A stored answer: a rating 1-5, a choice option's id, or null for "Prefer not to say".
 * An unanswered question has no entry at all.
 */
export type AnswerValue = number | string | null;

/** All answers of one reflection, by question id. */
export type Answers = Record<string, AnswerValue>;

/** A source's two readings on 0-100; null where nothing was answered. */
export interface SourceScore {
	perceived: number | null;
	actual: number | null;
}

/** Scores for every source in a questionnaire, by source id. */
export type Scores = Record<SourceId, SourceScore>;

/**
 * How a source's perceived reading compares with its actual one: felt lower than the
 * indicators suggest, felt higher, or close together.
 */
export type GapDirection = 'feel-less' | 'feel-more' | 'aligned';
