/**
 * A second look at a session's date. A date in the past or far ahead is allowed (a session
 * may be written up afterwards), but it is often a slip, such as a duplicated session that
 * kept last month's date, and everyone who opens the link sees it.
 */

const ISO_DATE = /^(\d{4})-(\d{2}-\d{2})$/;

/** What to check about a session date (YYYY-MM-DD) on `today`, or null when it looks right or is not a date. */
export function dateReminder(date: string, today: string): string | null {
	const day = ISO_DATE.exec(today);
	if (!ISO_DATE.test(date) || !day) return null;
	// Dates written YYYY-MM-DD sort as text in the same order as in time.
	if (date < today) return 'This date has passed. Everyone who opens the link sees it, so check it is the one you mean.';
	const yearAhead = `${String(Number(day[1]) + 1).padStart(4, '0')}-${day[2]}`;
	if (date > yearAhead) return 'This date is more than a year away. Check the year.';
	return null;
}
