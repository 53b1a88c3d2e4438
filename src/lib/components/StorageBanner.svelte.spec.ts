import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { StorageStatus } from '$lib/state/storage-status.svelte';
import StorageBanner from './StorageBanner.svelte';

type Flag = 'memoryOnly' | 'blocked' | 'replaced' | 'notAnswering';

/** Each thing that can go wrong with storage, and words only its own notice says. */
const NOTICES: [Flag, RegExp][] = [
	['memoryOnly', /not letting Rebalance save anything/],
	['blocked', /older version is still open in another tab/],
	['replaced', /newer version of Rebalance has been used/],
	['notAnswering', /cannot reach what you saved.*Nothing has been deleted.*close your browser completely/s]
];

function showWith(change: (status: StorageStatus) => void): HTMLElement {
	const status = new StorageStatus();
	render(StorageBanner, { status });
	change(status);
	flushSync();
	return screen.getByRole('status');
}

describe('StorageBanner', () => {
	it('says nothing while storage is fine', () => {
		expect(showWith(() => undefined)).toHaveTextContent(/^\s*$/);
	});

	it.each(NOTICES)('when %s, says so in the live region that was there from the start, and says nothing else', async (flag, words) => {
		const banner = showWith((status) => (status[flag] = true));
		await vi.waitFor(() => expect(banner).toHaveTextContent(words));
		for (const [other, otherWords] of NOTICES) if (other !== flag) expect(banner).not.toHaveTextContent(otherWords);
	});

	it('counts the records set aside', async () => {
		const banner = showWith((status) => (status.setAside = 2));
		await vi.waitFor(() => expect(banner).toHaveTextContent(/2 saved items could not be read.*They have been\s+set aside, not deleted/s));
	});

	it('still says there is something to know when its words cannot be loaded', async () => {
		vi.doMock('./StorageNotices.svelte', () => {
			throw new Error('This file is gone after an update');
		});
		try {
			const banner = showWith((status) => (status.notAnswering = true));
			await vi.waitFor(() => expect(banner).toHaveTextContent(/something to tell you about this browser’s storage. Reload the page/));
		} finally {
			vi.doUnmock('./StorageNotices.svelte');
		}
	});
});
