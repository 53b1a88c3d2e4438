/** The facilitator's link after a save, and what it means for the link and codes sent before. */
import type { SessionSettings } from '$lib/share/session-settings';
import { sameSources } from '$lib/share/session-versions';

/** The link for the session in the editor, as it was last saved. */
export interface SessionLink {
	/** The saved session's id, for the group screen. */
	id: string;
	url: string;
	/** The checked settings the link carries. */
	settings: SessionSettings;
	/** True when saving gave a saved session a different link from the one it had. */
	replaced: boolean;
	/** True when codes made from the link this one replaced still count (the sources are the same). */
	keepsCodes: boolean;
}

/** Settings as one comparable string: the same settings always make the same link. */
export const carried = (settings: SessionSettings): string => JSON.stringify(settings);

/** What a save changed, from what was saved and shown before it. */
export interface BeforeSave {
	/** True when the session had been saved before this save. */
	wasSaved: boolean;
	/** The settings of the link shown before the save, if any. */
	shown: SessionSettings | null;
	/** The saved session's settings before the save, if any. */
	saved: SessionSettings | null;
}

/** The link a save made: whether it replaced the one shown, and whether that one's codes still count. */
export function savedLink(id: string, url: string, settings: SessionSettings, before: BeforeSave): SessionLink {
	const replaced = before.wasSaved && before.shown !== null && carried(before.shown) !== carried(settings);
	const keepsCodes = before.saved !== null && sameSources(before.saved, settings);
	return { id, url, settings, replaced, keepsCodes };
}
