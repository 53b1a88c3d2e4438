import { draftToSettings, emptyDraft, type SessionDraft } from '$lib/share/session-draft';
import { draftProblems, type DraftProblem, type DraftProblemKey } from '$lib/share/session-draft-problems';
import { SESSION_LIMITS, type CustomSourceSpec } from '$lib/share/session-settings';
import { validateSession } from '$lib/share/session-validate';

/** The facilitator's form as typed: the draft, the settings it describes, and its problems. */
export class SessionDraftForm {
	draft = $state<SessionDraft>(emptyDraft());
	/** Problems found the last time "Create link" was pressed. */
	problems = $state<DraftProblem[]>([]);

	/** The settings the form describes now, unchecked: what the preview shows. */
	readonly settings = $derived(draftToSettings(this.draft));
	readonly canAddCustom = $derived(this.draft.custom.length < SESSION_LIMITS.maxCustom);

	/** The message for one input, if the last try to save found a problem there. */
	problem(key: DraftProblemKey): string | undefined {
		return this.problems.find((problem) => problem.key === key)?.message;
	}

	/** The source of the facilitator's own removed last, as typed, and where it was; null once the list changes again. */
	removed = $state<{ source: CustomSourceSpec; index: number } | null>(null);

	/** Adds a source of the facilitator's own (blank, or a suggestion); false when there are already four. */
	addCustom(spec: CustomSourceSpec = { name: '', description: '' }): boolean {
		if (!this.canAddCustom) return false;
		this.draft.custom.push({ ...spec });
		this.removed = null;
		return true;
	}

	/** Removes one of the facilitator's own sources; it can be put back with {@link undoRemove}. */
	removeCustom(index: number): void {
		const [source] = this.draft.custom.splice(index, 1);
		this.removed = source ? { source: { ...source }, index } : null;
		this.forgetRowProblems();
	}

	/** Puts back the source removed last, where it was; its index, or null when there is none to put back. */
	undoRemove(): number | null {
		const removed = this.removed;
		if (!removed) return null;
		this.draft.custom.splice(removed.index, 0, removed.source);
		this.removed = null;
		this.forgetRowProblems();
		return removed.index;
	}

	/** Forgets problems that point at rows by position, which a row removed or put back moves; the next save finds them again. */
	private forgetRowProblems(): void {
		this.problems = this.problems.filter((problem) => !problem.key.startsWith('custom-'));
	}

	/** Checks the form, keeping its problems to show; true when it can be saved. */
	check(): boolean {
		this.problems = draftProblems(this.draft);
		return this.problems.length === 0 && validateSession(this.settings).ok;
	}
}
