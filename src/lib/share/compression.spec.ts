import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflateRaw, inflateRaw } from './compression';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytes = (value: string) => new TextEncoder().encode(value);

// This file runs in the default (jsdom) test environment on purpose: components use these too.
describe('raw deflate', () => {
	it('opens what it squeezed, and what zlib squeezed', async () => {
		const original = 'Pŵer a grym 👋🏽 '.repeat(50);
		const squeezed = await deflateRaw(bytes(original));
		expect(squeezed.length).toBeLessThan(bytes(original).length);
		expect(text((await inflateRaw(squeezed, 10_000)) as Uint8Array)).toBe(original);
		expect(text((await inflateRaw(deflateRawSync(original), 10_000)) as Uint8Array)).toBe(original);
	});

	it('stops once the output passes the cap', async () => {
		const bomb = deflateRawSync(Buffer.alloc(1_000_000));
		expect(bomb.length).toBeLessThan(2000);
		expect(await inflateRaw(bomb, 16 * 1024)).toBe('too-long');
	});

	it('allows output of exactly the cap', async () => {
		expect(await inflateRaw(deflateRawSync(Buffer.alloc(100)), 100)).toEqual(new Uint8Array(100));
	});

	it.each([
		['bytes that are not deflate data', [0xff, 0xff, 0xff, 0xff]],
		['a stream cut off part way', [...deflateRawSync('hello hello hello, hello world').subarray(0, 5)]]
	])('calls %s broken', async (_, data) => {
		expect(await inflateRaw(new Uint8Array(data), 1000)).toBe('broken');
	});
});
