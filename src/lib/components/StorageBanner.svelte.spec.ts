import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
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

describe('StorageBanner', () => {
	it('says nothing while storage is fine', () => {
		render(StorageBanner, { status: new StorageStatus() });
		expect(screen.getByRole('status')).toHaveTextContent(/^\s*$/);
	});

	it.each(NOTICES)('when %s, says so in a live region, and says nothing else', (flag, words) => {
		const status = new StorageStatus();
		render(StorageBanner, { status });
		status[flag] = true;
		flushSync();
		const banner = screen.getByRole('status');
		expect(banner).toHaveTextContent(words);
		for (const [other, otherWords] of NOTICES) if (other !== flag) expect(banner).not.toHaveTextContent(otherWords);
	});
});
