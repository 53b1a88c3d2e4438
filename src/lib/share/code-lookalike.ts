/*
 * Runs that look like an attempt at a share code but are not one, such as
 * "ABCD-EFGH-JKMN-PQRS-TUVW": reported, so a facilitator is not left thinking that person's
 * code was added (code-candidates.ts finds them, after every reading as a code has failed).
 *
 * The shape is the one Rebalance writes codes in, which ordinary text does not have: five or
 * more blocks of four symbols (the last one 1-4) joined by bare dashes, and the whole dashed
 * run, not part of a longer one. Four blocks are not enough: part numbers ("8GB0-DDR4-3200-CL16")
 * and card numbers have four; a code with a real first digit and four blocks is already checked.
 * The symbols have a letter, in one case; without a digit they are capitals, so a link's slug of
 * four-letter words ("plan-each-week-with-kids") is not one; all hex digits are an id or a hash.
 */
import type { ChainWord } from './code-candidates';
import { shareCodeFailure, type ShareCodeResult } from './share-code-result';

const MIN_BLOCKS = 5;
/** Symbols that are all hex digits: an id or a hash, never a share code. */
export const ALL_HEX = /^[0-9A-Fa-f]+$/;

/** Why a run shaped like a share code is not one: it may be someone's code, badly copied. */
export const LOOKALIKE_MESSAGE = 'This looks like a share code but is not one. Ask them to send their code again.';

/** What reading a run shaped like a share code, that is not one, gives. */
export const LOOKALIKE: ShareCodeResult = shareCodeFailure('invalid', LOOKALIKE_MESSAGE);

/** Whether a result is that of a run shaped like a share code that is not one. */
export const isLookalike = (result: ShareCodeResult): boolean => !result.ok && result.error.message === LOOKALIKE_MESSAGE;

/** Whether the word at `index` follows the one before it after a single dash, with no space. */
export function joined(words: readonly ChainWord[], index: number): boolean {
	const [before, word] = [words[index - 1], words[index]];
	return before !== undefined && word !== undefined && word.dashBefore && word.start === before.end + 1;
}

/** Whether words `first` to `last` of a chain are a whole run in the shape of a share code (see above). */
export function codeShaped(words: readonly ChainWord[], first: number, last: number): boolean {
	if (last - first + 1 < MIN_BLOCKS || joined(words, first) || joined(words, last + 1)) return false;
	for (let index = first; index <= last; index++) {
		const size = words[index]?.text.length ?? 0;
		if ((index < last ? size !== 4 : size > 4) || (index > first && !joined(words, index))) return false;
	}
	const symbols = words
		.slice(first, last + 1)
		.map((word) => word.text)
		.join('');
	const upper = /[A-Z]/.test(symbols);
	return /[a-z]/.test(symbols) !== upper && (upper || /[0-9]/.test(symbols)) && !ALL_HEX.test(symbols);
}
