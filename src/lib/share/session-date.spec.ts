import { describe, expect, it } from 'vitest';
import { dateReminder } from './session-date';

const PASSED = /has passed/;
const FAR = /more than a year away/;

describe('dateReminder', () => {
	it.each([
		['the day before', '2026-11-29', '2026-11-30', PASSED],
		['last year, as a duplicated session keeps it', '2025-12-01', '2026-11-30', PASSED],
		['a year typed short', '0026-12-01', '2026-11-30', PASSED],
		['today', '2026-11-30', '2026-11-30', null],
		['next week', '2026-12-07', '2026-11-30', null],
		['exactly a year on', '2027-11-30', '2026-11-30', null],
		['a year and a day on', '2027-12-01', '2026-11-30', FAR],
		['a year typed long', '20266-12-01', '2026-11-30', null],
		['a mistyped year far ahead', '2062-11-30', '2026-11-30', FAR],
		['a year on from a leap day', '2025-02-28', '2024-02-29', null],
		['the day after a year on from a leap day', '2025-03-01', '2024-02-29', FAR],
		['no date', '', '2026-11-30', null],
		['not a date', 'next Tuesday', '2026-11-30', null]
	])('%s: %s on %s', (_, date, today, expected) => {
		const reminder = dateReminder(date, today);
		if (expected === null) expect(reminder).toBeNull();
		else expect(reminder).toMatch(expected);
	});
});
