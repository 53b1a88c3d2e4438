import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SaveProblem from './SaveProblem.svelte';

const PROBLEM = 'This device is out of storage space.';

describe('SaveProblem', () => {
	it('when saving works again while its button has focus, the note saying so takes focus', async () => {
		const view = render(SaveProblem, { message: PROBLEM, onRetry: vi.fn() });
		screen.getByRole('button', { name: 'Try saving again now' }).focus();
		await view.rerender({ message: null });
		expect(screen.getByRole('alert')).toHaveTextContent('');
		expect(screen.getByText(/^Saved\./)).toHaveFocus();
	});

	it('says nothing, and takes no focus, when saving works again while focus is elsewhere', async () => {
		const elsewhere = document.body.appendChild(document.createElement('input'));
		const view = render(SaveProblem, { message: PROBLEM, onRetry: vi.fn() });
		elsewhere.focus();
		await view.rerender({ message: null });
		expect(screen.queryByText(/^Saved\./)).not.toBeInTheDocument();
		expect(elsewhere).toHaveFocus();
		elsewhere.remove();
	});
});
