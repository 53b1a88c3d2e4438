import { describe, expect, it } from 'vitest';
import { spreadLayout } from './spread-layout';
import { blankNotes, spreadSources } from './spread-rows';

const layout = spreadLayout(['Education', 'Money'], 340);
const person = (scores: [number | null, number | null][]) => ({
	scores: scores.map(([perceived, actual]) => ({ perceived, actual }))
});

describe('spreadSources', () => {
	const results = [
		person([[10, 90], [null, 40]]),
		person([[30, 70], [50, null]]),
		person([[50, 50], [50, null]])
	];
	const sources = spreadSources(layout, results, 5);

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

	it('puts each row on its own line in its source’s block, perceived first', () => {
		sources.forEach((source, index) => {
			const block = layout.blocks[index]!;
			expect(source.block).toBe(block);
			expect(source.rows.map((row) => [row.label, row.y])).toEqual([
				['Perceived', block.perceivedY],
				['Actual', block.actualY]
			]);
			for (const row of source.rows) for (const dot of row.dots) expect(Math.abs(dot.y - row.y)).toBeLessThanOrEqual(layout.halfHeight);
		});
	});

	it('orders dots by value, so a dot’s place says nothing about whose it is', () => {
		const shuffled = spreadSources(layout, [...results].reverse(), 5);
		expect(shuffled).toEqual(sources);
	});

	it.each([
		// source, what its note says
		[0, ''],
		[1, '1 person gave no answer for perceived, 2 for actual'],
		[2, '3 people gave no answer for perceived'],
		[3, '1 person gave no answer for actual'],
		// A source nobody's result reaches counts everyone as giving no answer.
		[4, '3 people gave no answer for perceived, 3 for actual']
	])('says in words who gave no answer for source %i: %j', (source, note) => {
		const blanks = [
			person([[10, 90], [null, 40], [null, 5], [1, 2]]),
			person([[30, 70], [50, null], [null, 5], [3, null]]),
			person([[50, 50], [50, null], [null, 5], [5, 6]])
		];
		expect(blankNotes(5, blanks)[source]).toBe(note);
	});
});
