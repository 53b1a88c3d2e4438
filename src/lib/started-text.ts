const toMinute = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const toSecond = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * When each item started, as "30 Nov 2026, 09:58", by id: to the second only where two items
 * started in the same minute, and numbered in the order given ("09:58:05 (2)") where even the
 * second is the same, as for a copy brought in from a download, so each still has its own name.
 */
export function startedTexts(items: readonly { id: string; createdAt: number }[]): Map<string, string> {
	const count = (texts: string[], text: string) => texts.filter((other) => other === text).length;
	const minutes = items.map((item) => toMinute.format(item.createdAt));
	const texts = items.map((item, index) => {
		const minute = minutes[index] ?? '';
		return count(minutes, minute) > 1 ? toSecond.format(item.createdAt) : minute;
	});
	return new Map(
		items.map((item, index) => {
			const text = texts[index] ?? '';
			const place = count(texts.slice(0, index), text) + 1;
			return [item.id, place > 1 ? `${text} (${place})` : text];
		})
	);
}
