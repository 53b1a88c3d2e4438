/** A neutral label for a place in a list: A … Z, then AA, AB … AZ, BA … ZZ, AAA … */
export function neutralLabel(index: number): string {
	let label = '';
	for (let rest = Math.floor(index) + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
		label = String.fromCharCode(65 + ((rest - 1) % 26)) + label;
	return label;
}

/** mulberry32: tiny and seedable, so the same seed gives the same order on every screen. */
function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = Math.imul(state ^ (state >>> 15), state | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A new array with the items in an order fixed by `seed` (Fisher-Yates); the input is left alone. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
	const random = mulberry32(seed);
	const result = [...items];
	for (let index = result.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		[result[index], result[other]] = [result[other] as T, result[index] as T];
	}
	return result;
}
