import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from './local-date';

describe('localDate', () => {
	// The device's own day, not Greenwich's: run where midnight is far from it, as in New Zealand.
	const zone = process.env.TZ;
	beforeAll(() => {
		process.env.TZ = 'Pacific/Auckland';
	});
	afterAll(() => {
		if (zone === undefined) delete process.env.TZ;
		else process.env.TZ = zone;
	});

	it.each([
		[[2026, 0, 5, 0, 0], '2026-01-05'],
		[[2026, 11, 31, 23, 59], '2026-12-31'],
		[[2024, 1, 29, 12, 0], '2024-02-29'],
		[[2025, 0, 5, 23, 59], '2025-01-05'],
		[[2024, 11, 31, 0, 0], '2024-12-31']
	] as const)('%j (year, month from 0, day, hour, minute) is %s', ([year, month, day, hour, minute], expected) => {
		expect(localDate(new Date(year, month, day, hour, minute))).toBe(expected);
	});
});
