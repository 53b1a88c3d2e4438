import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import StartStep from './StartStep.svelte';

describe('StartStep', () => {
	it.each([
		[['Education', 'Money', 'Role', 'Lived experience'], 'You will look at 4 sources of power: Education, Money, Role and Lived experience.'],
		[['Education', 'Class and background', 'Authority'], 'You will look at 3 sources of power: Education, Class and background and Authority.']
	])('names the sources this walk covers: %j', (sourceNames, said) => {
		render(StartStep, { label: '', sourceNames, resuming: false, onBegin: vi.fn() });
		expect(screen.getByText(said, { exact: false })).toBeInTheDocument();
	});

	it.each([
		[false, 'Start your reflection'],
		[true, 'Carry on your reflection']
	])('has a heading of its own, not the home page’s, when resuming is %s', (resuming, heading) => {
		render(StartStep, { label: '', sourceNames: ['Education'], resuming, onBegin: vi.fn() });
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(heading);
	});

	it('begins with the private label typed, or carries on when resuming', async () => {
		const onBegin = vi.fn();
		render(StartStep, { label: 'Board', sourceNames: ['Education'], resuming: true, onBegin });
		const field = screen.getByLabelText(/Which group or session/);
		expect(field).toHaveValue('Board');
		await userEvent.setup().type(field, ' meeting');
		await userEvent.setup().click(screen.getByRole('button', { name: 'Carry on' }));
		expect(onBegin).toHaveBeenCalledWith('Board meeting');
	});

	it('keeps focus on Begin while it is busy, and does not begin twice', async () => {
		const onBegin = vi.fn();
		render(StartStep, { label: '', sourceNames: ['Education'], resuming: false, busy: true, onBegin });
		const begin = screen.getByRole('button', { name: 'Begin' });
		begin.focus();
		expect(begin).toHaveFocus();
		expect(begin).toHaveAttribute('aria-disabled', 'true');
		await userEvent.setup().keyboard('{Enter}');
		expect(onBegin).not.toHaveBeenCalled();
	});

	it('says so when a label reaches the longest it can be, rather than cut a paste without a word', async () => {
		render(StartStep, { label: '', sourceNames: ['Education'], resuming: false, onBegin: vi.fn() });
		const field = screen.getByLabelText(/Which group or session/);
		const user = userEvent.setup();
		await user.type(field, 'Partnership board');
		expect(screen.queryByText(/longest a label can be/)).toBeNull();
		await user.click(field);
		await user.paste(' – '.padEnd(90, 'x'));
		expect(field).toHaveValue(`Partnership board${' – '.padEnd(90, 'x')}`.slice(0, 80));
		expect(field).toHaveAccessibleDescription(/That is the longest a label can be \(80 characters\)\./);
		// Said as it happens, too: a description alone is heard only when the field is next focused.
		expect(screen.getByRole('status')).toHaveTextContent('That is the longest a label can be (80 characters).');
	});
});
