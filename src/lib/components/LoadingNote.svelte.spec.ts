import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import LoadingNote from './LoadingNote.svelte';

describe('LoadingNote', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('says nothing during a quick read, so nothing is heard that the page’s heading would cut off', async () => {
		render(LoadingNote, { text: 'Loading your reflection…' });
		await vi.advanceTimersByTimeAsync(400);
		expect(screen.getByRole('status')).toHaveTextContent('');
	});

	it('says what is loading, in a live region that was already there, once the read takes a while', async () => {
		render(LoadingNote, { text: 'Loading your results…' });
		const status = screen.getByRole('status');
		await vi.advanceTimersByTimeAsync(600);
		expect(status).toHaveTextContent('Loading your results…');
		expect(screen.getByRole('status')).toBe(status);
	});
});
