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

/** Whether a view shows each person, so that one can be picked out. */
export const showsPeople = (id: GroupViewId): boolean => id === 'together' || id === 'side-by-side';

// The places of the views that show each person: "1 or 2".
const PICKABLE = GROUP_VIEWS.flatMap((entry, index) => (showsPeople(entry.id) ? [index + 1] : [])).join(' or ');

/**
 * Presenter mode's status, said on every change: the view always comes first (so changing view
 * with a person picked is said too), then the person picked, or where a person can be picked.
 * Each part fits one line of the footer's status (16em), so the status never grows past two
 * lines and moves the buttons.
 */
export function presenterStatus(view: GroupViewId, picked: { label: string; place: number; count: number } | null, triedToPick: boolean): string {
	const place = GROUP_VIEWS.findIndex((entry) => entry.id === view) + 1;
	const where = `${viewName(view)}, view ${place} of ${GROUP_VIEWS.length}.`;
	if (!showsPeople(view)) return triedToPick ? `${where} Pick a person on view ${PICKABLE}.` : where;
	return picked ? `${where} Showing ${picked.label}, ${picked.place} of ${picked.count}.` : where;
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
