/*
 * Which runs of words in a chain count as share codes (see code-extraction.ts for chains).
 *
 * A candidate is one word (the code typed without dashes), three or more words in
 * blocks of four with a last block of 1-4 (the grouped form, with dashes, spaces or commas),
 * or a run of one-symbol words (a code spelled out, as the share panel says it to screen
 * readers, or typed as it was read out), taken as a code that is typed without dashes.
 * Version 1 codes start with a digit 0-9 that fixes their length, and the checksum lets
 * only about 1 random string in 1024 through, so:
 *  - a candidate is found when it decodes and starts with a real digit (not O, I or L);
 *    written without dashes it must also keep to one letter case and not be all hex
 *    digits, which rules out ids and hashes in links. A dashed candidate starting with
 *    another letter is found only as a newer version's code with a sound checksum;
 *  - a candidate that fails is reported only when it looks like a code anyway: it starts
 *    with a real digit, has a letter, is not all hex, and has exactly the length its first
 *    digit asks for (within one for the dashed form, so a missing or extra symbol shows;
 *    or one short where a spelled-out run ends).
 *    A code cut short when copied is reported too, but only as Rebalance writes codes:
 *    capitals without I, L, O or U, at least three whole blocks, joined by bare dashes.
 *    Years, versions, dates and part numbers ("2024-beta-1", "8GB0-DDR4-3200-CL16") are not that.
 * English words never start with a digit, so prose, postcodes, phone numbers, dates and
 * hashes are not reported. A whole run in the shape Rebalance writes codes in, that is no
 * code at all, is reported too (code-lookalike.ts). Codes found win; a failed candidate may not overlap one.
 * Work is linear: every word starts at most eight candidates of at most 31 symbols.
 * A spelled-out run is read from each digit in it for exactly as many symbols as that digit
 * asks for, so single letters in prose ("I a") before or after a code do not hide it; the runs
 * are found once per chain (spelled-runs.ts) and each distinct spelled span is judged once.
 * A dashed run whose last block was split by a space or a line break is read joined (split-end.ts).
 */
import { ALL_HEX, codeShaped, joined, LOOKALIKE } from './code-lookalike';
import { decodeShareCode, shareCodeLength, type ShareCodeResult } from './share-code';
import { withSplitRest } from './split-end';
import { SpelledRuns } from './spelled-runs';

/** A run of ASCII letters and digits in pasted text. */
export interface ChainWord {
	text: string;
	start: number;
	end: number;
	/** The gap before this word holds a dash. */
	dashBefore: boolean;
	/** The gap before this word is only a few spaces, or one line break: where a message may split a code. */
	wrapBefore?: boolean;
}

/** A run of words chosen as a code, with its decode result. */
export interface CandidatePick {
	first: number;
	last: number;
	result: ShareCodeResult;
}

// As Rebalance writes codes: digits and capitals, never I, L, O or U.
const WRITTEN_AS_CODES = /^[0-9A-HJKMNP-TV-Z]+$/;
const MAX_SYMBOLS = 31;
const REPORTED: ReadonlySet<string> = new Set(['checksum', 'wrong-length', 'bad-character']);

const mixedCase = (symbols: string): boolean => /[a-z]/.test(symbols) && /[A-Z]/.test(symbols);

// A readable code outranks a newer version's code, which outranks a whole run in a code's shape
// (so that all of it is reported, not a part that reads as a code cut short), which outranks a
// failure worth reporting.
const RANKS = ['found', 'newer', 'lookalike', 'failed'] as const;
type Rank = (typeof RANKS)[number];

interface Span {
	first: number;
	last: number;
	/** Symbols in the span. */
	length: number;
	/** Every block after the first follows a dash. */
	dashed: boolean;
	/** One symbol a word, cut short only where the run of them ends. */
	spelled?: boolean;
}

/**
 * Whether a span too short for a code reads as one cut short: written as codes are, three or
 * more whole blocks joined by bare dashes, and the whole dashed run (not the start of a longer one).
 */
function cutShort(words: ChainWord[], first: number, last: number, symbols: string): boolean {
	const bareDashes = words.slice(first + 1, last + 1).every((_, i) => joined(words, first + 1 + i));
	return symbols.length >= 12 && bareDashes && !words[last + 1]?.dashBefore && WRITTEN_AS_CODES.test(symbols);
}

type Judged = { result: ShareCodeResult; rank: Rank } | null;

/** Whether a span counts as found, as a newer version's code, as a reportable failure, as a code's shape only, or not at all. */
function judge(words: ChainWord[], span: Span): Judged {
	return readAs(words, span) ?? (codeShaped(words, span.first, span.last) ? { result: LOOKALIKE, rank: 'lookalike' } : null);
}

