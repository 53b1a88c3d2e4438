/** A space to fill, in CSS pixels. */
export interface Box {
	width: number;
	height: number;
}

/** How to lay out equal cells (one small chart each) so they fill a box. */
export interface GridFit {
	columns: number;
	rows: number;
	/** Width of each chart drawn in a cell, in CSS pixels. */
	size: number;
	/** False when even the best grid makes the charts smaller than the minimum: then the caller scrolls. */
	fits: boolean;
}

/** What a cell holds around its chart, in CSS pixels. */
export interface CellOptions {
	/** Height of a chart per unit of its width. */
	ratio: number;
	/** Space between cells. */
	gap: number;
	/** Width a cell adds beside its chart (padding, borders). */
	padX: number;
	/** Height a cell adds above and below its chart (its letter, padding, borders). */
	padY: number;
	/** The smallest chart worth showing on a shared screen. */
	min: number;
}

/**
 * The number of columns that gives `count` charts the largest size while all fit in `box`.
 * When none does at `options.min` or more, says so, so the caller can scroll instead.
 */
export function gridFit(count: number, box: Box, options: CellOptions): GridFit {
	const { ratio, gap, padX, padY, min } = options;
	let best: GridFit = { columns: 1, rows: count, size: 0, fits: false };
	for (let columns = 1; columns <= count; columns++) {
		const rows = Math.ceil(count / columns);
		const byWidth = (box.width - gap * (columns - 1)) / columns - padX;
		const byHeight = ((box.height - gap * (rows - 1)) / rows - padY) / ratio;
		const size = Math.floor(Math.min(byWidth, byHeight));
		if (size > best.size) best = { columns, rows, size, fits: false };
	}
	return { ...best, fits: count > 0 && best.size >= min };
}

/** How the source-by-source chart is laid out in a box. */
export interface SpreadFit {
	/** Width of the chart's viewBox: its height in viewBox units follows from the sources and columns. */
	width: number;
	columns: number;
	/** True when all the sources fit with text at a readable size; otherwise the chart scrolls. */
	fits: boolean;
}

/** The source-by-source chart's viewBox height for `rows` blocks a column (see spreadLayout). */
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

/** Space between columns of the source-by-source chart, in viewBox units. */
export const SPREAD_COLUMN_GAP = COLUMN.gap;
