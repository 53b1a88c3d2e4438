// Test support: standard share codes made directly, for groups that need no reflection walked through.
import { fingerprintNumber } from '../../src/lib/share/session-fingerprint';
import { encodeShareCode } from '../../src/lib/share/share-code';

/** A standard code with its own perceived and actual for each source. */
export const codeOf = (scores: [number, number][]) =>
	encodeShareCode(
		fingerprintNumber(null),
		scores.map(([perceived, actual]) => ({ perceived, actual }))
	);

/** A standard code with the same perceived and actual for every source. */
export const madeCode = (perceived: number, actual: number) => codeOf(Array.from({ length: 6 }, (): [number, number] => [perceived, actual]));

/**
 * Three people: one at 0 throughout, whose outlines are only the centre point, and two whose
 * answers make the group's middle perceived and actual the same (50) on the 1st, 3rd and 5th
 * sources, and 50 against 80 on the others.
 */
export const ZERO_GROUP = [
	codeOf(Array.from({ length: 6 }, () => [0, 0])),
	codeOf(Array.from({ length: 6 }, (_, source) => (source % 2 === 0 ? [50, 50] : [50, 80]))),
	codeOf(Array.from({ length: 6 }, () => [80, 80]))
];
