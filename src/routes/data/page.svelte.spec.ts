import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import DataPage from './+page.svelte';

const isAnythingStored = vi.fn();
vi.mock('$lib/storage/transfer', () => ({
	exportEverything: vi.fn(),
	isAnythingStored: () => isAnythingStored(),
	applyImport: vi.fn(),
	deviceSnapshot: vi.fn()
}));
vi.mock('$lib/storage/reflections', () => ({ deleteEverything: async () => {} }));
// Arriving from a results page, as "download your data" there does.
vi.mock('$app/navigation', () => ({
	afterNavigate: (callback: (navigation: { from: { url: URL } }) => void) =>
		callback({ from: { url: new URL('https://rebalance.test/results?id=r1') } })
}));

const SOMETHING = true;
const NOTHING = false;

beforeEach(() => {
	isAnythingStored.mockReset();
});

describe('the data page', () => {
	it('trusts the latest look at what is saved, even when an earlier one finishes after it', async () => {
		let finishFirst = (_file: unknown) => {};
		isAnythingStored.mockReturnValueOnce(new Promise((resolve) => (finishFirst = resolve))).mockResolvedValue(SOMETHING);
		render(DataPage);
		await fireEvent.focusIn(screen.getByRole('heading', { name: 'Bring in a saved file' }));
		await vi.waitFor(() => expect(isAnythingStored).toHaveBeenCalledTimes(2));
		finishFirst(NOTHING);
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(screen.getByRole('heading', { name: 'Download everything' })).toBeVisible();
		expect(screen.queryByText(/Nothing is saved in this browser yet/)).not.toBeVisible();
	});

	it('leads back to the results it came from, until everything is deleted', async () => {
		isAnythingStored.mockResolvedValue(SOMETHING);
		render(DataPage);
		const user = userEvent.setup();
		expect(screen.getByRole('link', { name: 'Back to my results' })).toHaveAttribute('href', 'https://rebalance.test/results?id=r1');
		await user.click(await screen.findByRole('button', { name: 'Delete everything on this device' }));
		await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
		await screen.findByText('Everything Rebalance kept on this device has been deleted.');
		expect(screen.queryByRole('link', { name: 'Back to my results' })).toBeNull();
	});
});
