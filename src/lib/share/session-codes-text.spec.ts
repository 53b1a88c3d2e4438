import { describe, expect, it } from 'vitest';
import { changedSourcesNotice, deleteSessionQuestion, losingCodesQuestion, shareCodes } from './session-codes-text';

describe('what a facilitator is told about a session’s share codes', () => {
	it.each([
		[1, '1 share code'],
		[2, '2 share codes'],
		[40, '40 share codes']
	])('%i reads "%s"', (count, text) => {
		expect(shareCodes(count)).toBe(text);
	});

	it.each([
		[0, 'Delete “Youth panel” from this device?'],
		[1, 'Delete “Youth panel” and the 1 share code collected for it from this device?'],
		[5, 'Delete “Youth panel” and the 5 share codes collected for it from this device?']
	])('before deleting a session with %i codes, asks "%s"', (codes, question) => {
		expect(deleteSessionQuestion('Youth panel', codes)).toBe(`${question} People who already have its link can still use it.`);
	});

	it('names how many codes new sources would leave behind, and the way to keep them', () => {
		expect(changedSourcesNotice(3)).toMatch(/^This session has 3 share codes, made for the sources it had\./);
		expect(changedSourcesNotice(3)).toMatch(/save your changes as a new session instead\.$/);
		expect(changedSourcesNotice(3)).toContain('saving deletes them from this device');
		expect(losingCodesQuestion('Carers forum', 1)).toMatch(/^“Carers forum” has 1 share code\. With the new sources they cannot show/);
		expect(losingCodesQuestion('Carers forum', 1)).toContain('saving deletes them from this device');
		expect(losingCodesQuestion('Carers forum', 1)).toContain('choose Cancel, then “Save as a new session”');
	});
});
