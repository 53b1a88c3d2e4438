import type { GroupSummary, SourceSummary, Spread } from './aggregate';
import { countOf } from './group-prompts';

type Reading = 'perceived' | 'actual';

const whole = (value: number): number => Math.round(value);

/** A score as text: a whole number, or "no answer". */
export function scoreText(value: number | null | undefined): string {
	return value === null || value === undefined ? 'no answer' : String(whole(value));
}

/**
 * The lowest and highest answers, e.g. "lowest 20, highest 90" ("from 20 to 90" would read as the
 * scale), "all answered 50" when they are the same, or "only 1 answer".
 */
export function rangeText(spread: Spread): string {
	const [low, high] = [whole(spread.min), whole(spread.max)];
	if (low !== high) return `lowest ${low}, highest ${high}`;
	return spread.count === 1 ? 'only 1 answer' : `all answered ${low}`;
}

/** What the group's middle answer (the median) is called, wherever the group screen puts it in words. */
export const MIDDLE_VALUE = 'middle value';

// With fewer answers, the middle half of them is not even two people.
const MIDDLE_HALF_FROM = 4;

/**
 * Between the quartiles in plain words, e.g. "the middle half answered between 40 and 70";
 * null when too few answered for a middle half to mean anything.
 */
export function middleHalfText(spread: Spread): string | null {
	if (spread.count < MIDDLE_HALF_FROM) return null;
	const [low, high] = [whole(spread.q1), whole(spread.q3)];
	return `the middle half answered ${low === high ? low : `between ${low} and ${high}`}`;
}

/**
 * What the group table says under a reading's middle value (or "No answers"), a line each: the lowest and
 * highest, where the middle half answered (with `detail`), and how many gave no answer.
 */
export function spreadNotes(spread: Spread | null, blanks: number, detail = false): string[] {
	const notes = spread ? [rangeText(spread), detail ? middleHalfText(spread) : null] : [];
	return [...notes, blanks > 0 ? `${blanks} gave no answer` : null].filter((note) => note !== null);
}

/**
 * The caption of the table of spreads by source. It promises where the middle half answered only as far as
 * the cells say it: not at all when every reading had fewer than 4 answers, and with that proviso when some did.
 */
export function spreadCaption(summary: GroupSummary): string {
	const spreads = summary.sources.flatMap((source) => [source.perceived, source.actual]).filter((spread) => spread !== null);
	const halves = spreads.filter((spread) => middleHalfText(spread) !== null).length;
	const start = `The spread of answers by source, on a scale of 0 to 100: the ${MIDDLE_VALUE}`;
	if (halves === 0) return `${start}, and the lowest and highest`;
	const proviso = halves < spreads.length ? `, with ${MIDDLE_HALF_FROM} answers or more,` : '';
	return `${start}, the lowest and highest, and${proviso} where the middle half answered`;
}

/** The group's middle outlines in words, for the overlay chart's description. */
export function describeMedians(names: readonly string[], summary: GroupSummary): string {
	const sources = names.map((name, index) => {
		const source = summary.sources[index];
		return `${name}: perceived ${scoreText(source?.perceived?.median)}, actual ${scoreText(source?.actual?.median)}.`;
	});
	return `Outlines of ${countOf(summary.people, 'person', 'people')}, on top of each other. The group’s middle values: ${sources.join(' ')}`;
}

/** One small chart in words: its neutral label and its scores, source by source. */
export function describePerson(label: string, names: readonly string[], scores: readonly { perceived: number | null; actual: number | null }[]): string {
	const sources = names.map(
		(name, index) => `${name}: perceived ${scoreText(scores[index]?.perceived)}, actual ${scoreText(scores[index]?.actual)}.`
	);
	return `Chart ${label}. ${sources.join(' ')}`;
}

function readingText(reading: Reading, spread: Spread | null, blanks: number): string {
	const name = reading === 'perceived' ? 'Perceived' : 'Actual';
	const blank = blanks > 0 ? ` ${countOf(blanks, 'person', 'people')} gave no answer.` : '';
	if (!spread) return `${name}: no answers.${blank}`;
	return `${name}: ${spread.count === 1 ? `1 answer of ${whole(spread.min)}` : `${countOf(spread.count, 'answer')}, ${rangeText(spread)}`}, ${MIDDLE_VALUE} ${whole(spread.median)}.${blank}`;
}

/** One source's spread in words, for the source-by-source chart's description. */
export function describeSource(name: string, source: SourceSummary): string {
	return `${name}. ${readingText('perceived', source.perceived, source.blanks.perceived)} ${readingText('actual', source.actual, source.blanks.actual)}`;
}

/** The key to numbered spokes: "Spokes are numbered clockwise from the top: 1 Money, 2 Role." */
export function spokeKey(names: readonly string[]): string {
	return `Spokes are numbered clockwise from the top: ${names.map((name, i) => `${i + 1} ${name}`).join(', ')}.`;
}
