import { sessionFingerprint } from '$lib/share/session-fingerprint';
import type { ReflectionRecord } from '$lib/storage/schema';

/** Reflections that share a session (or are all standard ones), for listing apart. */
export interface ReflectionGroup {
	key: string;
	title: string;
	items: ReflectionRecord[];
}

/** Splits reflections by session, keeping their order; standard reflections come under their own heading. */
export function groupBySession(items: readonly ReflectionRecord[]): ReflectionGroup[] {
	const groups = new Map<string, ReflectionGroup>();
	for (const item of items) {
		const key = item.session ? sessionFingerprint(item.session) : 'standard';
		const title = item.session ? `Session: ${item.session.title}` : 'Your own reflections';
		const group = groups.get(key) ?? { key, title, items: [] };
		group.items.push(item);
		groups.set(key, group);
	}
	return [...groups.values()];
}

/** How a reflection is listed: its private label, or "Untitled reflection". */
export const reflectionTitle = (item: Pick<ReflectionRecord, 'label'>): string => item.label || 'Untitled reflection';

/** How far an unfinished reflection has got, as its list entry says it: "no answers yet", "1 answer so far". */
export const answersSoFar = (count: number): string => (count ? `${count} answer${count > 1 ? 's' : ''} so far` : 'no answers yet');

/** The titles more than one reflection is listed under: their headings alone would not tell them apart. */
export function repeatedTitles(items: readonly Pick<ReflectionRecord, 'label'>[]): Set<string> {
	const titles = items.map(reflectionTitle);
	return new Set(titles.filter((title, index) => titles.indexOf(title) !== index));
}
