import { crc32 as nodeCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 } from './checksum';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('crc32', () => {
	// Published check values for CRC-32/ISO-HDLC.
	it.each([
		['', 0x00000000],
		['a', 0xe8b7be43],
		['123456789', 0xcbf43926],
		['The quick brown fox jumps over the lazy dog', 0x414fa339]
	])('of %j is the published value', (text, expected) => {
		expect(crc32(bytes(text))).toBe(expected);
	});

	it('agrees with Node’s zlib on any bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
				expect(crc32(data)).toBe(nodeCrc32(data));
			}),
			{ numRuns: 500 }
		);
	});

	it('notices any change to a single byte', () => {
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 1, maxLength: 100 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (data, at, flip) => {
				const changed = data.slice();
				const i = at % data.length;
				changed[i] = (changed[i] ?? 0) ^ flip;
				expect(crc32(changed)).not.toBe(crc32(data));
			}),
			{ numRuns: 500 }
		);
	});
});
