import { describe, expect, it } from 'vitest';
import { handFrame } from './session-link.test-helper';
import { MARKER, MAX_FRAGMENT_LENGTH, unwrapFragment } from './unwrap-fragment';

const CODE = '5K7Q-M3XZ-ABCD-EF12-3Q';
const OTHER = 'K7QM-3XZP-R2T9-W4HJ-9A';
// A sound link of 2 + 8 + 400 characters: its header promises 300 bytes, and its checksum covers them.
const LINK = handFrame('1r', new Uint8Array(300).map((_, i) => (i * 37) % 256));

describe('unwrapFragment', () => {
	it.each([
		['a whole link', LINK, LINK],
		['a link wrapped over lines, then words', `${LINK.slice(0, 50)}\r\n${LINK.slice(50, 200)}\n${LINK.slice(200)} see you`, LINK],
		['a link with encoded line breaks part-way', `${LINK.slice(0, 50)}%0D%0A${LINK.slice(50)}`, LINK],
		['a line break between the version and the flag', `${LINK.slice(0, 1)}\n${LINK.slice(1)}`, LINK],
		['a header split over lines', `${LINK.slice(0, 5)} ${LINK.slice(5)}`, LINK]
	])('joins %s', (_, text, fragment) => {
		expect(unwrapFragment(text).fragment).toBe(fragment);
	});

	it.each([
		['a link cut short, then codes', LINK.slice(0, 100), `\n${CODE}\n${OTHER}`],
		['a link cut short by exactly one code, then codes', LINK.slice(0, -CODE.length), `\n${CODE}\n${OTHER}`],
		['a link cut short by exactly two codes, then codes', LINK.slice(0, -2 * CODE.length), `\n${CODE}\n${OTHER}`],
		['a link cut short by the length of the words after it', LINK.slice(0, -'seeyou'.length), ' see you'],
		['a wrapped link whose middle line is missing', LINK.slice(0, 100), `\n${LINK.slice(200)}`]
	])('takes nothing after %s', (_, piece, after) => {
		expect(unwrapFragment(piece + after)).toEqual({ fragment: piece, end: piece.length });
	});

	it('joins nothing past the longest link read, even when the pieces would make a sound link', () => {
		const long = handFrame('1r', new Uint8Array(MAX_FRAGMENT_LENGTH).fill(7));
		expect(unwrapFragment(`${long.slice(0, 100)}\n${long.slice(100)}`).fragment).toBe(long.slice(0, 100));
	});

	it.each([
		['1z', true],
		['12q', true],
		['0z', false],
		['1234z', false],
		['5K7Q', false]
	])('counts %s as the start of a link: %s', (start, counts) => {
		expect(MARKER.test(start)).toBe(counts);
	});
});
