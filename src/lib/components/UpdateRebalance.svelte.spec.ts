import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { UpdateOutcome } from '$lib/app-update';
import UpdateRebalance from './UpdateRebalance.svelte';

const updateRebalance = vi.fn<() => Promise<UpdateOutcome>>();
vi.mock('$lib/app-update', async (actual) => ({
	...(await actual<typeof import('$lib/app-update')>()),
	browserParts: () => ({}),
	updateRebalance: () => updateRebalance()
}));

beforeEach(() => updateRebalance.mockReset());

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
