import type { Readings } from './group-paths';
import type { SpreadBlock, SpreadLayout } from './spread-layout';
import { stackRow, type StripRow } from './strip-layout';

/** One of a source's two rows of dots, on its line in the block. */
export interface SpreadRow extends StripRow {
	reading: 'perceived' | 'actual';
	label: 'Perceived' | 'Actual';
	y: number;
}

/** One source in the chart: its block, its name and its two rows of dots. */
export interface SpreadSource {
	block: SpreadBlock;
	name: string;
	rows: readonly [SpreadRow, SpreadRow];
}

/** Every source's two rows of dots, from everyone's readings, with dots of radius `r`; placed by value only. */
export function spreadSources(layout: SpreadLayout, names: readonly string[], results: readonly Readings[], r: number): SpreadSource[] {
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
		return {
			block,
			name: names[index] ?? '',
			rows: [row('perceived', 'Perceived', block.perceivedY), row('actual', 'Actual', block.actualY)]
		};
	});
}
