import type { Box } from './fit-layout';
import { LINE_HEIGHT, round2, type LabelLine } from './radar-labels';
import { ticksFor, type StripScale, type Ticks } from './strip-layout';
import { largestScale, wrapToWidth } from './text-fit';

/** Where one source's block sits in the source-by-source chart. */
export interface SpreadBlock {
	/** Left edge of the block's column. */
	x: number;
	top: number;
	/** The source's name, wrapped to its column (each line's y a baseline). */
	name: LabelLine[];
	/** Who gave no answer, on lines of their own under the name, so a long name never runs into it. */
	note: LabelLine[];
	/** Where the grid lines start, under the words. */
	gridTop: number;
	perceivedY: number;
	actualY: number;
	bottom: number;
	/** The block's own 0-100 scale, and its ticks. */
	scale: StripScale;
	ticks: Ticks;
	/** Where the scale's numbers go under this block, or null when a block below carries them. */
	tickY: number | null;
}

/** The source-by-source chart's frame: its size and a block per source. */
export interface SpreadLayout {
	width: number;
	height: number;
	blocks: SpreadBlock[];
	/** How far dots may stack either side of a row's centre line. */
	halfHeight: number;
}

/** How to arrange the blocks: in columns (filled top to bottom), numbers under every block or only the last of each column, and each source's note. */
export interface SpreadOptions {
	columns?: number;
	scaleEach?: boolean;
	notes?: readonly string[];
}

/** Font sizes of the chart's words, in viewBox units: names, and everything else (notes, row labels, numbers). */
export const SPREAD_TEXT = { name: 16, small: 14 };

// A block with its name and note on one line each; each further line makes it taller by that line's height.
const BLOCK = { name: 16, note: 33, perceived: 56, actual: 90, bottom: 108, height: 114 };
const LINES = { name: 3, note: 2 };
const LINE = { name: SPREAD_TEXT.name * LINE_HEIGHT, note: SPREAD_TEXT.small * LINE_HEIGHT };
const NUMBERS = { offset: 10, height: 22 };

/** How the source-by-source chart is laid out in a box. */
export interface SpreadFit {
	/** Width of the chart's viewBox: its height in viewBox units follows from the sources and columns. */
	width: number;
	columns: number;
	/** True when all the sources fit with text at a readable size; otherwise the chart scrolls. */
	fits: boolean;
}

// A column no narrower than the page's own chart on a phone, so three fit side by side on a 1280 px projector.
const COLUMN = { min: 320, gap: 40, most: 3 };
// Below this many CSS pixels per viewBox unit, the chart's 14-unit words would be under 16 px: too small
// to read from the back of a room. (Its names, at 16 units, would be under 18 px.)
const MIN_SCALE = 16 / SPREAD_TEXT.small;
const SCROLLING = { min: 340, max: 900 };

/**
 * Columns and viewBox width that show every source at once as large as `box` allows, names wrapped
 * as that width needs. When no layout keeps the text readable, one column to scroll, as wide as the
 * box allows at a readable size (within limits).
 */
export function spreadFit(names: readonly string[], box: Box, notes: readonly string[] = []): SpreadFit {
	let best = { columns: 1, scale: 0 };
	for (let columns = 1; columns <= Math.min(COLUMN.most, Math.max(1, names.length)); columns++) {
		const rows = Math.ceil(names.length / columns);
		// Four sources in three columns would leave the third empty: two columns of two say the same.
		if (Math.ceil(names.length / rows) < columns) continue;
		const byWidth = box.width / (columns * COLUMN.min + (columns - 1) * COLUMN.gap);
		if (byWidth < Math.max(MIN_SCALE, best.scale)) continue;
		const scale = largestScale(box, byWidth, (width) => spreadLayout(names, width, { columns, notes }).height);
		// A further column narrows every scale and wraps more names: worth it to make the words readable, or a tenth larger.
		if (scale > best.scale * (best.scale < MIN_SCALE ? 1 : 1.1)) best = { columns, scale };
	}
	if (names.length > 0 && best.scale >= MIN_SCALE) {
		return { columns: best.columns, width: Math.ceil(box.width / best.scale), fits: true };
	}
	const width = Math.round(Math.min(SCROLLING.max, Math.max(SCROLLING.min, box.width / MIN_SCALE)));
	return { columns: 1, width, fits: false };
}

/** A block's name and note, wrapped to its column, and how much taller than one line each they make it. */
function blockWords(name: string, note: string, width: number) {
	const lines = {
		name: wrapToWidth(name, width, SPREAD_TEXT.name, true, LINES.name),
		note: wrapToWidth(note, width, SPREAD_TEXT.small, false, LINES.note)
	};
	const nameExtra = Math.max(0, lines.name.length - 1) * LINE.name;
	const extra = nameExtra + Math.max(0, lines.note.length - 1) * LINE.note;
	const place = (x: number, top: number): Pick<SpreadBlock, 'name' | 'note'> => ({
		name: lines.name.map((text, k) => ({ text, x, y: round2(top + BLOCK.name + k * LINE.name) })),
		note: lines.note.map((text, k) => ({ text, x, y: round2(top + nameExtra + BLOCK.note + k * LINE.note) }))
	});
	return { extra, place };
}

/**
 * Lays out the source-by-source chart: one block per source, its name and note above two rows, in
 * columns side by side, each column with its 0-100 numbers under its last block (or under every
 * block). A name too long for its column wraps, and its row of blocks grows to make room.
 */
export function spreadLayout(names: readonly string[], width = 340, options: SpreadOptions = {}): SpreadLayout {
	const { scaleEach = false, notes = [] } = options;
	const columns = Math.max(1, Math.min(options.columns ?? 1, names.length));
	const rows = Math.max(1, Math.ceil(names.length / columns));
	const columnWidth = (width - (columns - 1) * COLUMN.gap) / columns;
	const words = names.map((name, index) => blockWords(name, notes[index] ?? '', columnWidth));
	// Each row of blocks is as tall as its tallest, so the rows of dots line up across the columns.
	const rowExtra = Array.from({ length: rows }, (_, row) => Math.max(0, ...words.filter((_, index) => index % rows === row).map((word) => word.extra)));
	const step = BLOCK.height + (scaleEach ? NUMBERS.height : 0);
	const tops = rowExtra.map((_, row) => rowExtra.slice(0, row).reduce((sum, extra) => sum + step + extra, 0));
	const blocks = words.map((word, index) => {
		const [column, row] = [Math.floor(index / rows), index % rows];
		const x = round2(column * (columnWidth + COLUMN.gap));
		const top = round2(tops[row]!);
		// The words sit just above their rows of dots, any room spare in a row left above them.
		const base = top + rowExtra[row]!;
		const scale = { left: x + 84, right: round2(x + columnWidth - 14) };
		const last = row === rows - 1 || index === names.length - 1;
		return {
			x,
			top,
			...word.place(x, base - word.extra),
			gridTop: round2(base + BLOCK.note + 6),
			perceivedY: round2(base + BLOCK.perceived),
			actualY: round2(base + BLOCK.actual),
			bottom: round2(base + BLOCK.bottom),
			scale,
			ticks: ticksFor(scale),
			tickY: scaleEach || last ? round2(base + BLOCK.height + NUMBERS.offset) : null
		};
	});
	const height = tops[rows - 1]! + step + rowExtra[rows - 1]! + (scaleEach ? 0 : NUMBERS.height);
	return { width, height: round2(height), blocks, halfHeight: 14 };
}
