import type { Box } from './fit-layout';
import { round2 } from './radar-labels';
import { ticksFor, type StripScale, type Ticks } from './strip-layout';

/** Where one source's block sits in the source-by-source chart. */
export interface SpreadBlock {
	/** Left edge of the block's column. */
	x: number;
	top: number;
	nameY: number;
	/** How wide the name may run: the block's column. */
	nameWidth: number;
	/** A line of its own under the name, for who left it blank, so a long name never runs into it. */
	noteY: number;
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

/** How to arrange the blocks: in columns (filled top to bottom), and numbers under every block or only the last of each column. */
export interface SpreadOptions {
	columns?: number;
	scaleEach?: boolean;
}

const BLOCK = { name: 16, note: 33, perceived: 56, actual: 90, bottom: 108, height: 114 };
const NUMBERS = { offset: 10, height: 22 };

/** How the source-by-source chart is laid out in a box. */
export interface SpreadFit {
	/** Width of the chart's viewBox: its height in viewBox units follows from the sources and columns. */
	width: number;
	columns: number;
	/** True when all the sources fit with text at a readable size; otherwise the chart scrolls. */
	fits: boolean;
}

/** The source-by-source chart's viewBox height for `rows` blocks a column (see spreadHeight). */
export type SpreadHeight = (rows: number) => number;

const COLUMN = { min: 440, gap: 40, most: 3 };
// Below this many CSS pixels per viewBox unit, the chart's 14-unit labels would be under 12.6 px.
const MIN_SCALE = 0.9;
const SCROLLING = { min: 340, max: 900 };

/**
 * Columns and viewBox width that show every source at once as large as `box` allows. When no
 * layout keeps the text readable, one column as wide as the box (within limits), to scroll.
 */
export function spreadFit(sources: number, box: Box, heightFor: SpreadHeight): SpreadFit {
	let best = { columns: 1, scale: 0 };
	for (let columns = 1; columns <= Math.min(COLUMN.most, Math.max(1, sources)); columns++) {
		const rows = Math.ceil(sources / columns);
		// Four sources in three columns would leave the third empty: two columns of two say the same.
		if (Math.ceil(sources / rows) < columns) continue;
		const byHeight = box.height / heightFor(rows);
		const byWidth = box.width / (columns * COLUMN.min + (columns - 1) * COLUMN.gap);
		const scale = Math.min(byHeight, byWidth);
		if (scale > best.scale) best = { columns, scale };
	}
	if (sources > 0 && best.scale >= MIN_SCALE) {
		return { columns: best.columns, width: Math.ceil(box.width / best.scale), fits: true };
	}
	const width = Math.round(Math.min(SCROLLING.max, Math.max(SCROLLING.min, box.width)));
	return { columns: 1, width, fits: false };
}

/** The viewBox height for `rows` blocks a column, numbers included. */
export function spreadHeight(rows: number, scaleEach = false): number {
	return rows * (BLOCK.height + (scaleEach ? NUMBERS.height : 0)) + (scaleEach ? 0 : NUMBERS.height);
}

/**
 * Lays out the source-by-source chart: one block per source, two rows each, in columns side
 * by side, each column with its 0-100 numbers under its last block (or under every block).
 */
export function spreadLayout(sourceCount: number, width = 340, options: SpreadOptions = {}): SpreadLayout {
	const { scaleEach = false } = options;
	const columns = Math.max(1, Math.min(options.columns ?? 1, sourceCount));
	const rows = Math.max(1, Math.ceil(sourceCount / columns));
	const columnWidth = (width - (columns - 1) * COLUMN.gap) / columns;
	const step = BLOCK.height + (scaleEach ? NUMBERS.height : 0);
	const blocks = Array.from({ length: sourceCount }, (_, index) => {
		const [column, row] = [Math.floor(index / rows), index % rows];
		const x = round2(column * (columnWidth + COLUMN.gap));
		const top = row * step;
		const scale = { left: x + 84, right: round2(x + columnWidth - 14) };
		const last = row === rows - 1 || index === sourceCount - 1;
		return {
			x,
			top,
			nameY: top + BLOCK.name,
			nameWidth: round2(columnWidth),
			noteY: top + BLOCK.note,
			perceivedY: top + BLOCK.perceived,
			actualY: top + BLOCK.actual,
			bottom: top + BLOCK.bottom,
			scale,
			ticks: ticksFor(scale),
			tickY: scaleEach || last ? top + BLOCK.height + NUMBERS.offset : null
		};
	});
	return { width, height: spreadHeight(rows, scaleEach), blocks, halfHeight: 14 };
}
