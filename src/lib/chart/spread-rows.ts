import type { Readings } from './group-paths';
import type { SpreadBlock, SpreadLayout } from './spread-layout';
import { stackRow, type StripRow } from './strip-layout';

/** One of a source's two rows of dots, on its line in the block. */
export interface SpreadRow extends StripRow {
	reading: 'perceived' | 'actual';
	label: 'Perceived' | 'Actual';
	y: number;
}

/** One source in the chart: its block and its two rows of dots. */
export interface SpreadSource {
	block: SpreadBlock;
	rows: readonly [SpreadRow, SpreadRow];
}

const READINGS = ['perceived', 'actual'] as const;

/**
 * For each of `count` sources, who gave no answer, in words to go under its name, e.g. "2 people
 * gave no answer for perceived, 1 for actual"; '' where everyone answered both.
 */
export function blankNotes(count: number, results: readonly Readings[]): string[] {
	return Array.from({ length: count }, (_, index) => {
		const blanks = READINGS.flatMap((reading) => {
			// Counted as stackRow counts them: whatever is not a number on the scale.
			const blank = results.filter((result) => !Number.isFinite(result.scores[index]?.[reading])).length;
			return blank > 0 ? [{ reading, blank }] : [];
		});
		return blanks
			.map(({ reading, blank }, k) => (k === 0 ? `${blank} ${blank === 1 ? 'person' : 'people'} gave no answer for ${reading}` : `${blank} for ${reading}`))
			.join(', ');
	});
}

/** Every source's two rows of dots, from everyone's readings, with dots of radius `r`; placed by value only. */
export function spreadSources(layout: SpreadLayout, results: readonly Readings[], r: number): SpreadSource[] {
	return layout.blocks.map((block, index) => {
		const row = (reading: SpreadRow['reading'], label: SpreadRow['label'], y: number): SpreadRow => ({
			reading,
			label,
			y,
			...stackRow(
				results.map((result) => result.scores[index]?.[reading] ?? null),
				block.scale,
				y,
				r,
				layout.halfHeight
			)
		});
		return { block, rows: [row('perceived', 'Perceived', block.perceivedY), row('actual', 'Actual', block.actualY)] };
	});
}
