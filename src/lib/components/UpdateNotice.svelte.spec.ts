import { version } from '$app/environment';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import UpdateNotice from './UpdateNotice.svelte';

beforeEach(() => localStorage.clear());

describe('UpdateNotice', () => {
	it.each([
		['on a first visit', null, false],
		['when nothing changed since last time', version, false],
		['after an update since last time', `${version}-older`, true]
	])('%s: shows a notice = %s, and remembers this version', async (_name, seen, shown) => {
		if (seen !== null) localStorage.setItem('rebalance-version', seen);
		render(UpdateNotice);
		await Promise.resolve();
		expect(screen.queryByText(/has been updated/) !== null).toBe(shown);
		expect(localStorage.getItem('rebalance-version')).toBe(version);
	});

	it('says only the news in its live region, not the button, which says what it dismisses', async () => {
		localStorage.setItem('rebalance-version', 'old');
		render(UpdateNotice);
		const status = screen.getByRole('status');
		await screen.findByText(/has been updated/);
		expect(status).toHaveTextContent('Rebalance has been updated since you last used it. Everything you saved is still here.');
		expect(within(status).queryByRole('button')).toBeNull();
		// Named in full for screen readers; the word on it, 'Dismiss', comes first, so saying it still finds it.
		expect(screen.getByRole('button', { name: 'Dismiss update notice' })).toHaveTextContent(/^Dismiss/);
	});

	it.each([
		['the page’s heading', '<h1>Your data</h1>', 'h1'],
		['the main content, as the skip link does, when there is no heading', '<p>No heading here</p>', 'main'],
		['the main content when the only heading is the printed handout’s', '<article class="handout"><h1>Handout</h1></article>', 'main']
	])('can be dismissed, and then gives focus to %s', async (_, page, focused) => {
		localStorage.setItem('rebalance-version', 'old');
		const main = document.body.appendChild(Object.assign(document.createElement('main'), { id: 'main', tabIndex: -1 }));
		main.innerHTML = page;
		render(UpdateNotice, { target: main });
		await userEvent.setup().click(await screen.findByRole('button', { name: 'Dismiss update notice' }));
		expect(screen.queryByText(/has been updated/)).toBeNull();
		expect(focused === 'h1' ? main.querySelector('h1') : main).toHaveFocus();
		main.remove();
	});
});
