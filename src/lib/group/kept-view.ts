import { crc32 } from '$lib/share/checksum';
import { GROUP_VIEWS, type GroupViewId } from './group-views';

/**
 * Where the facilitator was on one session's group screen, as kept for a page in the browser's
 * history (sessionStorage): a view's id, a letter and a short hash, never answers or codes.
 */
export interface KeptView {
	/** The session's id, or null for the standard reflection. */
	session: string | null;
	view: GroupViewId;
	/** The letter of the person picked in presenter mode, or null for everyone. */
	person: string | null;
	/** {@link peopleHash} of the people then: with anyone else, the same letter may be someone else. */
	peopleHash: string;
}

/** The view and person to show, as the group screen holds them. */
export interface ViewPlace {
	view: GroupViewId;
	/** The person picked, by place in the shuffled order, or null for everyone. */
	highlight: number | null;
}

/** The people on a session's screen: their letters in order, and {@link peopleHash} of who they are. */
export interface PeopleShown {
	labels: readonly string[];
	hash: string;
}

/** The start of a session's group screen: everyone together, nobody picked. */
export const FIRST_PLACE: ViewPlace = { view: GROUP_VIEWS[0].id, highlight: null };

/**
 * Who the letters stand for, in 8 hex digits: a hash of the shuffle's seed and the codes counted,
 * in any order. Any change to either may give a letter to someone else. It cannot be turned back
 * into a code, and looks nothing like one.
 */
export function peopleHash(codes: readonly string[], seed: number): string {
	return crc32(new TextEncoder().encode([String(seed), ...[...codes].sort()].join('\n')))
		.toString(16)
		.padStart(8, '0');
}

/** What to keep of a session's screen, given the people on it. */
export function keepView(session: string | null, place: ViewPlace, people: PeopleShown): KeptView {
	const person = place.highlight === null ? null : (people.labels[place.highlight] ?? null);
	return { session, view: place.view, person, peopleHash: people.hash };
}

/** Whether `kept` was kept for this session's screen (it may be anything sessionStorage gave back). */
export function keptFor(kept: unknown, session: string | null): kept is Record<string, unknown> {
	return typeof kept === 'object' && kept !== null && (kept as Record<string, unknown>).session === session;
}

/**
 * Where to take the screen back to from what was kept for it. A view no longer offered goes back
 * to the first; a person no longer there, or among other people (or kept in an older shape), to
 * everyone. Null when nothing was kept for this session.
 */
export function restoreView(kept: unknown, session: string | null, people: PeopleShown): ViewPlace | null {
	if (!keptFor(kept, session)) return null;
	const view = GROUP_VIEWS.find((entry) => entry.id === kept.view)?.id ?? FIRST_PLACE.view;
	const index = typeof kept.person === 'string' && kept.peopleHash === people.hash ? people.labels.indexOf(kept.person) : -1;
	return { view, highlight: index < 0 ? null : index };
}
