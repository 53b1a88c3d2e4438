/** A device's own calendar date for a moment, as YYYY-MM-DD: a session's date is checked against it, a saved picture named by it. */
export function localDate(now: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
