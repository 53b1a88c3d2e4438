import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeFromFragment, isShareLinkFragment, shareCodeLink } from './share-link';

const CODE = '5K7Q-M3XZ-ABCD-EF12-3Q';

describe('shareCodeLink', () => {
	it.each([
		['https://example.org', 'https://example.org/group#code=5K7Q-M3XZ-ABCD-EF12-3Q'],
		['https://example.org/', 'https://example.org/group#code=5K7Q-M3XZ-ABCD-EF12-3Q'],
		['https://example.org/rebalance', 'https://example.org/rebalance/group#code=5K7Q-M3XZ-ABCD-EF12-3Q']
	])('under %s', (origin, link) => {
		expect(shareCodeLink(origin, CODE)).toBe(link);
	});

	it('gives a link whose fragment reads back as the code', () => {
		expect(codeFromFragment(new URL(shareCodeLink('https://example.org', CODE)).hash)).toBe(CODE);
	});
});

describe('codeFromFragment', () => {
	it.each<[string, string, string | null]>([
		['a code field', '#code=5K7Q-M3XZ-ABCD-EF12-3Q', CODE],
		['no hash sign', 'code=5K7Q-M3XZ-ABCD-EF12-3Q', CODE],
		['a bare code, as in add#…', '#5K7QM3XZABCDEF123Q', '5K7QM3XZABCDEF123Q'],
		['other fields around it', '#view=all&code=5k7q-m3xz&x=1', '5k7q-m3xz'],
		['encoded spaces', '#code=5K7Q%20M3XZ+ABCD', '5K7Q M3XZ ABCD'],
		['an empty fragment', '', null],
		['only a hash sign', '#', null],
		['no code field', '#view=all', null],
		['an empty code field', '#code=', null],
		['broken percent encoding', '#code=%E0%A4%A', null],
		['markup', '#code=<img src=x>', null],
		['a very long fragment', `#code=${'A'.repeat(500)}`, null]
	])('%s', (_, hash, expected) => {
		expect(codeFromFragment(hash)).toBe(expected);
	});

	it('never throws, and returns only letters, digits, spaces and dashes', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 150 }), (hash) => {
				const found = codeFromFragment(hash);
				if (found !== null) expect(found).toMatch(/^[0-9A-Za-z\s-]+$/);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('isShareLinkFragment', () => {
	it.each([
		['#code=5K7Q-M3XZ-ABCD-EF12-3Q', true],
		['code=5K7Q', true],
		['#code=', true],
		['#from=chat&code=<b>', true],
		['#main', false],
		['#5K7QM3XZABCDEF123Q', false],
		['#barcode=5K7Q', false],
		['', false]
	])('%j: %s', (hash, expected) => {
		expect(isShareLinkFragment(hash)).toBe(expected);
	});
});
