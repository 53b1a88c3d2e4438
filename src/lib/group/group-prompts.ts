import type { GroupGap } from './aggregate';

// Here, not in aggregate.ts, which sorts by it: /facilitate loads this module (countOf) and not the aggregation.
/** A gap's size as the group is shown it: between the medians rounded to whole numbers. */
export const shownGapSize = (gap: Pick<GroupGap, 'perceived' | 'actual'>): number =>
	Math.abs(Math.round(gap.perceived) - Math.round(gap.actual));

/** "1 code", "5 codes": a count with the right form of the word. */
export function countOf(count: number, one: string, many = `${one}s`): string {
	return `${count} ${count === 1 ? one : many}`;
}

/** The header's count of collected codes. */
export function collectedText(count: number): string {
	return count === 0 ? 'No codes collected yet' : `${countOf(count, 'code')} collected`;
}

/** One group gap in words, with the middle values rounded to whole numbers. */
export function groupGapSummary(gap: GroupGap): string {
	const perceived = Math.round(gap.perceived);
	const actual = Math.round(gap.actual);
	const size = shownGapSize(gap);
	if (gap.direction === 'aligned')
		return `The group’s middle answers are close: feeling ${perceived}, facts ${actual}.`;
	const way = gap.direction === 'feel-less' ? 'less' : 'more';
	return `The group’s middle answers: feeling ${perceived}, facts ${actual}. We feel ${way} powerful, by ${size}.`;
}

const MISSING_QUESTION = 'Who is not here, and whose voice is missing? What might have kept them away?';

/**
 * The "who is not here" prompt. It is always shown; the number invited (null or 0 when
 * not given) only makes the first sentence more exact.
 */
export function missingVoicesPrompt(codes: number, invited: number | null): string {
	const have = codes === 0 ? 'You have no codes yet' : `You have ${countOf(codes, 'code')}`;
	if (!invited || invited < 1) return `${have}. ${MISSING_QUESTION}`;
	const people = countOf(invited, 'person', 'people');
	if (codes < invited) return `${have} from ${people} invited. ${MISSING_QUESTION}`;
	if (codes === invited)
		return `Everyone invited has shared a code. Who was not invited, and whose voice is missing? What might have kept them out?`;
	return `${have}, and ${people} ${invited === 1 ? 'was' : 'were'} invited, so the number invited may need checking. ${MISSING_QUESTION}`;
}

/** How far the group is towards its privacy threshold: "2 of 3 needed". */
export function thresholdProgress(count: number, threshold: number): string {
	return `${Math.min(count, threshold)} of ${threshold} needed`;
}

/** Why nothing is shown yet. */
export function thresholdExplanation(threshold: number): string {
	return `To protect everyone’s privacy, the group picture appears once at least ${threshold} people have shared.`;
}

/** What a removal or its undoing did to the group picture, in a sentence, or '' when it is as it was. */
export function pictureChange(wasShown: boolean, isShown: boolean, threshold: number): string {
	if (wasShown === isShown) return '';
	return isShown
		? 'The group picture is showing again.'
		: `The group picture is hidden until ${threshold} people have shared.`;
}
