/*
 * A share code whose last block a message split, as where it wraps the code: "…-EF12-3 Q", or
 * "…-EF12-3" at a line's end with "Q" at the next line's start. Read alone, it is a code too
 * short, so code-candidates.ts reads it again with the rest of its last block joined on, and
 * keeps that only when the whole then reads as a code: the right length, with a sound checksum.
 * Only a run in the written form (three or more blocks joined by dashes) is joined, and only
 * to a word after a space or one line break that its last block has room for; a code that reads
 * as it is never takes a word after it, so a code before a short word is left as it is.
 */
import type { ChainWord } from './code-candidates';

/** The largest block a code is written in. */
const BLOCK = 4;

/**
 * Words `first` to `last` of a chain (a dashed run ending on a short block) with the word that may be
 * the rest of that block joined on, or null when there is none: the next word in the chain, or
 * `after`, the next line's first word, where the chain ended at a line break.
 */
export function withSplitRest(words: readonly ChainWord[], first: number, last: number, after?: ChainWord): ChainWord[] | null {
	const end = words[last];
	const rest = last + 1 < words.length ? words[last + 1] : after;
	if (!end || !rest?.wrapBefore || last - first < 2 || end.text.length + rest.text.length > BLOCK) return null;
	return [...words.slice(first, last + 1), rest];
}
