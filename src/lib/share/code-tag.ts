import { symbolOf } from './base32';

/** How many symbols a tag has. */
const TAG_LENGTH = 5;

/** Five random symbols from the share code alphabet, from the platform's secure random numbers. */
function randomTag(): string {
	const values = crypto.getRandomValues(new Uint8Array(TAG_LENGTH));
	return Array.from(values, (value) => symbolOf(value & 31)).join('');
}

/**
 * Short names for share codes on a shared screen, e.g. "K7QMX": one per code, the same for as
 * long as the page is open, and random. Nothing worked out from a code can be shown, because a
 * code is worked out from its scores: its start carries the first scores, and anyone could hash
 * every possible code of a small session to find which one has a given hash.
 */
export class CodeTags {
	readonly #tags = new Map<string, string>();
	readonly #taken = new Set<string>();

	constructor(private readonly random: () => string = randomTag) {}

	/** The code's tag, made the first time it is asked for; no two codes get the same one. */
	of(code: string): string {
		const known = this.#tags.get(code);
		if (known !== undefined) return known;
		let tag = this.random();
		while (this.#taken.has(tag)) tag = this.random();
		this.#tags.set(code, tag);
		this.#taken.add(tag);
		return tag;
	}
}
