/** A label block's box in viewBox units: its top and height, and its left and right edges. */
export interface StackedBox {
	top: number;
	height: number;
	left: number;
	right: number;
}

// Rounds of moving pairs apart evenly; what little overlap they leave is then pushed down.
const ROUNDS = 40;

/**
 * New tops for `boxes` so that no two that share any width overlap, with `space` between them.
 * Two that meet are moved apart evenly, the upper one up and the lower one down, so each stays as
 * near its axis as it can; boxes keep their order from top to bottom (by their middles).
 */
export function spreadApart(boxes: StackedBox[], space: number): number[] {
	const tops = boxes.map((box) => box.top);
	const middle = (i: number) => boxes[i]!.top + boxes[i]!.height / 2;
	const order = boxes.map((_, i) => i).sort((a, b) => middle(a) - middle(b));
	const pairs = order.flatMap((upper, at) =>
		order.slice(at + 1).filter((lower) => sideBySide(boxes[upper]!, boxes[lower]!)).map((lower) => [upper, lower] as const)
	);
	for (let round = 0; round < ROUNDS; round++) {
		let moved = false;
		for (const [upper, lower] of pairs) {
			const overlap = tops[upper]! + boxes[upper]!.height + space - tops[lower]!;
			if (overlap <= 1e-9) continue;
			tops[upper]! -= overlap / 2;
			tops[lower]! += overlap / 2;
			moved = true;
		}
		if (!moved) break;
	}
	for (const [upper, lower] of pairs) tops[lower] = Math.max(tops[lower]!, tops[upper]! + boxes[upper]!.height + space);
	return tops;
}

/** Whether two boxes share some width, and so would collide if they shared height too. */
function sideBySide(a: StackedBox, b: StackedBox): boolean {
	return a.left < b.right && b.left < a.right;
}
