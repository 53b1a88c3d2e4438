import { gapDirection } from '$lib/questionnaire/scoring';
import { shownGapSize } from './group-prompts';
import type { GapDirection, Source, SourceId } from '$lib/questionnaire/types';
import type { SharePayload } from '$lib/share/share-code';

/** The spread of some readings: smallest, quartiles, largest and how many there were. */
export interface Spread {
	min: number;
	q1: number;
	median: number;
	q3: number;
	max: number;
	count: number;
}

/** One source across the group: the spread of each reading and how many people left it blank. */
export interface SourceSummary {
	perceived: Spread | null;
	actual: Spread | null;
	blanks: { perceived: number; actual: number };
}

/** The group picture: per source summaries and the group's median outline for the chart. */
export interface GroupSummary {
	/** How many results were counted (those with the session's number of sources). */
	people: number;
	sources: SourceSummary[];
	medianOutline: { perceived: (number | null)[]; actual: (number | null)[] };
}

/** A source where the group's median feeling and median indicators differ. */
export interface GroupGap {
	/** The source's place in the session's order. */
	index: number;
	sourceId: SourceId;
	name: string;
	perceived: number;
	actual: number;
	/** Median perceived minus median actual: below zero, the group feels less power than the indicators show. */
	difference: number;
	direction: GapDirection;
}

const sortedNumbers = (values: readonly number[]): number[] =>
	values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);

/**
 * Linear interpolation between closest ranks (R-7, as in d3.quantile and QUARTILE.INC):
 * the p-quantile sits at position p (n - 1) of the sorted list.
 */
function quantileOfSorted(sorted: readonly number[], p: number): number {
	const position = (sorted.length - 1) * p;
	const below = Math.floor(position);
	const low = sorted[below] ?? Number.NaN;
	const high = sorted[below + 1] ?? low;
	return low + (high - low) * (position - below);
}

/** The middle value (the mean of the two middle ones for an even count), or null with no numbers. */
export function median(values: readonly number[]): number | null {
	const sorted = sortedNumbers(values);
	return sorted.length ? quantileOfSorted(sorted, 0.5) : null;
}

/** Minimum, quartiles (linear interpolation, like d3.quantile), maximum and count; null with no numbers. */
export function spread(values: readonly number[]): Spread | null {
	const sorted = sortedNumbers(values);
	if (!sorted.length) return null;
	const at = (p: number): number => quantileOfSorted(sorted, p);
	return { min: at(0), q1: at(0.25), median: at(0.5), q3: at(0.75), max: at(1), count: sorted.length };
}

function summarise(readings: (number | null)[]): { spread: Spread | null; blanks: number } {
	const present = readings.filter((value): value is number => value !== null);
	return { spread: spread(present), blanks: readings.length - present.length };
}

/** Summaries of one session's results; results with a different number of sources are left out. */
export function groupSummary(payloads: readonly SharePayload[], sourceCount: number): GroupSummary {
	const counted = payloads.filter((payload) => payload.scores.length === sourceCount);
	const sources = Array.from({ length: sourceCount }, (_, index): SourceSummary => {
		const perceived = summarise(counted.map((payload) => payload.scores[index]?.perceived ?? null));
		const actual = summarise(counted.map((payload) => payload.scores[index]?.actual ?? null));
		return {
			perceived: perceived.spread,
			actual: actual.spread,
			blanks: { perceived: perceived.blanks, actual: actual.blanks }
		};
	});
	return {
		people: counted.length,
		sources,
		medianOutline: {
			perceived: sources.map((source) => source.perceived?.median ?? null),
			actual: sources.map((source) => source.actual?.median ?? null)
		}
	};
}

/**
 * Sources with both medians, biggest gap first by the size shown (so a gap shown as 12 never
 * comes before one shown as 13), then by the exact size; equal gaps keep the session's order.
 */
export function largestGroupGaps(summary: GroupSummary, sources: readonly Pick<Source, 'id' | 'name'>[]): GroupGap[] {
	const gaps: GroupGap[] = [];
	summary.sources.forEach((source, index) => {
		if (!source.perceived || !source.actual) return;
		const difference = source.perceived.median - source.actual.median;
		gaps.push({
			index,
			sourceId: sources[index]?.id ?? `source-${index + 1}`,
			name: sources[index]?.name ?? `Source ${index + 1}`,
			perceived: source.perceived.median,
			actual: source.actual.median,
			difference,
			direction: gapDirection(difference)
		});
	});
	return gaps.sort((a, b) => shownGapSize(b) - shownGapSize(a) || Math.abs(b.difference) - Math.abs(a.difference));
}
