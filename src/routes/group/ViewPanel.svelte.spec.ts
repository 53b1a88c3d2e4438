import { render, screen, within } from '@testing-library/svelte';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { six, standardCode } from '$lib/group/share-codes.test-helper';
import { GroupState } from '$lib/state/group.svelte';
import { closeDatabase } from '$lib/storage/db';
import { addCodes } from '$lib/storage/group-codes';
import { DB_NAME } from '$lib/storage/schema';
import { STANDARD_FINGERPRINT } from '$lib/share/session-fingerprint';
import ViewPanel from './ViewPanel.svelte';

beforeEach(async () => {
	await closeDatabase();
	await deleteDB(DB_NAME);
});
afterEach(() => closeDatabase());

/** Source by source for these people's answers, the page's view of it (with its table). */
async function sourcesFor(scores: ReturnType<typeof six>[]) {
	await addCodes(STANDARD_FINGERPRINT, scores.map(standardCode));
	const group = new GroupState();
	await group.open(null);
	render(ViewPanel, { group, view: 'sources' });
	return screen.getByRole('table');
}

const saysMiddleHalf = (cell: HTMLElement) => cell.textContent!.includes('the middle half answered');

describe('ViewPanel, Source by source', () => {
	it('with 3 people, whose cells cannot say where the middle half answered, does not promise it in the caption', async () => {
		const table = await sourcesFor([six(10, 90), six(30, 70), six(50, 50)]);
		expect(within(table).getAllByRole('cell').filter(saysMiddleHalf)).toEqual([]);
		expect(table).toHaveAccessibleName('The spread of answers by source, on a scale of 0 to 100: the middle value, and the lowest and highest');
	});

	it('with 4 people, one leaving actual blank, says where the middle half answered only with 4 answers or more, as the cells do', async () => {
		const table = await sourcesFor([six(10, 90), six(30, 70), six(50, 50), six(70, null)]);
		const cells = within(table).getAllByRole('cell');
		// Perceived, then actual, for each of the six sources.
		expect(cells.map(saysMiddleHalf)).toEqual(Array(6).fill([true, false]).flat());
		expect(table).toHaveAccessibleName(
			'The spread of answers by source, on a scale of 0 to 100: the middle value, the lowest and highest, and, with 4 answers or more, where the middle half answered'
		);
	});

	it('with 4 people answering everything, says where the middle half answered, as every cell does', async () => {
		const table = await sourcesFor([six(10, 90), six(30, 70), six(50, 50), six(70, 30)]);
		expect(within(table).getAllByRole('cell').every(saysMiddleHalf)).toBe(true);
		expect(table).toHaveAccessibleName(
			'The spread of answers by source, on a scale of 0 to 100: the middle value, the lowest and highest, and where the middle half answered'
		);
	});
});
