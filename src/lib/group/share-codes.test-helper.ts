import { BASE32_ALPHABET } from '$lib/share/base32';
import { encodeShareCode } from '$lib/share/share-code';
import { checkSymbols } from '$lib/share/share-code-checksum';
import { fingerprintNumber } from '$lib/share/session-fingerprint';

type Score = { perceived: number | null; actual: number | null };

/** Six sources all with the same two readings. */
export const six = (perceived: number | null, actual: number | null): Score[] =>
	Array.from({ length: 6 }, () => ({ perceived, actual }));

/** A share code for the standard six sources. */
export const standardCode = (scores: Score[]): string => encodeShareCode(fingerprintNumber(null), scores);

/** The code with one data symbol changed, which its checksum catches. */
export function mistyped(code: string): string {
	const at = 2;
	const next = BASE32_ALPHABET[(BASE32_ALPHABET.indexOf(code[at]!) + 1) % 32]!;
	return code.slice(0, at) + next + code.slice(at + 1);
}

/** A code with a sound checksum whose header (A, where this build writes 0) says a newer Rebalance made it. */
export const newerCode = (): string => [10, 1, 2, 3, 4, 5, 6, ...checkSymbols([10, 1, 2, 3, 4, 5, 6])].map((value) => BASE32_ALPHABET[value]).join('');
