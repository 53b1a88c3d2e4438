import { spreadApart } from './label-spacing';
import { TAU, radial, type Point } from './path-data';
import { centreAcross, fitRadius, reachAcross, textReach, type LabelBlock } from './radar-fit';
import { at, pointAt, ringAt, ringLabelAt, type RadarFrame } from './radar-frame';
import {
	LINE_HEIGHT,
	alignFor,
	blockSize,
	placeLines,
	round2,
	wrapLabel,
	type LabelLine,
	type TextAnchor,
	type VerticalAlign
} from './radar-labels';

/** A point in the chart's viewBox units. */
export type { Point };

/** What the chart needs to know about one axis (one source). */
export interface AxisInput {
	id: string;
	label: string;
	/** A short note on a line of its own under the label, such as "no answer". */
	note?: string;
}

/** One axis: its angle (radians, 0 at 12 o'clock, clockwise), end point and label placement. */
export interface AxisGeometry extends AxisInput {
	angle: number;
	end: Point;
	labelAnchor: Point;
	textAnchor: TextAnchor;
	vAlign: VerticalAlign;
	labelLines: LabelLine[];
	/** The blank note under the label ("no actual answer"), wrapped like it; empty when there is none. */
	noteLines: LabelLine[];
}

/** One grid ring: its value on the 0-100 scale, its outline and where its scale label is centred. */
export interface RingGeometry {
	value: number;
	path: string;
	labelPoint: Point;
}

/** Everything needed to draw a radar chart's frame, in viewBox units. */
export interface RadarLayout {
	width: number;
	height: number;
	cx: number;
	cy: number;
	radius: number;
	fontSize: number;
	axes: AxisGeometry[];
	rings: RingGeometry[];
}

/** Options for {@link radarLayout}; `radius` overrides the radius fitted to the labels, which is at most `maxRadius`. */
export interface RadarOptions {
	width?: number;
	fontSize?: number;
	ringValues?: number[];
	maxLineChars?: number;
	radius?: number;
	maxRadius?: number;
}

const MARGIN = 4;
// The space kept between two labels moved apart, as a share of the font size: more than between a label's own lines.
const LABEL_SPACE = 0.3;

/** The size of an axis note's type, as a share of the label's. */
export const NOTE_SCALE = 0.85;

/**
 * Lays out a radar chart for 0-100 values: the radius shrinks so wrapped labels fit the width,
 * and the height is as tight as the labels allow. With fewer than 3 axes the rings are circles;
 * with none, only the rings are drawn.
 */
export function radarLayout(axisInputs: AxisInput[], options: RadarOptions = {}): RadarLayout {
	const { width = 400, fontSize = 15, ringValues = [20, 40, 60, 80, 100], maxLineChars = 12 } = options;
	const half = width / 2;
	const gap = fontSize / 2;
	const lineHeight = fontSize * LINE_HEIGHT;
	const drafts = axisInputs.map((axis, i) => {
		const angle = (TAU * i) / axisInputs.length;
		const [dx, dy] = radial(angle, 1);
		const lines = wrapLabel(axis.label, maxLineChars);
		// Wrapped, the note is no wider than the label: on one line it set the chart's size on a phone.
		const notes = axis.note ? wrapLabel(axis.note, maxLineChars) : [];
		const block = [...lines, ...notes];
		const width = Math.max(blockSize(lines, fontSize).width, blockSize(notes, fontSize * NOTE_SCALE).width);
		return { ...axis, angle, dx, dy, lines, block, ...alignFor(dx, dy), width, height: block.length * lineHeight };
	});
	// With fewer than 3 spokes the rings are circles, as wide as they are tall: room is kept on both sides.
	const body = drafts.length < 3 ? [ring(1), ring(-1)] : [];
	const blocks = [...drafts, ...body];
	const radius =
		options.radius ?? fitRadius(blocks, width - 2 * MARGIN, gap, { min: half * 0.3, max: options.maxRadius ?? half * 0.75 });
	const placedAt = drafts.map((d) => {
		const [x, y] = [d.dx * (radius + gap), d.dy * (radius + gap)];
		const reach = textReach(d);
		const top = d.vAlign === 'above' ? y - d.height : d.vAlign === 'below' ? y : y - d.height / 2;
		return { top, height: d.height, left: x - reach.left, right: x + reach.right, vAlign: d.vAlign };
	});
	// Neighbouring labels on a side, tall with a note, can meet on a chart of many spokes: they are moved apart.
	const tops = spreadApart(placedAt, fontSize * LABEL_SPACE);
	// Above and below the centre are measured apart: with an odd number of spokes the shape reaches
	// higher than it reaches lower, and one shared height would leave a gap under the chart.
	const lowestCorner = drafts.length >= 3 ? Math.max(...drafts.map((d) => d.dy)) : 1;
	const top = Math.max(radius + fontSize / 2, ...tops.map((t) => -t));
	const bottom = Math.max(radius * lowestCorner, ...drafts.map((d, i) => tops[i]! + d.height));
	const cx = round2(centreAcross(width, MARGIN, reachAcross(blocks, radius, gap)));
	const frame: RadarFrame = { cx, cy: round2(top + MARGIN), radius, axisCount: axisInputs.length };
	const axes = drafts.map(({ id, label, note, angle, dx, dy, lines, block, textAnchor, vAlign }, i) => {
		const labelAnchor = at(frame, dx * (radius + gap), dy * (radius + gap) + tops[i]! - placedAt[i]!.top);
		const placed = placeLines(labelAnchor, block, vAlign, lineHeight);
		const [labelLines, noteLines] = [placed.slice(0, lines.length), placed.slice(lines.length)];
		return { id, label, note, angle, end: pointAt(frame, i, 100), labelAnchor, textAnchor, vAlign, labelLines, noteLines };
	});
	const rings = ringValues.map((value) => ({
		value,
		path: ringAt(frame, value),
		labelPoint: ringLabelAt(frame, value)
	}));
	const { cy } = frame;
	return { width, height: round2(top + bottom + 2 * MARGIN), cx, cy, radius, fontSize, axes, rings };
}

/** The edge of a circular ring, as a label block with no text, at the left (-1) or right (1). */
function ring(dx: 1 | -1): LabelBlock {
	return { dx, width: 0, textAnchor: 'middle' };
}

/** Where `value` (0-100, clamped) lies on axis `axisIndex`. */
export function pointFor(layout: RadarLayout, axisIndex: number, value: number): Point {
	return pointAt({ ...layout, axisCount: layout.axes.length }, axisIndex, value);
}
