import type { SharePayload } from '$lib/share/share-code';
import { neutralLabel, shuffle } from './labels';

/** The group screen's views, in tab order. */
export const GROUP_VIEWS = [
	{ id: 'together', name: 'Everyone together' },
	{ id: 'side-by-side', name: 'Side by side' },
	{ id: 'sources', name: 'Source by source' },
	{ id: 'gaps', name: 'Biggest gaps' }
] as const;

/** One of the group screen's views. */
export type GroupViewId = (typeof GROUP_VIEWS)[number]['id'];

/** One person's result with a neutral label; the label says nothing about who they are or when they shared. */
export interface Person {
	label: string;
	scores: SharePayload['scores'];
}

/** The view's display name. */
export function viewName(id: GroupViewId): string {
	return GROUP_VIEWS.find((view) => view.id === id)?.name ?? '';
}

/** The view `delta` places on from `id`, wrapping round at either end. */
export function stepView(id: GroupViewId, delta: number): GroupViewId {
	const n = GROUP_VIEWS.length;
	const index = GROUP_VIEWS.findIndex((view) => view.id === id);
	return GROUP_VIEWS[(((index + delta) % n) + n) % n]!.id;
}

/**
 * The next outline to highlight: from none, forwards starts at the first and backwards at
 * the last; stepping past either end wraps round. With nobody, nothing is highlighted.
 */
export function stepHighlight(current: number | null, delta: number, count: number): number | null {
	if (count <= 0) return null;
	if (current === null || current >= count) return delta >= 0 ? 0 : count - 1;
	return (((current + delta) % count) + count) % count;
}

/**
 * Results in an order fixed by the group's seed, labelled A, B, C … in that order. The
 * input is sorted first, so neither arrival order nor input order shows through.
 */
export function labelPeople(payloads: readonly SharePayload[], seed: number): Person[] {
	// Keys are made once each: building them inside the comparator made 500 people slow.
	const keyed = payloads.map((payload) => ({ key: JSON.stringify(payload.scores), payload }));
	keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	return shuffle(keyed, seed).map(({ payload }, index) => ({ label: neutralLabel(index), scores: payload.scores }));
}

/** What a key press does in presenter mode. */
export type PresenterAction =
	| { kind: 'view'; delta: number }
	| { kind: 'highlight'; delta: number }
	| { kind: 'clear' }
	| { kind: 'scroll'; delta: number }
	| { kind: 'leave' };

const KEYS: Record<string, PresenterAction> = {
	ArrowRight: { kind: 'view', delta: 1 },
	PageDown: { kind: 'view', delta: 1 },
	ArrowLeft: { kind: 'view', delta: -1 },
	PageUp: { kind: 'view', delta: -1 },
	ArrowDown: { kind: 'highlight', delta: 1 },
	n: { kind: 'highlight', delta: 1 },
	ArrowUp: { kind: 'highlight', delta: -1 },
	p: { kind: 'highlight', delta: -1 },
	h: { kind: 'clear' },
	' ': { kind: 'scroll', delta: 1 },
	Escape: { kind: 'leave' }
};

/**
 * The presenter action for a key (letters in either case), or null for keys it leaves alone.
 * `modified` is Alt, Ctrl or Meta held down; Shift turns Space's scroll upwards.
 */
export function presenterAction(key: string, modified = false, shift = false): PresenterAction | null {
	if (modified) return null;
	const action = KEYS[key.length === 1 ? key.toLowerCase() : key] ?? null;
	return action?.kind === 'scroll' && shift ? { kind: 'scroll', delta: -action.delta } : action;
}
