import { copyTitle, draftFromSettings, draftToSettings, emptyDraft, type SessionDraft } from '$lib/share/session-draft';
import { encodeSession, sessionLinkUrl } from '$lib/share/session-link';
import type { SessionSettings } from '$lib/share/session-settings';
import { validateSession } from '$lib/share/session-validate';
import { sameSources } from '$lib/share/session-versions';
import type { SessionRecord } from '$lib/storage/schema';
import { saveSession } from '$lib/storage/sessions';
import { carried, savedLink, type SessionLink } from './saved-link';
import { SessionDraftForm } from './session-draft-form.svelte';

/** The link for the session in the editor, as it was last saved. */
export type { SessionLink } from './saved-link';

/** What the editor was opened on: nothing (an empty form), a saved session, or a copy of one. */
export type EditorStart = { kind: 'new' } | { kind: 'open' } | { kind: 'copy'; of: string };

const SAVE_FAILED =
	'This browser would not let Rebalance save the session. Check that storage is allowed for this site, then try again.';

/** The facilitator's form: opening a saved session into it, and saving it as a link. */
export class SessionEditor extends SessionDraftForm {
	/** What the editor was opened on; null while it is closed. */
	start = $state<EditorStart | null>(null);
	/** The saved session being changed; null while the session is new (or a copy) and unsaved. */
	savedId = $state<string | null>(null);
	link = $state<SessionLink | null>(null);
	saving = $state(false);
	saveProblem = $state<string | null>(null);

	/** True when the form has changed since its link was made, so the link is out of date. */
	readonly stale = $derived.by(() => {
		if (!this.link) return false;
		const checked = validateSession(this.settings);
		return !checked.ok || carried(checked.settings) !== carried(this.link.settings);
	});

	/** The form as it was last opened or saved, to tell when there is unsaved work. */
	private baseline = $state('');
	/** The saved session's settings as they are in storage; null while it is new. */
	private savedSettings = $state<SessionSettings | null>(null);
	private opening = 0;

	/** The title as saved, while the form is tied to a saved session; null while it is new. */
	readonly savedTitle = $derived(this.savedSettings?.title ?? null);
	/** True when the form has changes that have not been saved. */
	readonly dirty = $derived(this.start !== null && carried(this.settings) !== this.baseline);
	/** True when the form still asks about the saved session's sources, so its codes will keep counting. */
	readonly sameSources = $derived(this.savedSettings !== null && sameSources(this.savedSettings, this.settings));

	/** Opens an empty form for a new session. */
	startNew(): void {
		this.reset(emptyDraft(), null, { kind: 'new' });
	}

	/** Opens a saved session to change it, with the link it already has. */
	async open(record: SessionRecord, siteOrigin: string): Promise<void> {
		this.reset(draftFromSettings(record.settings), record.id, { kind: 'open' });
		this.savedSettings = record.settings;
		const ticket = this.opening;
		// The same settings make the same link in this build, so the one already sent is shown again; a link
		// sent before version 2 links shows in its shorter form, which opens to the same settings and codes.
		const payload = await encodeSession(record.settings).catch(() => null);
		if (payload === null || ticket !== this.opening) return;
		const url = sessionLinkUrl(siteOrigin, payload);
		this.link = { id: record.id, url, settings: record.settings, replaced: false, keepsCodes: false };
	}

	/** Opens a copy of a saved session as a new, unsaved one titled "… (copy)". */
	duplicate(record: SessionRecord): void {
		const draft = draftFromSettings(record.settings);
		this.reset({ ...draft, title: copyTitle(draft.title) }, null, { kind: 'copy', of: record.settings.title });
	}

	/** After a saved session is deleted: what is in the form stays, as a new unsaved session. */
	forget(id: string): void {
		if (this.savedId !== id) return;
		this.savedId = null;
		this.savedSettings = null;
		this.link = null;
		this.start = { kind: 'new' };
	}

	/** Saves the form as a new session; the saved one it was opened on keeps its link and codes. */
	async saveAsNew(siteOrigin: string): Promise<boolean> {
		const of = this.savedSettings?.title ?? this.settings.title;
		const ticket = this.opening;
		const saved = await this.save(siteOrigin, true);
		if (saved && ticket === this.opening) this.start = { kind: 'copy', of };
		return saved;
	}

	/**
	 * Checks the form and, if it is sound, saves it and makes its link; true when that worked.
	 * `asNew` saves it as a new session, whatever saved one it was opened on.
	 */
	async save(siteOrigin: string, asNew = false): Promise<boolean> {
		const checked = validateSession(this.settings);
		if (!this.check() || !checked.ok) return false;
		this.saving = true;
		this.saveProblem = null;
		// What is being saved, as it is now: typing on, or opening another session, while this
		// save runs must not be taken for saved, nor tie that other session to this one's record.
		const ticket = this.opening;
		const asSaved = carried(this.settings);
		const savedId = asNew ? null : this.savedId;
		const previous = asNew ? null : this.savedSettings;
		const shown = asNew ? null : (this.link?.settings ?? null);
		try {
			const payload = await encodeSession(checked.settings);
			const record = await saveSession(checked.settings, savedId ?? undefined);
			if (ticket !== this.opening) return false;
			const before = { wasSaved: savedId !== null, shown, saved: previous };
			this.savedId = record.id;
			this.baseline = asSaved;
			this.savedSettings = checked.settings;
			this.link = savedLink(record.id, sessionLinkUrl(siteOrigin, payload), checked.settings, before);
			return true;
		} catch {
			this.saveProblem = SAVE_FAILED;
			return false;
		} finally {
			this.saving = false;
		}
	}

	private reset(draft: SessionDraft, savedId: string | null, start: EditorStart): void {
		this.opening += 1;
		this.draft = draft;
		this.baseline = carried(draftToSettings(draft));
		this.savedId = savedId;
		this.savedSettings = null;
		this.start = start;
		this.problems = [];
		// A source removed from the form as it was before can't be put back into another.
		this.removed = null;
		this.link = null;
		this.saveProblem = null;
	}
}
