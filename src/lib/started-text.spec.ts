import { describe, expect, it } from 'vitest';
import { startedTexts } from './started-text';

const at = (time: string) => new Date(`2026-11-30T${time}`).getTime();
const TO_MINUTE = /^30 Nov 2026, \d{2}:\d{2}$/;
const TO_SECOND = /^30 Nov 2026, \d{2}:\d{2}:\d{2}$/;

describe('startedTexts', () => {
	it.each([
		['one item, to the minute', [['a', '09:58:55']], { a: TO_MINUTE }],
		['items in different minutes, each to the minute', [['a', '09:58:55'], ['b', '09:59:01']], { a: TO_MINUTE, b: TO_MINUTE }],
		[
			'the two that share a minute to the second, the other to the minute',
			[['a', '09:58:05'], ['b', '10:15:00'], ['c', '09:58:55']],
			{ a: TO_SECOND, b: TO_MINUTE, c: TO_SECOND }
		]
	] as const)('gives %s', (_name, items, expected) => {
		const texts = startedTexts(items.map(([id, time]) => ({ id, createdAt: at(time) })));
		expect(Object.fromEntries(texts)).toEqual(Object.fromEntries(Object.entries(expected).map(([id, shape]) => [id, expect.stringMatching(shape)])));
	});

	it('keeps two items that share a minute apart', () => {
		const texts = startedTexts([
			{ id: 'a', createdAt: at('09:58:05') },
			{ id: 'b', createdAt: at('09:58:55') }
		]);
		expect(texts.get('a')).not.toBe(texts.get('b'));
	});

	it('numbers those that started in the same second, from the second one on', () => {
		const texts = startedTexts(['a', 'b', 'c'].map((id) => ({ id, createdAt: at('09:58:05') })));
		expect([...texts.values()]).toEqual([
			expect.stringMatching(TO_SECOND),
			expect.stringMatching(/^30 Nov 2026, \d{2}:\d{2}:\d{2} \(2\)$/),
			expect.stringMatching(/^30 Nov 2026, \d{2}:\d{2}:\d{2} \(3\)$/)
		]);
		expect(new Set(texts.values()).size).toBe(3);
	});

	it('gives nothing for no items', () => {
		expect(startedTexts([]).size).toBe(0);
	});
});
