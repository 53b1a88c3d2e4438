// Test support for gap prompt and question specs: reading-level guard rails, and pages of cards to pick prompts for.
import fc from 'fast-check';
import type { GapCard } from './gap-prompt-choice';
import { STANDARD_SOURCE_IDS, type GapDirection } from './types';

/** The three directions a gap can point. */
export const DIRECTIONS: readonly GapDirection[] = ['feel-less', 'feel-more', 'aligned'];

/** Names a facilitator might give an extra source, singular and plural, one with capitals to keep. */
export const CUSTOM_NAMES = ['Lived experience', 'Networks', 'Language', 'Digital access', 'Being a parent', 'NHS know-how'];

// Letters: no word longer than “organisations”, which the sources' own names already use.
const LIMITS = { words: 45, sentenceWords: 20, letters: 13, questions: 2 };
const VOICE = { you: /\byou(r|rs|rself)?\b/i, we: /\b(we|us|our|ourselves)\b/i };
// Rules for any words the app puts to people, questions included.
const WORDING_RULES: [RegExp, string][] = [
	[
		/\b(cede|ceding|empower\w*|privilege\w*|stakeholder|perceived|co-production|leverage)\b/i,
		'uses a word many 11-year-olds would not know'
	],
	[
		/\b(your|our) (job|work|salary|wage|income|degree|boss|staff|team|manager|patients|clients|service)\b/i,
		'assumes a job, an income or a background'
	],
	[/\b(different world|people like (them|you|us)|those people)\b/i, 'sets some people apart as other'],
	[/\b\w+iz(e|es|ed|ing|ation)\b|\b(color|center|behavior|program)\b/i, 'uses US spelling']
];
// Prompts only: a question may well say what others "need to" follow, or that a guess can be "wrong".
const PROMPT_RULES: [RegExp, string][] = [
	[/\b(should|must|ought|need to|have to)\b/i, 'tells people what to do'],
	[/\b(fault|blame|wrong|selfish|lazy)\b/i, 'judges']
];

/** What in a question's words is hard to read, assumes a job or sets people apart; an empty list when none. */
export const wordingProblems = (text: string): string[] =>
	WORDING_RULES.filter(([pattern]) => pattern.test(text)).map(([, problem]) => problem);

const sentences = (text: string): string[] => text.trim().split(/(?<=[.?!])\s+/);
const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** What makes a prompt hard to read or out of tone; an empty list when it reads well. */
export function promptProblems(text: string, voice: 'you' | 'we'): string[] {
	const problems: string[] = [];
	const questions = (text.match(/\?/g) ?? []).length;
	if (!text.trim().endsWith('?')) problems.push('does not end with a question');
	if (questions < 1 || questions > LIMITS.questions) problems.push(`asks ${questions} questions`);
	if (words(text).length > LIMITS.words) problems.push(`has ${words(text).length} words`);
	for (const sentence of sentences(text))
		if (words(sentence).length > LIMITS.sentenceWords) problems.push(`has a long sentence: ${sentence}`);
	for (const word of text.match(/\p{L}+/gu) ?? [])
		if (word.length > LIMITS.letters) problems.push(`has a long word: ${word}`);
	if (!VOICE[voice].test(text)) problems.push(`does not speak as "${voice}"`);
	if (VOICE[voice === 'you' ? 'we' : 'you'].test(text)) problems.push(`does not keep to "${voice}"`);
	for (const [pattern, problem] of PROMPT_RULES) if (pattern.test(text)) problems.push(problem);
	return [...problems, ...wordingProblems(text)];
}

/** A prompt's first three words, lower-cased: cards of one direction that open alike read as a refrain. */
export const openingOf = (text: string): string => words(text.toLowerCase()).slice(0, 3).join(' ');

/** Every standard source and direction (or each of `kinds`, for a set that words more kinds of gap apart), as cards. */
export function standardCards(): GapCard[];
export function standardCards<Kind extends string>(kinds: readonly Kind[]): GapCard<Kind>[];
export function standardCards(kinds: readonly string[] = DIRECTIONS): GapCard<string>[] {
	return STANDARD_SOURCE_IDS.flatMap((sourceId) => kinds.map((direction) => ({ sourceId, name: sourceId, direction })));
}

/** Up to four extra sources, numbered as a session numbers them, all with the same name and direction. */
export const sameCustomCards = <Kind extends string>(count: number, name: string, direction: Kind): GapCard<Kind>[] =>
	Array.from({ length: count }, (_, i) => ({ sourceId: `custom-${i + 1}`, name, direction }));

const name = fc.oneof(fc.constantFrom(...CUSTOM_NAMES), fc.string({ minLength: 1, maxLength: 40 }));

/** A page of gap cards of these kinds as a session could show it: some standard sources, then up to four extra ones, in any order. */
export function gapPage<Kind extends string>(kinds: readonly Kind[]): fc.Arbitrary<GapCard<Kind>[]> {
	const kind = fc.constantFrom(...kinds);
	return fc
		.tuple(fc.subarray([...STANDARD_SOURCE_IDS]), fc.array(fc.tuple(name, kind), { maxLength: 4 }), fc.array(kind, { minLength: 6, maxLength: 6 }))
		.chain(([standard, custom, kindsShown]) =>
			fc.shuffledSubarray(
				[
					...standard.map((sourceId, i) => ({ sourceId, name: sourceId, direction: kindsShown[i]! })),
					...custom.map(([name, direction], i) => ({ sourceId: `custom-${i + 1}`, name, direction }))
				],
				{ minLength: standard.length + custom.length }
			)
		);
}
