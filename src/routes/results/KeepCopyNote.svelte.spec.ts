import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import KeepCopyNote from './KeepCopyNote.svelte';

const NOTE = /Some browsers clear what a site has saved/;

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('KeepCopyNote', () => {
	it.each([
		['has promised to keep what is saved, says nothing', { persisted: () => Promise.resolve(true) }, false],
		['has not promised, says how to keep a copy', { persisted: () => Promise.resolve(false) }, true],
		['cannot answer, says how to keep a copy', { persisted: () => Promise.reject(new Error('denied')) }, true],
		['has no way to ask, says how to keep a copy', undefined, true]
	])('when the browser %s', async (_, storage, shown) => {
		vi.stubGlobal('navigator', { storage });
		render(KeepCopyNote, { printable: true, memoryOnly: false });
		// The answer comes after a tick either way; wait for it before looking.
		await new Promise((resolve) => setTimeout(resolve));
		expect(screen.queryByText(NOTE) !== null).toBe(shown);
		if (shown) expect(screen.getByRole('link', { name: 'download your data' })).toHaveAttribute('href', '/data');
		// Under a heading of its own, not filed under whichever section comes before it.
		if (shown) expect(screen.getByRole('region', { name: 'Keep a copy' })).toContainElement(screen.getByText(NOTE));
	});

	it('says nothing when the browser refused storage, as the banner already says nothing is kept', async () => {
		vi.stubGlobal('navigator', { storage: { persisted: () => Promise.resolve(false) } });
		render(KeepCopyNote, { printable: true, memoryOnly: true });
		await new Promise((resolve) => setTimeout(resolve));
		expect(screen.queryByText(NOTE)).toBeNull();
	});

	it('mentions printing only when the page can print a chart', async () => {
		vi.stubGlobal('navigator', { storage: { persisted: () => Promise.resolve(false) } });
		const { unmount } = render(KeepCopyNote, { printable: true, memoryOnly: false });
		expect(await screen.findByText(NOTE)).toHaveTextContent('use “Print or save as PDF” below, or download your data.');
		unmount();
		render(KeepCopyNote, { printable: false, memoryOnly: false });
		expect(await screen.findByText(NOTE)).toHaveTextContent(/keep this reflection, download your data\.$/);
	});
});
