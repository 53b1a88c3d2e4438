/** Crockford's base32 alphabet: digits and capitals without I, L, O and U. */
export const BASE32_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

// Value by character code for ASCII letters and digits in either case; -1 for the rest.
// Only ASCII is listed, so no letter from another script can turn into a symbol.
const VALUES = new Int8Array(128).fill(-1);
const define = (symbol: string, value: number): void => {
	VALUES[symbol.charCodeAt(0)] = value;
	VALUES[symbol.toLowerCase().charCodeAt(0)] = value;
};
[...BASE32_ALPHABET].forEach(define);
// Crockford's look-alikes count as the symbols people take them for.
define('O', 0);
define('I', 1);
define('L', 1);

// Spaces of every kind, the hyphen and the dashes that word processors and phones swap in.
const SEPARATORS = /[\s\u2010-\u2015\u2212-]+/g;

/** The 0-31 value of one typed character (either case, O as 0, I or L as 1), or undefined if it is not a symbol. */
export function symbolValue(character: string): number | undefined {
	const value = character.length === 1 ? (VALUES[character.charCodeAt(0)] ?? -1) : -1;
	return value < 0 ? undefined : value;
}

/**
 * A code as typed, reduced to its symbols: separators and spaces removed, upper case,
 * O read as 0 and I or L as 1. Other characters are kept, so a decoder can name them.
 */
export function normaliseShareCode(text: string): string {
	const kept = text.replace(SEPARATORS, '');
	let symbols = '';
	for (let index = 0; index < kept.length; index++) {
		const character = kept.charAt(index);
		const value = symbolValue(character);
		// u is the one ASCII letter outside the alphabet; show it as a capital like the rest.
		symbols += value === undefined ? character.replace('u', 'U') : BASE32_ALPHABET.charAt(value);
	}
	return symbols;
}

/** The symbol for a 0-31 value. */
export function symbolOf(value: number): string {
	return BASE32_ALPHABET.charAt(value);
}

/** Symbols split into blocks of four joined by '-', the way a code is shown and read aloud. */
export function formatShareCode(symbols: string): string {
	return symbols.match(/.{1,4}/gs)?.join('-') ?? '';
}
