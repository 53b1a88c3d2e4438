import { FIRST_PLACE, keepView, keptFor, restoreView, type KeptView, type PeopleShown, type ViewPlace } from '$lib/group/kept-view';
import type { GroupViewId } from '$lib/group/group-views';

/**
 * The group screen's chosen view and presenter's chosen person, kept with each page in the
 * browser's history (a SvelteKit snapshot), so a reload or Back/Forward comes back to them.
 * Each session has its own: one shown in place of another starts from what it had, or afresh.
 */
export class ViewChoice {
	/** The view shown, on the page and in presenter mode. */
	view = $state<GroupViewId>(FIRST_PLACE.view);
	/** The person picked in presenter mode, by place in the shuffled order, or null for everyone. */
	highlight = $state<number | null>(FIRST_PLACE.highlight);

	#session: string | null | undefined = undefined;
	#people: PeopleShown = { labels: [], hash: '' };
	// What each session shown in this tab had last. A link can turn the screen to another session
	// before the address changes, and the page being left must still keep its own session's choice.
	readonly #kept = new Map<string | null, unknown>();

	/** Follows the screen to the session it shows, and to the people in it (their letters, in order, and who they are). */
	show(session: string | null, people: PeopleShown): void {
		if (session === this.#session) {
			// With someone added, taken out or swapped for another, the same letter may be someone else.
			if (people.hash !== this.#people.hash) this.highlight = null;
			this.#people = people;
			return;
		}
		if (this.#session !== undefined) this.#kept.set(this.#session, this.#current());
		this.#session = session;
		this.#people = people;
		this.#go(restoreView(this.#kept.get(session), session, people) ?? FIRST_PLACE);
	}

	/** What to keep with a page in the history that shows `session`. */
	capture(session: string | null): unknown {
		return session === this.#session ? this.#current() : (this.#kept.get(session) ?? null);
	}

	/** Takes back what a page in the history kept, if it was kept for `session`, the one it shows. */
	restore(kept: unknown, session: string | null): void {
		if (!keptFor(kept, session)) return;
		this.#kept.set(session, kept);
		if (session === this.#session) this.#go(restoreView(kept, session, this.#people) ?? FIRST_PLACE);
	}

	#current(): KeptView {
		return keepView(this.#session ?? null, { view: this.view, highlight: this.highlight }, this.#people);
	}

	#go(place: ViewPlace): void {
		this.view = place.view;
		this.highlight = place.highlight;
	}
}
