import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { groupSummary } from '$lib/group/aggregate';
import GroupTable from './GroupTable.svelte';

// Money perceived 10, 30, 50 and 70 (middle 40, quartiles 25 and 55); actual 0, 80, 80 and one blank.
// Role perceived left blank by all four; actual 50 from everyone.
const summary = groupSummary(
	[
		[10, 0],
		[30, 80],
		[50, 80],
		[70, null]
	].map(([perceived, actual]) => ({
		version: 1,
		fingerprint: 1,
		scores: [
			{ perceived: perceived ?? null, actual: actual ?? null },
			{ perceived: null, actual: 50 }
		]
	})),
	2
);

/** What each cell of `source`'s row says, to a screen reader and in the page's text. */
function cellsOf(source: string): string[] {
	const row = screen.getByRole('row', { name: new RegExp(`^${source}`) });
	return within(row)
		.getAllByRole('cell')
		.map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
}

describe('GroupTable', () => {
	// Each number says what it is, a comma between the parts: "40 lowest 10, highest 70" ran the middle value into the range.
	it.each([
		[
			'with where the middle half answered',
			true,
			[
				'middle value 40, lowest 10, highest 70, the middle half answered between 25 and 55',
				'middle value 80, lowest 0, highest 80, 1 gave no answer'
			],
			['No answers, 4 gave no answer', 'middle value 50, all answered 50, the middle half answered 50']
		],
		[
			'without',
			false,
			['middle value 40, lowest 10, highest 70', 'middle value 80, lowest 0, highest 80, 1 gave no answer'],
			['No answers, 4 gave no answer', 'middle value 50, all answered 50']
		]
	])('names each cell’s numbers, %s', (_, detail, money, role) => {
		render(GroupTable, { names: ['Money', 'Role'], summary, caption: 'The group’s middle values', detail });
		expect(cellsOf('Money')).toEqual(money);
		expect(cellsOf('Role')).toEqual(role);
		// The middle value stands out from the words around it.
		expect(screen.getAllByText('40', { selector: 'strong' })).toHaveLength(1);
	});
});
