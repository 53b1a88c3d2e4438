/*
 * The share code's two check symbols (a shortened Reed-Solomon code over GF(32)).
 *
 * Each base32 symbol, 0-31, is read as an element of the field GF(32): polynomials over
 * GF(2) modulo x^5 + x^2 + 1, added with XOR. That polynomial is primitive, so a = x
 * (the value 2) has order 31: a^0 ... a^30 are 31 different non-zero elements.
 *
 * A code c_0 ... c_{n-1} with n <= 31 (header and data first, the two check symbols last)
 * is valid exactly when
 *     S0 = c_0 + c_1 + ... + c_{n-1}                   equals K0 = 21
 *     S1 = c_0 a^0 + c_1 a^1 + ... + c_{n-1} a^{n-1}   equals K1 = 11
 * The targets are not zero so that a run of zeros never passes, and neither do two codes
 * run together (their S0 would be K0 + K0 = 0).
 *
 * Proof that any single mistyped symbol and any swap of two neighbours is caught.
 * Changing a valid code adds a non-zero error e_i at each changed position i, so S0 moves
 * away from K0 by the sum of the e_i, and S1 from K1 by the sum of e_i a^i.
 *  - One changed symbol at i: S0 moves by e_i, which is not zero. Caught.
 *  - Two changed symbols at i < j: S0 moves by e_i + e_j, zero only when e_i = e_j = e
 *    (in a field of characteristic 2, -e = e). Then S1 moves by e (a^i + a^j), zero only
 *    when a^i = a^j, impossible for 0 <= i < j <= 30 because a has order 31. Caught.
 *  - Swapping two different symbols p != q (neighbours or not) changes exactly two
 *    positions, each by e = p + q != 0, so it is the case above. Caught.
 * So the code has minimum distance 3. A random string of the right length passes with a
 * chance of 1 in 32^2 = 1024. Look-alikes (O for 0, I or L for 1) are mapped to their
 * symbols before checking, so they are never errors.
 */

/** The longest code the check symbols protect: a has 31 distinct powers. */
export const MAX_CHECKED_LENGTH = 31;

const PRIMITIVE = 0b100101;
const TARGET: readonly [number, number] = [21, 11];
const EXP: number[] = [];
const LOG: number[] = new Array<number>(32).fill(0);
for (let i = 0, x = 1; i < 31; i++) {
	EXP[i] = x;
	LOG[x] = i;
	x <<= 1;
	if (x & 32) x ^= PRIMITIVE;
}

const exp = (power: number): number => EXP[power % 31] ?? 0;
const log = (value: number): number => LOG[value] ?? 0;
const multiply = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : exp(log(a) + log(b)));
const divide = (a: number, b: number): number => (a === 0 ? 0 : exp(log(a) - log(b) + 31));

// WEIGHTED[32 * position + value] = value a^position, so checking a code is only lookups.
const WEIGHTED = Uint8Array.from({ length: 32 * MAX_CHECKED_LENGTH }, (_, index) =>
	multiply(index % 32, exp(Math.floor(index / 32)))
);

function sums(values: readonly number[]): [number, number] {
	let s0 = 0;
	let s1 = 0;
	values.forEach((value, position) => {
		s0 ^= value;
		s1 ^= WEIGHTED[32 * position + value] ?? 0;
	});
	return [s0, s1];
}

/** The two check symbols to append to `body` (at most 29 symbols, each 0-31). */
export function checkSymbols(body: readonly number[]): [number, number] {
	const [sum0, sum1] = sums(body);
	const [s0, s1] = [sum0 ^ TARGET[0], sum1 ^ TARGET[1]];
	const k = body.length;
	// The symbols x, y at positions k, k+1 must make up what is left: x + y = s0 and
	// x a^k + y a^(k+1) = s1, so y = (s1 + s0 a^k) / (a^k (1 + a)), where 1 + a is 1 XOR 2.
	const y = divide(s1 ^ multiply(s0, exp(k)), multiply(exp(k), 1 ^ 2));
	return [s0 ^ y, y];
}

/** True when a whole code (body then its two check symbols) passes both checks. */
export function hasValidChecksum(values: readonly number[]): boolean {
	if (values.length > MAX_CHECKED_LENGTH) return false;
	const [s0, s1] = sums(values);
	return s0 === TARGET[0] && s1 === TARGET[1];
}
