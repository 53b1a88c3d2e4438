import { describe, expect, it } from 'vitest';
import type { AddReport, BadCode, CodesElsewhere } from './code-check';
import { allHomed, foldsAfterPress, homesReportText, movedText, nothingToPutRight, type AfterPress } from './homes-report';

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

describe('foldsAfterPress', () => {
	const added = report({ added: 1 });
	const after = (fields: Partial<AfterPress>): AfterPress => ({ unlocked: true, report: added, linkRead: undefined, problem: false, boxEmpty: true, ...fields });
	it.each([
		['codes added with the picture showing', after({}), true],
		['codes added below the threshold', after({ unlocked: false }), false],
		['a problem shown (the box was empty, saving failed)', after({ report: null, problem: true }), false],
		['text left in the box', after({ boxEmpty: false }), false],
		['a code to put right', after({ report: report({ found: 2, added: 1, bad: [bad('A')] }) }), false],
		['codes for another screen only', after({ report: report({ bad: [bad('A')], elsewhere: [forum('A')] }) }), true],
		['no codes in the text', after({ report: report({ found: 0 }) }), false],
		['a link read, pasted on its own', after({ report: null, linkRead: true }), true],
		['a link read, with codes added', after({ linkRead: true }), true],
		['a link that could not be read, with codes added', after({ linkRead: false }), false],
		['a link that could not be read, on its own', after({ report: null, linkRead: false }), false],
		['nothing pressed yet', after({ report: null }), false]
	])('%s: %s', (_, given, expected) => {
		expect(foldsAfterPress(given)).toBe(expected);
	});
});

describe('movedText', () => {
	it.each([
		['one code to a session, nothing waiting', forum('A'), 0, 'Now showing “Ward forum”, the session that code is for.'],
		['two codes to a session, one waiting', forum('A', 'B'), 1, 'Now showing “Ward forum”, the session those codes are for. The other code is back in the box above.'],
		['codes made without a link, three waiting', standard('A', 'B'), 3, 'Now showing the group screen for codes made without a link. The other 3 codes are back in the box above.']
	])('%s', (_, home, waiting, expected) => {
		expect(movedText(home, waiting)).toBe(expected);
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
		],
		[
			'one for a saved session, with a link to someone’s own results page',
			report({ bad: [bad('A')], elsewhere: [forum('A')], ownLinks: 1 }),
			'Add this code to “Ward forum”, the session it is for. One link is to someone’s own reflection, not a share code.'
		],
		[
			'one for a saved session, one added, with a link to someone’s own results page',
			report({ found: 2, added: 1, bad: [bad('A')], elsewhere: [forum('A')], ownLinks: 1 }),
			'Add this code to “Ward forum”, the session it is for. 1 code added. One link is to someone’s own reflection, not a share code.'
		]
	])('%s', (_, given, expected) => {
		expect(homesReportText(given, tagOf)).toBe(expected);
	});
});
