import type { Box } from './fit-layout';
import type { Point } from './radar-geometry';
import { LINE_HEIGHT, placeLines, round2, textWidth, wrapLabel, type LabelLine, type TextAnchor } from './radar-labels';
import { sharedPoints } from './radar-shapes';
import { stripX, ticksFor, type StripScale, type Ticks } from './strip-layout';
import { largestScale, wrapToWidth } from './text-fit';

/** A source's name in the gaps chart, in viewBox units (the scale's numbers are 14). */
export const GAP_NAME_SIZE = 16;

/** The biggest-gaps chart's frame: size, scale, a row per source and the scale's ticks below them. */
export interface GapLayout {
	width: number;
	height: number;
	scale: StripScale;
	/** Each source's row: where its line runs, and its name's lines (centred on their y). */
	rows: { y: number; name: LabelLine[] }[];
	/** How the names hang from their x: 'start' above the line, 'end' to its left. */
	nameAnchor: TextAnchor;
	ticks: Ticks;
	tickY: number;
}

const EDGE = { left: 12, right: 14 };
// Names above their line: a row of this height for a name on one line, and a line's height more for each further line.
const ABOVE = { row: 50, name: 11, line: 36, width: 340, lines: 3 };
// Names beside their line: up to 22 characters a line and 3 lines, a gap, then at least this much scale.
const BESIDE = { chars: 22, lines: 3, gap: 16, scale: 200, row: 36, pad: 14 };
const TICKS = { offset: 10, height: 22 };
const NAME_LINE = GAP_NAME_SIZE * LINE_HEIGHT;

/** The frame with each name above its line, wrapped onto a second line (or a third) where it does not fit on one. */
export function gapLayout(names: readonly string[], width = ABOVE.width): GapLayout {
	const scale = { left: EDGE.left, right: width - EDGE.right };
	let top = 0;
	const rows = names.map((name) => {
		const lines = wrapToWidth(name, width - EDGE.left, GAP_NAME_SIZE, true, ABOVE.lines);
		const extra = Math.max(0, lines.length - 1) * NAME_LINE;
		const placed = lines.map((text, k) => ({ text, x: EDGE.left, y: round2(top + ABOVE.name + k * NAME_LINE) }));
		const y = round2(top + ABOVE.line + extra);
		top += ABOVE.row + extra;
		return { y, name: placed };
	});
	return framed(rows, scale, width, top, 'start');
}

/** Each name's lines beside its line, and the column they need. */
function besideNames(names: readonly string[]): { lines: string[][]; column: number } {
	const lines = names.map((name) => wrapLabel(name, BESIDE.chars, BESIDE.lines));
	const column = Math.max(0, ...lines.flat().map((line) => textWidth(line, GAP_NAME_SIZE, true)));
	return { lines, column: Math.ceil(column) };
}

/** The narrowest frame with names beside their lines: as short as the chart can be. */
const besideWidth = (column: number) => EDGE.left + column + BESIDE.gap + BESIDE.scale + EDGE.right;

/** The frame with each name to the left of its line, wrapped onto up to three lines: shorter, but wider. */
export function besideLayout(names: readonly string[], width: number): GapLayout {
	const { lines, column } = besideNames(names);
	const scale = { left: EDGE.left + column + BESIDE.gap, right: Math.max(width, besideWidth(column)) - EDGE.right };
	let top = 0;
	const rows = lines.map((name) => {
		const height = Math.max(BESIDE.row, name.length * NAME_LINE + BESIDE.pad);
		const y = round2(top + height / 2);
		top += height;
		return { y, name: placeLines({ x: EDGE.left + column, y }, name, 'middle', NAME_LINE) };
	});
	return framed(rows, scale, scale.right + EDGE.right, top, 'end');
}

function framed(rows: GapLayout['rows'], scale: StripScale, width: number, bottom: number, nameAnchor: TextAnchor): GapLayout {
	return { width, height: round2(bottom + TICKS.height), scale, rows, nameAnchor, ticks: ticksFor(scale), tickY: round2(bottom + TICKS.offset) };
}

/** A space for the gaps chart on a shared screen, and the largest its names should be drawn there, in CSS pixels. */
export interface GapRoom extends Box {
	largestName: number;
}

/** How to draw the gaps chart in a room: names above or beside, and the viewBox width that sets its scale. */
export interface GapFit {
	beside: boolean;
	width: number;
	/** False when no frame shows every source at a readable size: it is drawn at that size, and scrolls. */
	fits: boolean;
}

// Below this many CSS pixels per viewBox unit, names would be under 14.4 px and the scale's numbers 12.6.
const MIN_SCALE = 0.9;

/**
 * The frame that draws the chart largest in `room` (names above their lines, or beside them for many
 * sources on a wide screen), no larger than `room.largestName` lets its names be.
 */
export function gapFit(names: readonly string[], room: GapRoom): GapFit {
	const besideFrame = besideLayout(names, 0);
	const most = room.largestName / GAP_NAME_SIZE;
	const scaled = [
		// Names above wrap less as the chart is drawn smaller and so wider, which can let it be drawn larger.
		{ beside: false, scale: largestScale(room, Math.min(room.width / ABOVE.width, most), (width) => gapLayout(names, width).height) },
		{ beside: true, scale: Math.min(room.width / besideFrame.width, room.height / besideFrame.height, most) }
	];
	const best = scaled[1]!.scale > scaled[0]!.scale ? scaled[1]! : scaled[0]!;
	if (best.scale >= MIN_SCALE) return { beside: best.beside, width: round2(room.width / best.scale), fits: true };
	// Shown whole nowhere: at the readable size, as short as the room's width allows.
	const width = room.width / MIN_SCALE;
	const beside = width >= besideFrame.width;
	return { beside, width: round2(Math.max(width, beside ? besideFrame.width : ABOVE.width)), fits: false };
}

/** One row of the gaps chart: where its two markers go, and whether the perceived circle is a ring round the diamond. */
export interface GapMarks {
	perceived: Point;
	actual: Point;
	around: boolean;
}

/** Each gap's markers on its row: a perceived circle within `distance` of its row's actual diamond rings it (see sharedPoints). */
export function gapMarks(gaps: readonly { perceived: number; actual: number }[], layout: GapLayout, distance: number): GapMarks[] {
	return gaps.map((gap, i) => {
		const y = layout.rows[i]?.y ?? 0;
		const [perceived, actual] = [{ x: stripX(gap.perceived, layout.scale), y }, { x: stripX(gap.actual, layout.scale), y }];
		return { perceived, actual, around: sharedPoints([perceived], [actual], distance).size > 0 };
	});
}
