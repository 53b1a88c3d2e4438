import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ShareButton from './ShareButton.svelte';

const props = { label: 'Share link', title: 'Ward forum', text: 'Please reflect with this link:', url: 'https://x.org/join#1zAB' };

function offerShare(share: (data: ShareData) => Promise<void>) {
	Object.defineProperty(navigator, 'share', { value: vi.fn(share), configurable: true });
	return navigator.share as unknown as ReturnType<typeof vi.fn>;
}

afterEach(() => {
	delete (navigator as { share?: unknown }).share;
});

describe('ShareButton', () => {
	it('shows nothing where the browser has no share menu', () => {
		render(ShareButton, props);
		expect(screen.queryByRole('button')).toBeNull();
	});

	it('hands exactly the title, words and link to the device’s share menu', async () => {
		const share = offerShare(async () => undefined);
		render(ShareButton, props);
		await userEvent.click(await screen.findByRole('button', { name: 'Share link' }));
		expect(share).toHaveBeenCalledWith({ title: 'Ward forum', text: 'Please reflect with this link:', url: 'https://x.org/join#1zAB' });
		expect(screen.getByRole('status')).toHaveTextContent('');
	});

	it.each([
		['closing the menu without picking an app', new DOMException('Share canceled', 'AbortError'), ''],
		['a share the device refuses', new DOMException('Not allowed', 'NotAllowedError'), 'Sharing did not work on this device. Copy it instead.']
	])('after %s, says %j', async (_, error, message) => {
		offerShare(async () => {
			throw error;
		});
		render(ShareButton, props);
		await userEvent.click(await screen.findByRole('button', { name: 'Share link' }));
		expect(screen.getByRole('status')).toHaveTextContent(message);
	});
});
