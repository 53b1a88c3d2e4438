// How large a radar can be drawn across a width, and where its centre goes, given the label blocks beside it.
import type { TextAnchor } from './radar-labels';

/** A label block to fit beside the chart: axis direction (unit vector), size and alignment. */
export interface LabelBlock {
	dx: number;
	width: number;
	textAnchor: TextAnchor;
}

/** How far a block's text runs right and left of its anchor. */
export function textReach({ width, textAnchor }: LabelBlock): { right: number; left: number } {
	if (textAnchor === 'middle') return { right: width / 2, left: width / 2 };
	return textAnchor === 'start' ? { right: width, left: 0 } : { right: 0, left: width };
}

/** How far the label blocks reach right and left of the chart's centre at `radius`, with labels `gap` beyond the axis ends. */
export function reachAcross(blocks: LabelBlock[], radius: number, gap: number): { right: number; left: number } {
	let [right, left] = [0, 0];
	for (const block of blocks) {
		const out = block.dx * (radius + gap);
		const text = textReach(block);
		right = Math.max(right, out + text.right);
		left = Math.max(left, -out + text.left);
	}
	return { right, left };
}

/**
 * The largest radius, within [min, max], at which every label block fits across `span`, with labels
 * `gap` beyond the axis end. The chart may sit off-centre: a long label on one side and short ones on
 * the other share the width, instead of each side being given the room the longest one needs.
 */
export function fitRadius(blocks: LabelBlock[], span: number, gap: number, bounds: { min: number; max: number }): number {
	let radius = bounds.max;
	// What reaches furthest right and furthest left must fit the span together. For each pair that
	// reach grows with the radius by how far apart their directions are, which bounds the radius.
	for (const right of blocks) {
		for (const left of blocks) {
			const spread = right.dx - left.dx;
			if (spread < 1e-9) continue;
			radius = Math.min(radius, (span - textReach(right).right - textReach(left).left) / spread - gap);
		}
	}
	return Math.max(bounds.min, radius);
}

/**
 * Where the centre goes across `width` so that blocks reaching `reach` either side stay inside the
 * margins: in the middle where they allow, otherwise moved no further than they need (centring the
 * overflow when nothing fits).
 */
export function centreAcross(width: number, margin: number, reach: { right: number; left: number }): number {
	const [lowest, highest] = [margin + reach.left, width - margin - reach.right];
	if (lowest > highest) return (lowest + highest) / 2;
	return Math.min(highest, Math.max(lowest, width / 2));
}
