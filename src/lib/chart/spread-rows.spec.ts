import { describe, expect, it } from 'vitest';
import { spreadLayout } from './spread-layout';
import { spreadSources } from './spread-rows';

const layout = spreadLayout(2, 340);
const person = (scores: [number | null, number | null][]) => ({
	scores: scores.map(([perceived, actual]) => ({ perceived, actual }))
});

describe('spreadSources', () => {
	const results = [
		person([[10, 90], [null, 40]]),
		person([[30, 70], [50, null]]),
		person([[50, 50], [50, null]])
	];
	const sources = spreadSources(layout, ['Education', 'Money'], results, 5);

	it.each([
		// source, reading, dots, blanks, middle value
		[0, 'perceived', 3, 0, 30],
		[0, 'actual', 3, 0, 70],
		[1, 'perceived', 2, 1, 50],
		[1, 'actual', 1, 2, 40]
	] as const)('source %i, %s: %i dots, %i blank, middle %i', (source, reading, dots, blanks, middle) => {
		const row = sources[source]!.rows.find((candidate) => candidate.reading === reading)!;
		expect(row.dots).toHaveLength(dots);
		expect(row.blanks).toBe(blanks);
		expect(row.median).toBe(middle);
	});

	it('puts each row on its own line in its source’s block, perceived first, under the source’s name', () => {
		sources.forEach((source, index) => {
			const block = layout.blocks[index]!;
			expect(source.name).toBe(['Education', 'Money'][index]);
			expect(source.rows.map((row) => [row.label, row.y])).toEqual([
				['Perceived', block.perceivedY],
				['Actual', block.actualY]
			]);
			for (const row of source.rows) for (const dot of row.dots) expect(Math.abs(dot.y - row.y)).toBeLessThanOrEqual(layout.halfHeight);
		});
	});

	it('orders dots by value, so a dot’s place says nothing about whose it is', () => {
		const shuffled = spreadSources(layout, ['Education', 'Money'], [...results].reverse(), 5);
		expect(shuffled).toEqual(sources);
	});
});
