import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import StartStep from './StartStep.svelte';

const named = (...names: string[]) => names.map((name) => ({ id: name.toLowerCase(), name }));

describe('StartStep', () => {
	it.each([
		[['Education', 'Money', 'Role', 'Lived experience'], 'You will look at 4 sources of power: Education, Money, Role and Lived experience.'],
		[['Education', 'Class and background', 'Authority'], 'You will look at 3 sources of power: Education, Class and background and Authority.']
	])('names the sources this walk covers: %j', (names, said) => {
		render(StartStep, { label: '', sources: named(...names), resuming: false, onBegin: vi.fn() });
		expect(screen.getByText(said, { exact: false })).toBeInTheDocument();
	});

	it.each([
		[false, 'Start your reflection'],
		[true, 'Carry on your reflection']
	])('has a heading of its own, not the home page’s, when resuming is %s', (resuming, heading) => {
		render(StartStep, { label: '', sources: named('Education'), resuming, onBegin: vi.fn() });
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(heading);
	});

	it.each([
		[false, 1],
		[true, 0]
	])('says that beginning asks the browser to keep the answers only before beginning (resuming %s)', (resuming, said) => {
		render(StartStep, { label: '', sources: named('Education'), resuming, onBegin: vi.fn() });
		expect(screen.queryAllByText(/When you begin, Rebalance asks your browser/)).toHaveLength(said);
	});

	it('on a finished reflection, leads straight to each source’s questions and keeps the label as it is typed, with no start again', async () => {
		const onBegin = vi.fn();
		const onRename = vi.fn();
		render(StartStep, { label: 'Board', sources: named('Education', 'Money'), resuming: true, finishedId: 'r1', onBegin, onRename });
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Change your answers');
		const links = screen.getAllByRole('link', { name: /: change my answers$/ });
		expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
			['Education', '/reflect?id=r1&step=education'],
			['Money', '/reflect?id=r1&step=money']
		]);
		expect(screen.queryByRole('button')).toBeNull();
		expect(screen.queryByText(/When you begin|no right or wrong/)).toBeNull();
		const field = screen.getByLabelText('What this reflection is called');
		expect(field).toHaveValue('Board');
		const user = userEvent.setup();
		await user.type(field, ' 2{Enter}');
		expect(onRename.mock.calls.map(([label]) => label)).toEqual(['Board ', 'Board 2']);
		expect(field).toHaveValue('Board 2');
		expect(onBegin).not.toHaveBeenCalled();
	});

	it('begins with the private label typed, or carries on when resuming', async () => {
		const onBegin = vi.fn();
		render(StartStep, { label: 'Board', sources: named('Education'), resuming: true, onBegin });
		const field = screen.getByLabelText(/Which group or session/);
		expect(field).toHaveValue('Board');
		await userEvent.setup().type(field, ' meeting');
		await userEvent.setup().click(screen.getByRole('button', { name: 'Carry on' }));
		expect(onBegin).toHaveBeenCalledWith('Board meeting');
	});

	it('keeps focus on Begin while it is busy, and does not begin twice', async () => {
		const onBegin = vi.fn();
		render(StartStep, { label: '', sources: named('Education'), resuming: false, busy: true, onBegin });
		const begin = screen.getByRole('button', { name: 'Begin' });
		begin.focus();
		expect(begin).toHaveFocus();
		expect(begin).toHaveAttribute('aria-disabled', 'true');
		await userEvent.setup().keyboard('{Enter}');
		expect(onBegin).not.toHaveBeenCalled();
	});

	it('says so when a label reaches the longest it can be, rather than cut a paste without a word', async () => {
		render(StartStep, { label: '', sources: named('Education'), resuming: false, onBegin: vi.fn() });
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
