import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UpdateOutcome } from '$lib/app-update';
import UpdateRebalance from './UpdateRebalance.svelte';

const updateRebalance = vi.fn<(parts: unknown, options: { onDownloading: () => void }) => Promise<UpdateOutcome>>();
vi.mock('$lib/app-update', async (actual) => ({
	...(await actual<typeof import('$lib/app-update')>()),
	browserParts: () => ({}),
	updateRebalance: (parts: unknown, options: { onDownloading: () => void }) => updateRebalance(parts, options)
}));

// In braces: a function returned from beforeEach is run after the test, and mockReset returns the mock.
beforeEach(() => {
	updateRebalance.mockReset();
});

describe('UpdateRebalance', () => {
	it.each<[UpdateOutcome, RegExp]>([
		['updating', /^Updating Rebalance\. This page will reload in a moment\.$/],
		['current', /already the newest version.*ask whoever gave it to you/],
		['unreachable', /could not check.*Check you are online/],
		['stuck', /could not update in this tab.*close every Rebalance tab and window/]
	])('says what it found when the update ends %s', async (outcome, words) => {
		updateRebalance.mockResolvedValue(outcome);
		render(UpdateRebalance);
		await userEvent.setup().click(screen.getByRole('button', { name: 'Update Rebalance' }));
		await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(words));
	});

	it('says when the newest version is downloading, which can take a while', async () => {
		let finish = (_outcome: UpdateOutcome) => {};
		updateRebalance.mockImplementation((_parts, { onDownloading }) => {
			onDownloading();
			return new Promise((resolve) => (finish = resolve));
		});
		render(UpdateRebalance);
		await userEvent.setup().click(screen.getByRole('button', { name: 'Update Rebalance' }));
		await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Downloading the newest version of Rebalance\./));
		finish('updating');
		await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Updating Rebalance\./));
	});

	it('says what to do after the update before it is pressed, since the page it would be said on is then gone', () => {
		render(UpdateRebalance, { afterwards: 'After the update, choose the file again.' });
		expect(screen.getByRole('button', { name: 'Update Rebalance' })).toHaveAccessibleDescription('After the update, choose the file again.');
		expect(screen.getByText('After the update, choose the file again.')).toBeVisible();
		expect(screen.getByRole('status').textContent).toBe('');
	});

	it('says it is looking, keeps focus on its button, and looks once however often it is pressed', async () => {
		let finish = (_outcome: UpdateOutcome) => {};
		updateRebalance.mockReturnValue(new Promise((resolve) => (finish = resolve)));
		render(UpdateRebalance);
		const user = userEvent.setup();
		const button = screen.getByRole('button', { name: 'Update Rebalance' });
		await user.click(button);
		await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Looking for the newest version of Rebalance…'));
		expect(button).toHaveAttribute('aria-disabled', 'true');
		await user.click(button);
		expect(button).toHaveFocus();
		expect(updateRebalance).toHaveBeenCalledOnce();
		finish('unreachable');
		await vi.waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
		await user.click(button);
		expect(updateRebalance).toHaveBeenCalledTimes(2);
	});
});

describe('UpdateRebalance offline', () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('says to check the connection, rather than reloading onto the browser offline page, when its code cannot load', async () => {
		vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
		updateRebalance.mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
		render(UpdateRebalance);
		const button = screen.getByRole('button', { name: 'Update Rebalance' });
		await userEvent.setup().click(button);
		await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/could not check.*Check you are online/));
		expect(button).not.toHaveAttribute('aria-disabled');
	});
});
