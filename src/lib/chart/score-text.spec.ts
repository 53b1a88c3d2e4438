import { describe, expect, it } from 'vitest';
import { blankNote, describeAxis, describeChart, formatDifference, formatScore, needsBreakAnywhere } from './score-text';

describe('formatScore', () => {
	it.each([
		[75, 'No answer', '75'],
		[0, 'No answer', '0'],
		[33.6, 'No answer', '34'],
		[null, 'No answer', 'No answer'],
		[undefined, 'no answer', 'no answer'],
		[NaN, 'No answer', 'No answer']
	])('shows %s as %j', (score, blank, expected) => {
		expect(formatScore(score, blank)).toBe(expected);
	});
});

describe('formatDifference', () => {
	it.each([
		[50, 75, '+25'],
		[75, 50, '\u221225'],
		[40, 40, '0'],
		[0, 100, '+100'],
		[null, 50, 'Not known'],
		[50, null, 'Not known'],
		[null, null, 'Not known']
	])('perceived %s, actual %s gives %j', (perceived, actual, expected) => {
		expect(formatDifference(perceived, actual)).toBe(expected);
	});
});

describe('describing the chart', () => {
	const series = [
		{ name: 'Perceived', values: [75, null, 20] },
		{ name: 'Actual', values: [50, 40] }
	];

	it.each([
		[0, 'Educational', 'Educational: Perceived 75, Actual 50'],
		[1, 'Money', 'Money: Perceived no answer, Actual 40'],
		[2, 'Class', 'Class: Perceived 20, Actual no answer']
	])('describes axis %i in words', (i, label, expected) => {
		expect(describeAxis(label, series, i)).toBe(expected);
	});

	it('gives just the label when there are no series', () => {
		expect(describeAxis('Class', [], 0)).toBe('Class');
	});

	it('describes every axis, one sentence each', () => {
		expect(describeChart(['Educational', 'Money'], series)).toBe(
			'Educational: Perceived 75, Actual 50. Money: Perceived no answer, Actual 40.'
		);
	});
});

describe('blankNote', () => {
	const series = [
		{ name: 'Perceived', values: [50, null, null, 0, Number.NaN] },
		{ name: 'Actual', values: [40, 30, null, 0, 20] }
	];
	it.each([
		[0, undefined],
		[1, 'no perceived answer'],
		[2, 'no answer'],
		[3, undefined],
		[4, 'no perceived answer'],
		[9, 'no answer']
	])('axis %i: %s', (axis, expected) => {
		expect(blankNote(series, axis)).toBe(expected);
	});
});

describe('needsBreakAnywhere', () => {
	it.each([
		['Organisation', false],
		['Class and background', false],
		['Lived experience of services', false],
		['Fourteenletter', false],
		['Fifteenletterss', true],
		['Neighbourhoodconnectionsandfriendships', true],
		['Who I know: Neighbourhoodconnections', true],
		['', false]
	])('%j: %s', (name, expected) => {
		expect(needsBreakAnywhere(name)).toBe(expected);
	});
});
