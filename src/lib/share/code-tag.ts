import { normaliseShareCode, symbolOf } from './base32';

/** How many symbols a tag has: 25 bits, so two codes in a group of 200 share one about once in 1,700 groups. */
const TAG_LENGTH = 5;

/** FNV-1a over the symbols, then MurmurHash3's finaliser, so every symbol of the code stirs every bit of the tag. */
function hashSymbols(symbols: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < symbols.length; index++) hash = Math.imul(hash ^ symbols.charCodeAt(index), 0x01000193);
	hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
	hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
	return (hash ^ (hash >>> 16)) >>> 0;
}

/**
 * A share code's tag, e.g. "K7QMX": how the group screen lists a code, and how a person finds
 * theirs there. Made from the whole code, however it was typed, so it tells nothing about the
 * answers the code carries, as the start of a code would (its first symbols hold the first scores).
 */
export function codeTag(code: string): string {
	const hash = hashSymbols(normaliseShareCode(code));
	let tag = '';
	for (let index = 0; index < TAG_LENGTH; index++) tag += symbolOf((hash >>> (5 * index)) & 31);
	return tag;
}
