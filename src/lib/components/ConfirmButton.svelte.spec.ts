import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ConfirmButton from './ConfirmButton.svelte';

function setup() {
	const onConfirm = vi.fn();
	// `context` is also a mount option, so the props go under `props`.
	render(ConfirmButton, {
		props: { label: 'Delete', context: 'Carers forum', question: 'Delete it for good?', confirmLabel: 'Yes, delete it', onConfirm }
	});
	return { onConfirm, user: userEvent.setup() };
}

describe('ConfirmButton', () => {
	// Every test finds the button by its exact name, label and context with a space between.
	it('asks first and acts only after confirming', async () => {
		const { onConfirm, user } = setup();
		await user.click(screen.getByRole('button', { name: 'Delete Carers forum' }));
		expect(screen.getByRole('group', { name: 'Delete it for good?' })).toContainElement(screen.getByRole('button', { name: 'Cancel' }));
		expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
		expect(onConfirm).not.toHaveBeenCalled();
		await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
		expect(onConfirm).toHaveBeenCalledOnce();
	});

	it('cancels without acting, and gives focus back to the button', async () => {
		const { onConfirm, user } = setup();
		await user.click(screen.getByRole('button', { name: 'Delete Carers forum' }));
		await user.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(onConfirm).not.toHaveBeenCalled();
		expect(screen.getByRole('button', { name: 'Delete Carers forum' })).toHaveFocus();
	});

	it('closes on Escape without acting, from either button, and gives focus back', async () => {
		const { onConfirm, user } = setup();
		await user.click(screen.getByRole('button', { name: 'Delete Carers forum' }));
		await user.keyboard('{Escape}');
		expect(screen.queryByText('Delete it for good?')).not.toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Delete Carers forum' })).toHaveFocus();
		await user.click(screen.getByRole('button', { name: 'Delete Carers forum' }));
		screen.getByRole('button', { name: 'Yes, delete it' }).focus();
		await user.keyboard('{Escape}');
		expect(screen.queryByText('Delete it for good?')).not.toBeInTheDocument();
		expect(onConfirm).not.toHaveBeenCalled();
	});
});
