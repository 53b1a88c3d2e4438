import { version } from '$app/environment';
import { render, screen } from '@testing-library/svelte';
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

	it('can be dismissed, and then gives focus to the main content, as the skip link does', async () => {
		localStorage.setItem('rebalance-version', 'old');
		const main = document.body.appendChild(Object.assign(document.createElement('main'), { id: 'main', tabIndex: -1 }));
		render(UpdateNotice, { target: main });
		await userEvent.setup().click(await screen.findByRole('button', { name: 'Dismiss' }));
		expect(screen.queryByText(/has been updated/)).toBeNull();
		expect(main).toHaveFocus();
		main.remove();
	});
});
