import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CopyButton from './CopyButton.svelte';
import { textChanges } from './live-region.test-helper';

beforeEach(() => {
	vi.useFakeTimers();
	Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(async () => undefined) }, configurable: true });
});

afterEach(() => {
	vi.useRealTimers();
	Reflect.deleteProperty(navigator, 'clipboard');
});

async function press() {
	await fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
	await vi.advanceTimersByTimeAsync(0);
}

describe('CopyButton', () => {
	it('copies the text, says so, and takes the message away after 4 seconds', async () => {
		render(CopyButton, { text: 'ABCD-1234', label: 'Copy code' });
		await press();
		expect(navigator.clipboard.writeText).toHaveBeenCalledWith('ABCD-1234');
		expect(screen.getByRole('status')).toHaveTextContent('Copied');
		await vi.advanceTimersByTimeAsync(4000);
		expect(screen.getByRole('status')).toHaveTextContent('');
	});

	it('says "Copied" again on a second press, and keeps it for the full 4 seconds after that press', async () => {
		render(CopyButton, { text: 'ABCD-1234', label: 'Copy code' });
		const status = screen.getByRole('status');
		await press();
		await vi.advanceTimersByTimeAsync(3000);
		const heard = textChanges(status);
		await press();
		// Emptied, and left empty until that is drawn: put back in the same frame, the same words are no change to hear.
		expect(heard).toEqual(['']);
		await vi.advanceTimersByTimeAsync(100);
		expect(heard).toEqual(['', 'Copied']);
		// The first press's timer would have ended here.
		await vi.advanceTimersByTimeAsync(2000);
		expect(status).toHaveTextContent('Copied');
		await vi.advanceTimersByTimeAsync(2000);
		expect(status).toHaveTextContent('');
	});

	it('says "Copied" only beside the button whose text is on the clipboard now', async () => {
		render(CopyButton, { text: 'ABCD-1234', label: 'Copy code' });
		render(CopyButton, { text: 'https://example.org/#code', label: 'Copy as a link' });
		const [codeStatus, linkStatus] = screen.getAllByRole('status');
		await press();
		expect(codeStatus).toHaveTextContent('Copied');
		await fireEvent.click(screen.getByRole('button', { name: 'Copy as a link' }));
		await vi.advanceTimersByTimeAsync(0);
		expect(linkStatus).toHaveTextContent('Copied');
		expect(codeStatus).toHaveTextContent('');
	});
});
