/*
 * Finding share codes in any pasted text: a chat log, an email, a list of links.
 *
 * The text is first made plain: full-width letters and digits (typed with a Chinese or
 * Japanese keyboard) become ASCII, and invisible characters that web pages and chat apps slip
 * in (zero-width spaces, soft hyphens) go. It is then cut into words of ASCII letters and digits. Neighbouring words form a chain
 * when the gap between them is a few spaces, maybe around one dash or after one comma (a code
 * read out in groups), never a line break;
 * anything else (":", "=", "#", "/", a line break, an emoji) ends the chain, so a code is
 * found on its own, after "code=" in a link, or after a name in a chat line. Each chain
 * is searched for candidates (see code-candidates.ts for which count), and may end on the next
 * line's first word, where a message split a code's last block (split-end.ts). Found codes are
 * listed once each, by canonical form, with a count of repeats.
 */
import { formatShareCode, normaliseShareCode } from './base32';
import { picksInChain, type ChainWord } from './code-candidates';
import type { ShareCodeResult } from './share-code';

/** Only this much of a pasted text is searched. */
const MAX_PASTE_LENGTH = 1_000_000;
/** At most this many candidates (duplicates included) are read from one paste. */
export const MAX_CANDIDATES = 2000;

/** A text file of codes bigger than this is not read: a chat log with codes is far smaller. */
const MAX_CODE_FILE_BYTES = 1_000_000;

/** Why a text file of codes with this many bytes will not be read (checked before reading it), or null. */
export function codeFileProblem(bytes: number): string | null {
	if (bytes === 0) return 'That file is empty. Choose the file with the codes in it, or paste them above.';
	if (bytes <= MAX_CODE_FILE_BYTES) return null;
	const size = (bytes / 1_000_000).toFixed(1);
	return `That file is too big to read (${size} MB). Choose a text file under 1 MB, or copy the part with the codes and paste it above.`;
}

/** A code found in pasted text: readable, or with the reason it is not. */
export interface FoundCode {
	/** The canonical grouped code, or the symbols as read, grouped, when it failed. */
	code: string;
	/** The text as it appeared in the paste, once made plain (see above). */
	raw: string;
	/** Where it first appeared in the paste, once made plain (see above). */
	index: number;
	/** How many more times the same code appeared, its share links apart from the code as written (see below). */
	duplicates: number;
	result: ShareCodeResult;
}

const WORD = /[0-9A-Za-z]+/g;
// A few spaces (including the no-break spaces of chat exports), with at most one dash or comma.
const SEPARATOR = /^[ \t\u00a0\u2009\u202f]{0,3}(?:[-\u2010-\u2015\u2212,][ \t\u00a0\u2009\u202f]{0,3})?$/;
const DASH = /[-\u2010-\u2015\u2212]/;
// Where a message may split a code: a few spaces, or one line break.
const WRAP = /^(?:[ \t\u00a0\u2009\u202f]{1,3}|[ \t\u00a0\u2009\u202f]{0,3}\r?\n[ \t\u00a0\u2009\u202f]{0,3})$/;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Every share code in a pasted text, in order of first appearance, each listed once. */
export function findShareCodes(pasted: string): FoundCode[] {
	const text = pasted.slice(0, MAX_PASTE_LENGTH).normalize('NFKC').replace(INVISIBLE, '');
	const found = new Map<string, FoundCode>();
	// Each code's appearances as written and in share links (#code=…), counted apart: the share button sends
	// both in one message, so a code is repeated only when one kind appears more than once.
	const appearances = new Map<string, { written: number; linked: number }>();
	let taken = 0;
	// Reads one chain; true when a code in it took `after`, the next line's first word.
	const collect = (chain: ChainWord[], after?: ChainWord): boolean => {
		const words = after ? [...chain, after] : chain;
		let tookAfter = false;
		for (const { first, last, result } of picksInChain(chain, after)) {
			if (taken >= MAX_CANDIDATES) break;
			taken++;
			tookAfter ||= last === chain.length;
			const start = words[first]?.start ?? 0;
			const raw = text.slice(start, words[last]?.end ?? start);
			// From the words, not the raw text, which may hold commas.
			const symbols = words.slice(first, last + 1).map((word) => word.text);
			const code = result.ok ? result.code : formatShareCode(normaliseShareCode(symbols.join('')));
			const seen = appearances.get(code) ?? { written: 0, linked: 0 };
			if (/code=$/i.test(text.slice(Math.max(0, start - 5), start))) seen.linked++;
			else seen.written++;
			appearances.set(code, seen);
			const duplicates = Math.max(seen.written, seen.linked) - 1;
			const earlier = found.get(code);
			if (earlier) earlier.duplicates = duplicates;
			else found.set(code, { code, raw, index: start, duplicates, result });
		}
		return tookAfter;
	};
	let chain: ChainWord[] = [];
	for (const match of text.matchAll(WORD)) {
		if (taken >= MAX_CANDIDATES) break;
		const start = match.index;
		const previous = chain.at(-1);
		const gap = previous ? text.slice(previous.end, start) : '';
		const word = { text: match[0], start, end: start + match[0].length, dashBefore: DASH.test(gap), wrapBefore: WRAP.test(gap) };
		if (previous && !(gap.length <= 7 && SEPARATOR.test(gap))) {
			const tookWord = collect(chain, word.wrapBefore ? word : undefined);
			chain = [];
			if (tookWord) continue;
		}
		chain.push(word);
	}
	collect(chain);
	return [...found.values()];
}
