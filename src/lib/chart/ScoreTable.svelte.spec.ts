import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ScoreTable from './ScoreTable.svelte';

const rows = [
	{ id: 'educational', name: 'Educational', perceived: 50, actual: 75 },
	{ id: 'monetary', name: 'Monetary', perceived: null, actual: 20 },
	{ id: 'position', name: 'Position', perceived: 80, actual: 30 },
	{ id: 'class', name: 'Class', perceived: 0, actual: null }
];

describe('ScoreTable', () => {
	it('is named by the caption it is given, with column headers for both readings and the gap', () => {
		render(ScoreTable, { rows, caption: 'Scores for the carers forum' });
		const table = screen.getByRole('table', { name: 'Scores for the carers forum' });
		const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent?.trim());
		expect(headers).toEqual(['Source', 'Perceived', 'Actual', 'Gap']);
		// How to read the gap is said with the table, not only after it.
		expect(table).toHaveAccessibleDescription(/^Gap is actual minus perceived\./);
	});

	it('heads each row with its source', () => {
		render(ScoreTable, { rows, caption: 'Your scores' });
		expect(screen.getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
			'Educational',
			'Monetary',
			'Position',
			'Class'
		]);
	});

	it.each([
		['Educational', ['50', '75', '+25']],
		['Monetary', ['No answer', '20', 'Not known']],
		['Position', ['80', '30', '\u221250']],
		['Class', ['0', 'No answer', 'Not known']]
	])('shows %s as %j, with blanks as "No answer", not 0', (name, cells) => {
		render(ScoreTable, { rows, caption: 'Your scores' });
		const row = screen.getByRole('rowheader', { name }).closest('tr');
		if (!row) throw new Error(`no row for ${name}`);
		expect(within(row).getAllByRole('cell').map((td) => td.textContent)).toEqual(cells);
	});
});
