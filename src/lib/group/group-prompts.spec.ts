import { describe, expect, it } from 'vitest';
import type { GroupGap } from './aggregate';
import {
	collectedText,
	countOf,
	groupGapSummary,
	missingVoicesPrompt,
	pictureChange,
	thresholdExplanation,
	thresholdProgress
} from './group-prompts';

const QUESTION = 'Who is not here, and whose voice is missing? What might have kept them away?';

describe('countOf', () => {
	it.each<[number, string, string | undefined, string]>([
		[0, 'code', undefined, '0 codes'],
		[1, 'code', undefined, '1 code'],
		[2, 'code', undefined, '2 codes'],
		[1, 'person', 'people', '1 person'],
		[12, 'person', 'people', '12 people']
	])('%i %s', (count, one, many, expected) => {
		expect(countOf(count, one, many)).toBe(expected);
	});
});

describe('collectedText', () => {
	it.each([
		[0, 'No codes collected yet'],
		[1, '1 code collected'],
		[5, '5 codes collected']
	])('%i', (count, expected) => {
		expect(collectedText(count)).toBe(expected);
	});
});

describe('missingVoicesPrompt', () => {
	it.each<[string, number, number | null, string]>([
		['the example in the brief', 5, 12, `You have 5 codes from 12 people invited. ${QUESTION}`],
		['without the number invited', 5, null, `You have 5 codes. ${QUESTION}`],
		['with 0 invited, treated as not given', 2, 0, `You have 2 codes. ${QUESTION}`],
		['with no codes yet', 0, null, `You have no codes yet. ${QUESTION}`],
		['one code from one more invited', 1, 2, `You have 1 code from 2 people invited. ${QUESTION}`]
	])('%s', (_, codes, invited, expected) => {
		expect(missingVoicesPrompt(codes, invited)).toBe(expected);
	});

	it('when everyone invited has shared, asks who was not invited', () => {
		expect(missingVoicesPrompt(4, 4)).toMatch(/^Everyone invited has shared a code\. Who was not invited/);
	});

	it('when there are more codes than people invited, asks for the number to be checked and still asks the question', () => {
		const text = missingVoicesPrompt(5, 3);
		expect(text).toContain('You have 5 codes, and 3 people were invited');
		expect(text).toContain('checking');
		expect(text).toContain(QUESTION);
	});

	it.each([
		[0, null],
		[3, null],
		[3, 10],
		[10, 10],
		[11, 10]
	])('always asks about who is missing (%i codes, %s invited)', (codes, invited) => {
		expect(missingVoicesPrompt(codes, invited)).toMatch(/whose voice is missing\?/);
	});
});

describe('threshold', () => {
	it.each([
		[0, 3, '0 of 3 needed'],
		[2, 3, '2 of 3 needed'],
		[3, 3, '3 of 3 needed'],
		[7, 5, '5 of 5 needed']
	])('%i codes of %i', (count, threshold, expected) => {
		expect(thresholdProgress(count, threshold)).toBe(expected);
	});

	it('explains the privacy reason with the session threshold', () => {
		expect(thresholdExplanation(3)).toBe(
			'To protect everyone’s privacy, the group picture appears once at least 3 people have shared.'
		);
	});
});

describe('groupGapSummary', () => {
	const gap = (perceived: number, actual: number, direction: GroupGap['direction']): GroupGap => ({
		index: 0,
		sourceId: 'monetary',
		name: 'Money',
		perceived,
		actual,
		difference: perceived - actual,
		direction
	});

	it.each<[GroupGap, string]>([
		[gap(30, 52.5, 'feel-less'), 'The group’s middle answers: feeling 30, facts 53. We feel less powerful, by 23.'],
		[gap(80, 40, 'feel-more'), 'The group’s middle answers: feeling 80, facts 40. We feel more powerful, by 40.'],
		[gap(50, 45, 'aligned'), 'The group’s middle answers are close: feeling 50, facts 45.']
	])('%#', (input, expected) => {
		expect(groupGapSummary(input)).toBe(expected);
	});
});

describe('pictureChange', () => {
	it.each([
		[true, true, ''],
		[false, false, ''],
		[true, false, 'The group picture is hidden until 4 people have shared.'],
		[false, true, 'The group picture is showing again.']
	])('from shown %s to shown %s says "%s"', (was, is, said) => {
		expect(pictureChange(was, is, 4)).toBe(said);
	});
});
