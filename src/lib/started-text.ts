const toMinute = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const toSecond = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * When each item started, as "30 Nov 2026, 09:58", by id: to the second only where two items
 * started in the same minute, so each still has its own name (to a screen reader too).
 */
export function startedTexts(items: readonly { id: string; createdAt: number }[]): Map<string, string> {
	const minutes = items.map((item) => toMinute.format(item.createdAt));
	return new Map(
		items.map((item, index) => {
			const minute = minutes[index] ?? '';
			const shared = minutes.indexOf(minute) !== minutes.lastIndexOf(minute);
			return [item.id, shared ? toSecond.format(item.createdAt) : minute];
		})
	);
}
