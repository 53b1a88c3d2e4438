import { describe, expect, it } from 'vitest';
import type { AddReport, BadCode, CodesElsewhere } from './code-check';
import { allHomed, homesReportText, nothingToPutRight } from './homes-report';

const bad = (code: string): BadCode => ({ code, raw: code, reason: 'Some reason.' });
const forum = (...codes: string[]): CodesElsewhere => ({ id: 'forum', title: 'Ward forum', codes });
const standard = (...codes: string[]): CodesElsewhere => ({ id: null, title: 'Our group', codes });
const report = (fields: Partial<AddReport>): AddReport => ({ found: 1, added: 0, already: [], repeated: 0, bad: [], ...fields });
const tagOf = (code: string) => `T${code}`;

describe('allHomed', () => {
	it.each([
		['every code not added has a screen', [bad('A'), bad('B')], [forum('A'), standard('B')], true],
		['one code has none (a typo, say)', [bad('A'), bad('B')], [forum('A')], false],
		['no screen takes any', [bad('A')], [], false],
		['nothing was turned away', [], [], false]
	])('%s: %s', (_, codes, homes, expected) => {
		expect(allHomed({ bad: codes, elsewhere: homes })).toBe(expected);
	});
});

describe('nothingToPutRight', () => {
	it.each([
		['all added', report({ added: 1 }), true],
		['all already here', report({ already: ['A'] }), true],
		['one for another screen', report({ bad: [bad('A')], elsewhere: [forum('A')] }), true],
		['one to correct', report({ found: 2, added: 1, bad: [bad('A')] }), false],
		['no codes in the text', report({ found: 0 }), false]
	])('%s: %s', (_, given, expected) => {
		expect(nothingToPutRight(given)).toBe(expected);
	});
});

describe('homesReportText', () => {
	it.each([
		['one code for a saved session', report({ bad: [bad('A')], elsewhere: [forum('A')] }), 'Add this code to “Ward forum”, the session it is for.'],
		[
			'two for a saved session, after others were added and the picture appeared',
			report({ found: 4, added: 2, bad: [bad('A'), bad('B')], elsewhere: [forum('A', 'B')], unlocked: true }),
			'Add these 2 codes to “Ward forum”, the session they are for. 2 codes added. The group picture is now showing.'
		],
		[
			'one made without a link, pasted on a session’s screen, beside one already here',
			report({ found: 2, already: ['C'], bad: [bad('A')], elsewhere: [standard('A')] }),
			'Add this code to the group screen for codes made without a link, since it was made without your session link. Or whoever made it can reflect again with your link. No new codes added. 1 was already here, listed as TC.'
		],
		[
			'codes for two screens',
			report({ found: 3, bad: [bad('A'), bad('B'), bad('C')], elsewhere: [forum('A'), standard('B', 'C')] }),
			'Add this code to “Ward forum”, the session it is for. Add these 2 codes to the group screen for codes made without a link, since they were made without your session link. Or whoever made them can reflect again with your link.'
		]
	])('%s', (_, given, expected) => {
		expect(homesReportText(given, tagOf)).toBe(expected);
	});
});
