import { describe, expect, it, vi } from 'vitest';
import { findShareCodes } from './code-extraction';
import { decodeShareCode, encodeShareCode } from './share-code';

// Every attempt to read a code goes through decodeShareCode, so counting calls measures the
// work done without depending on how fast this machine is.
vi.mock('./share-code', async (original) => {
	const actual = await original<typeof import('./share-code')>();
	return { ...actual, decodeShareCode: vi.fn(actual.decodeShareCode) };
});

const wordsIn = (text: string) => text.match(/[0-9A-Za-z]+/g)?.length ?? 0;
const code = encodeShareCode(1001, Array.from({ length: 6 }, () => ({ perceived: 50, actual: 20 })));

describe('the work findShareCodes does', () => {
	it.each([
		['one endless chain of four-symbol blocks', `${'9ABC-'.repeat(20_000)}Z`],
		['codes run together without spaces', code.repeat(5_000)],
		['one endless run of single symbols', `${'9 A 8 B 7 '.repeat(20_000)}Z`],
		['codes spelled out one after another', `${[...code.replaceAll('-', '')].join(' ')} `.repeat(2_000)],
		['one endless chain of blocks with commas', `${'9ABC, '.repeat(20_000)}Z`],
		['codes cut short, in a long chat', `Sam: ${code.slice(0, 14)} and ${code} then 2024 - 12 - 3 notes\n`.repeat(5_000)]
	])('grows in step with the text, at most eight reads a word: %s', (_, text) => {
		vi.mocked(decodeShareCode).mockClear();
		findShareCodes(text);
		const reads = vi.mocked(decodeShareCode).mock.calls.length;
		expect(reads).toBeGreaterThan(0);
		expect(reads).toBeLessThanOrEqual(8 * wordsIn(text));
	});
});
