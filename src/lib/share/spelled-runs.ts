/*
 * Runs of one-symbol words in a chain: a share code spelled out ("7 1 6 G, Z K D B"), as the share
 * panel says it to screen readers, or typed as it was read out. Worked out once per chain, so that
 * reading a spelled code from each digit costs the same however long the run is.
 */
import { shareCodeLength } from './share-code';

/** A spelled-out span of words that may be a code: its word indexes and its symbols. */
export interface SpelledSpan {
	first: number;
	last: number;
	symbols: string;
}

/** The runs of one-symbol words in one chain of words, with each distinct span's verdict worked out once. */
export class SpelledRuns<Verdict> {
	// The symbol of each one-symbol word, and a space for any longer word, so a slice is a span's symbols.
	readonly #letters: string;
	// For each word, the index of the last one-symbol word in the run it starts, or -1 when it is longer.
	readonly #runEnds: Int32Array;
	// A span's verdict depends only on its symbols, so a long run of the same few is not judged again and again.
	readonly #verdicts = new Map<string, Verdict>();
	readonly #judge: (span: SpelledSpan) => Verdict;

	constructor(words: readonly { text: string }[], judge: (span: SpelledSpan) => Verdict) {
		this.#judge = judge;
		this.#letters = words.map((word) => (word.text.length === 1 ? word.text : ' ')).join('');
		this.#runEnds = new Int32Array(words.length).fill(-1);
		for (let index = words.length - 1; index >= 0; index--) {
			if (words[index]!.text.length !== 1) continue;
			const next = this.#runEnds[index + 1] ?? -1;
			this.#runEnds[index] = next >= 0 ? next : index;
		}
	}

	/**
	 * From a one-digit word, the run of one-symbol words as long as that digit asks for, or one
	 * shorter where the run ends; null when the run is shorter still or the word is not a digit.
	 */
	from(first: number): SpelledSpan | null {
		const head = this.#letters.charAt(first);
		if (head < '0' || head > '9') return null;
		const expected = shareCodeLength(Number(head) + 1);
		const last = Math.min(this.#runEnds[first]!, first + expected - 1);
		if (last - first + 1 < expected - 1) return null;
		return { first, last, symbols: this.#letters.slice(first, last + 1) };
	}

	/** The spelled span from a word (see `from`) with its verdict, or null when there is none. */
	judged(first: number): { span: SpelledSpan; verdict: Verdict } | null {
		const span = this.from(first);
		if (!span) return null;
		if (!this.#verdicts.has(span.symbols)) this.#verdicts.set(span.symbols, this.#judge(span));
		return { span, verdict: this.#verdicts.get(span.symbols)! };
	}
}
