import { FIRST_PLACE, keepView, keptFor, restoreView, type KeptView, type ViewPlace } from '$lib/group/kept-view';
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
	#labels: readonly string[] = [];
	// What each session shown in this tab had last. A link can turn the screen to another session
	// before the address changes, and the page being left must still keep its own session's choice.
	readonly #kept = new Map<string | null, unknown>();

	/** Follows the screen to the session it shows, and to the people in it (their letters, in order). */
	show(session: string | null, labels: readonly string[]): void {
		if (session === this.#session) {
			// With someone added or taken out, the same letter may be someone else.
			if (labels.length !== this.#labels.length) this.highlight = null;
			this.#labels = labels;
			return;
		}
		if (this.#session !== undefined) this.#kept.set(this.#session, this.#current());
		this.#session = session;
		this.#labels = labels;
		this.#go(restoreView(this.#kept.get(session), session, labels) ?? FIRST_PLACE);
	}

	/** What to keep with a page in the history that shows `session`. */
	capture(session: string | null): unknown {
		return session === this.#session ? this.#current() : (this.#kept.get(session) ?? null);
	}

	/** Takes back what a page in the history kept, if it was kept for `session`, the one it shows. */
	restore(kept: unknown, session: string | null): void {
		if (!keptFor(kept, session)) return;
		this.#kept.set(session, kept);
		if (session === this.#session) this.#go(restoreView(kept, session, this.#labels) ?? FIRST_PLACE);
	}

	#current(): KeptView {
		return keepView(this.#session ?? null, { view: this.view, highlight: this.highlight }, this.#labels);
	}

	#go(place: ViewPlace): void {
		this.view = place.view;
		this.highlight = place.highlight;
	}
}
