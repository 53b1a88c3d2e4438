import { SPREAD_COLUMN_GAP } from './fit-layout';
import { round2 } from './radar-labels';
import { ticksFor, type StripScale, type Ticks } from './strip-layout';

/** Where one source's block sits in the source-by-source chart. */
export interface SpreadBlock {
	/** Left edge of the block's column. */
	x: number;
	top: number;
	nameY: number;
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
	const columnWidth = (width - (columns - 1) * SPREAD_COLUMN_GAP) / columns;
	const step = BLOCK.height + (scaleEach ? NUMBERS.height : 0);
	const blocks = Array.from({ length: sourceCount }, (_, index) => {
		const [column, row] = [Math.floor(index / rows), index % rows];
		const x = round2(column * (columnWidth + SPREAD_COLUMN_GAP));
		const top = row * step;
		const scale = { left: x + 84, right: round2(x + columnWidth - 14) };
		const last = row === rows - 1 || index === sourceCount - 1;
		return {
			x,
			top,
			nameY: top + BLOCK.name,
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
