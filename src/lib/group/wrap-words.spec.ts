import { describe, expect, it } from 'vitest';
import { wrapWords } from './wrap-words';

describe('wrapWords', () => {
	it.each([
		['', 10, []],
		['one two three', 20, ['one two three']],
		['one two three', 7, ['one two', 'three']],
		['one two three', 3, ['one', 'two', 'thr', 'ee']],
		['a verylongword b', 4, ['a', 'very', 'long', 'word', 'b']],
		['a well-known-name', 12, ['a', 'well-known-', 'name']],
		['see example.org/a/long/path', 14, ['see', 'example.org/a/', 'long/path']],
		['  spaced   out  ', 20, ['spaced out']]
	])('%j in lines of %i', (text, width, lines) => {
		expect(wrapWords(text, width)).toEqual(lines);
	});
});
