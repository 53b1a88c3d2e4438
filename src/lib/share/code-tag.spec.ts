import { describe, expect, it } from 'vitest';
import { BASE32_ALPHABET } from './base32';
import { CodeTags } from './code-tag';
import { encodeShareCode } from './share-code';

const threeSources = (perceived: number, actual: number) =>
	encodeShareCode(12345, Array.from({ length: 3 }, () => ({ perceived, actual })));
const [a, b, c] = [threeSources(10, 20), threeSources(30, 40), threeSources(50, 60)] as [string, string, string];

/** Tags handed out in turn, as a stand-in for random ones. */
const fixed = (...tags: string[]) => {
	let next = 0;
	return () => tags[next++ % tags.length] ?? '';
};

describe('CodeTags', () => {
	it('gives five symbols of the share code alphabet', () => {
		expect(new CodeTags().of(a)).toMatch(new RegExp(`^[${BASE32_ALPHABET}]{5}$`));
	});

	it('gives a code the same tag every time it is asked, for as long as it lasts', () => {
		const tags = new CodeTags(fixed('AAAAA', 'BBBBB', 'CCCCC'));
		expect([tags.of(a), tags.of(b), tags.of(a), tags.of(b)]).toEqual(['AAAAA', 'BBBBB', 'AAAAA', 'BBBBB']);
	});

	it('never gives two codes the same tag', () => {
		const tags = new CodeTags(fixed('AAAAA', 'AAAAA', 'BBBBB', 'AAAAA', 'BBBBB', 'CCCCC'));
		expect([a, b, c].map((code) => tags.of(code))).toEqual(['AAAAA', 'BBBBB', 'CCCCC']);
	});

	it('cannot be worked out from the code: the same code gets another tag on another visit', () => {
		// Tags made from the code itself could be matched by trying every code of a small session.
		const visits = Array.from({ length: 20 }, () => new CodeTags().of(a));
		expect(new Set(visits).size).toBeGreaterThan(15);
	});

	it('lists codes in an order that follows neither their scores nor their arrival', () => {
		const codes = Array.from({ length: 21 }, (_, level) => threeSources(level * 5, 50));
		const orders = Array.from({ length: 5 }, () => {
			const tags = new CodeTags();
			return [...codes].sort((x, y) => tags.of(x).localeCompare(tags.of(y))).join();
		});
		expect(orders).not.toContain(codes.join());
		expect(new Set(orders).size).toBe(5);
	});
});
