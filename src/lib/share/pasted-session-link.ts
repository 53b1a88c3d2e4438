/*
 * A session link (https://host/join#1z...) found in pasted text, so that a facilitator on a
 * device without the session can paste the link they sent, with or without codes, into the
 * group screen. Only an address with /join# counts: a bare fragment could be anything.
 */

// The address up to /join#, then the fragment: base64url after a version marker (see
// session-frame.ts). Punctuation a chat adds after a link, such as ")" or ".", is left out.
const SESSION_LINK = /[^\s([<"']*\/join\/?#([0-9]{1,3}[a-z][A-Za-z0-9_-]*)/g;

/** A pasted session link's fragment, and the text left once every session link is taken out. */
export interface PastedSessionLink {
	fragment: string;
	rest: string;
}

/** The last session link in `text` (in a chat, the newest), or null when there is none. */
export function findSessionLink(text: string): PastedSessionLink | null {
	const links = [...text.matchAll(SESSION_LINK)];
	const fragment = links.at(-1)?.[1];
	if (fragment === undefined) return null;
	return { fragment, rest: text.replace(SESSION_LINK, ' ') };
}
