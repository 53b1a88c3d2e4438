import type { VerticalAlign } from './radar-labels';

/** A label block's box in viewBox units: its top and height, its left and right edges, and where it sits against the chart. */
export interface StackedBox {
	top: number;
	height: number;
	left: number;
	right: number;
	/** It moves only away from the chart: a label above it may only go up, one below it only down, one beside it either way. */
	vAlign: VerticalAlign;
}

// Rounds of moving pairs apart evenly; what little overlap they leave is then pushed down.
const ROUNDS = 40;

/**
 * New tops for `boxes` so that no two that share any width overlap, with `space` between them.
 * Two that meet are moved apart evenly, the upper one up and the lower one down, so each stays as
 * near its axis as it can; a box that may not move that way leaves the whole move to the other.
 * Boxes keep their order from top to bottom (by their middles).
 */
export function spreadApart(boxes: StackedBox[], space: number): number[] {
	const tops = boxes.map((box) => box.top);
	const middle = (i: number) => boxes[i]!.top + boxes[i]!.height / 2;
	const order = boxes.map((_, i) => i).sort((a, b) => middle(a) - middle(b));
	const pairs = order.flatMap((upper, at) =>
		order.slice(at + 1).filter((lower) => sideBySide(boxes[upper]!, boxes[lower]!)).map((lower) => [upper, lower] as const)
	);
	const overlap = (upper: number, lower: number) => tops[upper]! + boxes[upper]!.height + space - tops[lower]!;
	for (let round = 0; round < ROUNDS; round++) {
		let moved = false;
		for (const [upper, lower] of pairs) {
			const share = upShare(boxes[upper]!, boxes[lower]!);
			const by = overlap(upper, lower);
			if (by <= 1e-9 || share === null) continue;
			tops[upper]! -= by * share;
			tops[lower]! += by * (1 - share);
			moved = true;
		}
		if (!moved) break;
	}
	for (const [upper, lower] of pairs) {
		if (boxes[lower]!.vAlign !== 'above') tops[lower]! += Math.max(0, overlap(upper, lower));
	}
	return tops;
}

/** How much of a move apart the upper box takes (the lower one the rest), or null when neither may move. */
function upShare(upper: StackedBox, lower: StackedBox): number | null {
	const [up, down] = [upper.vAlign !== 'below', lower.vAlign !== 'above'];
	return up && down ? 0.5 : up ? 1 : down ? 0 : null;
}

/** Whether two boxes share some width, and so would collide if they shared height too. */
function sideBySide(a: StackedBox, b: StackedBox): boolean {
	return a.left < b.right && b.left < a.right;
}
