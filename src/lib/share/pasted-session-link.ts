/*
 * A session link (https://host/join#1z...) found in pasted text, so that a facilitator on a
 * device without the session can paste the link they sent, with or without codes, into the
 * group screen. Only an address with /join# counts: a bare fragment could be anything.
 */
import { MARKER, unwrapFragment } from './unwrap-fragment';

// The address up to /join#; its fragment follows (see session-frame.ts), perhaps wrapped over lines.
// Punctuation a chat adds after a link, such as ")" or ".", is left out.
const ADDRESS = /[^\s([<"']*\/join\/?#/g;

/** A pasted session link's fragment, and the text left once every session link is taken out. */
export interface PastedSessionLink {
	fragment: string;
	rest: string;
}

/** The last session link in `text` (in a chat, the newest), or null when there is none. */
export function findSessionLink(text: string): PastedSessionLink | null {
	let found: string | null = null;
	let rest = '';
	let from = 0;
	for (const address of text.matchAll(ADDRESS)) {
		const start = address.index + address[0].length;
		const { fragment, end } = unwrapFragment(text.slice(start));
		if (address.index < from || !MARKER.test(fragment)) continue;
		rest += `${text.slice(from, address.index)} `;
		from = start + end;
		found = fragment;
	}
	return found === null ? null : { fragment: found, rest: rest + text.slice(from) };
}
