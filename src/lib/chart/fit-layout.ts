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
