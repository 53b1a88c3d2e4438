import { GROUP_VIEWS, type GroupViewId } from './group-views';

/**
 * Where the facilitator was on one session's group screen, as kept for a page in the browser's
 * history (sessionStorage): a view's id, a letter and a count, never answers or codes.
 */
export interface KeptView {
	/** The session's id, or null for the standard reflection. */
	session: string | null;
	view: GroupViewId;
	/** The letter of the person picked in presenter mode, or null for everyone. */
	person: string | null;
	/** How many people there were: with more or fewer, the same letter may be someone else. */
	people: number;
}

/** The view and person to show, as the group screen holds them. */
export interface ViewPlace {
	view: GroupViewId;
	/** The person picked, by place in the shuffled order, or null for everyone. */
	highlight: number | null;
}

/** The start of a session's group screen: everyone together, nobody picked. */
export const FIRST_PLACE: ViewPlace = { view: GROUP_VIEWS[0].id, highlight: null };

/** What to keep of a session's screen, given the letters of its people in order. */
export function keepView(session: string | null, place: ViewPlace, labels: readonly string[]): KeptView {
	const person = place.highlight === null ? null : (labels[place.highlight] ?? null);
	return { session, view: place.view, person, people: labels.length };
}

/** Whether `kept` was kept for this session's screen (it may be anything sessionStorage gave back). */
export function keptFor(kept: unknown, session: string | null): kept is Record<string, unknown> {
	return typeof kept === 'object' && kept !== null && (kept as Record<string, unknown>).session === session;
}

/**
 * Where to take the screen back to from what was kept for it. A view no longer offered goes
 * back to the first; a person no longer there (or in a group that has changed size) to everyone.
 * Null when nothing was kept for this session.
 */
export function restoreView(kept: unknown, session: string | null, labels: readonly string[]): ViewPlace | null {
	if (!keptFor(kept, session)) return null;
	const view = GROUP_VIEWS.find((entry) => entry.id === kept.view)?.id ?? FIRST_PLACE.view;
	const index = typeof kept.person === 'string' && kept.people === labels.length ? labels.indexOf(kept.person) : -1;
	return { view, highlight: index < 0 ? null : index };
}