/** Whether a span reads as a code, a newer version's code or a failure worth reporting. */
function readAs(words: ChainWord[], { first, last, length, dashed, spelled }: Span): Judged {
	const head = words[first]?.text.charAt(0) ?? '';
	const digitHead = /[0-9]/.test(head);
	if (/[OoIiLl]/.test(head) || !(digitHead || dashed)) return null;
	const symbols = words
		.slice(first, last + 1)
		.map((word) => word.text)
		.join('');
	const expected = digitHead ? shareCodeLength(Number(head) + 1) : length;
	const slack = dashed || spelled ? 1 : 0;
	if (length > expected + slack) return null;
	if (length < expected - slack && !cutShort(words, first, last, symbols)) return null;
	if (!dashed && (mixedCase(symbols) || ALL_HEX.test(symbols))) return null;
	const result = decodeShareCode(symbols);
	if (result.ok) return { result, rank: 'found' };
	if (result.error.kind === 'future-version') return { result, rank: 'newer' };
	const looksLikeCode =
		digitHead && REPORTED.has(result.error.kind) && /[A-Za-z]/.test(symbols) && !ALL_HEX.test(symbols);
	return looksLikeCode ? { result, rank: 'failed' } : null;
}

/** The longest candidate of each rank that starts at `first`; `after` is the next line's first word, if any. */
function candidatesAt(
	words: ChainWord[],
	first: number,
	spelledJudge: ReturnType<typeof spelledJudging>,
	after?: ChainWord
): Partial<Record<Rank, CandidatePick>> {
	const picks: Partial<Record<Rank, CandidatePick>> = {};
	let length = 0;
	let dashed = true;
	for (let last = first; last < words.length; last++) {
		const word = words[last];
		if (!word) break;
		length += word.text.length;
		if (last > first) dashed &&= word.dashBefore;
		if (length > MAX_SYMBOLS || (last > first && word.text.length > 4)) break;
		const span = { first, last, length, dashed: dashed && last > first };
		const judged = last === first || last - first >= 2 ? judge(words, span) : null;
		if (judged) picks[judged.rank] = { first, last, result: judged.result };
		if (word.text.length === 4) continue;
		const joined = picks.found || !span.dashed ? null : withSplitRest(words, first, last, after);
		const whole = joined && readAs(joined, { first: 0, last: joined.length - 1, length: length + (joined.at(-1)?.text.length ?? 0), dashed: true });
		if (whole?.rank === 'found') picks.found = { first, last: last + 1, result: whole.result };
		break;
	}
	const spelled = spelledJudge(first);
	if (spelled?.judged) picks[spelled.judged.rank] = { first, last: spelled.last, result: spelled.judged.result };
	return picks;
}

/** The spelled-out runs of a chain, worked out only once a one-symbol word is asked about. */
function spelledJudging(words: ChainWord[]): (first: number) => { last: number; judged: Judged } | null {
	let runs: SpelledRuns<Judged> | undefined;
	return (first) => {
		if (words[first]?.text.length !== 1) return null;
		runs ??= new SpelledRuns(words, ({ first, last }) => judge(words, { first, last, length: last - first + 1, dashed: false, spelled: true }));
		const found = runs.judged(first);
		return found && { last: found.span.last, judged: found.verdict };
	};
}

/**
 * The codes, newer versions' codes and reportable failures in one chain, in text order, never overlapping.
 * A code may end on `after`, the next line's first word (at index `words.length`), where a message split it.
 */
export function picksInChain(words: ChainWord[], after?: ChainWord): CandidatePick[] {
	const candidates: Record<Rank, CandidatePick[]> = { found: [], newer: [], lookalike: [], failed: [] };
	const spelledJudge = spelledJudging(words);
	words.forEach((word, first) => {
		if (!/[0-9]/.test(word.text.charAt(0)) && !words[first + 1]?.dashBefore) return;
		const best = candidatesAt(words, first, spelledJudge, after);
		for (const rank of RANKS) if (best[rank]) candidates[rank].push(best[rank]);
	});
	if (RANKS.every((rank) => !candidates[rank].length)) return [];
	const claimed = new Uint8Array(words.length + 1);
	const free = (pick: CandidatePick): boolean => claimed.subarray(pick.first, pick.last + 1).every((taken) => !taken);
	const picks = RANKS.flatMap((rank) =>
		candidates[rank].filter((pick) => {
			if (!free(pick)) return false;
			claimed.fill(1, pick.first, pick.last + 1);
			return true;
		})
	);
	return picks.sort((a, b) => a.first - b.first);
}
