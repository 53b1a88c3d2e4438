import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import NotFound from './NotFound.svelte';

describe('NotFound', () => {
	it.each([
		['not found', false, 'We could not find that reflection'],
		['set aside', true, 'We could not open that reflection']
	])('%s: its heading takes focus when nothing else has it, so a screen reader hears what happened', (_, setAside, heading) => {
		(document.activeElement as HTMLElement | null)?.blur();
		render(NotFound, { setAside });
		expect(screen.getByRole('heading', { level: 1, name: heading })).toHaveFocus();
	});

	it('leaves focus where it is when something on the page has it', () => {
		const button = document.body.appendChild(document.createElement('button'));
		button.focus();
		render(NotFound);
		expect(button).toHaveFocus();
		button.remove();
	});

	it('offers the reflections on this device first, before a new copy, and says how one moves between devices', () => {
		render(NotFound);
		const list = screen.getByRole('link', { name: 'See your reflections' });
		const start = screen.getByRole('link', { name: 'Start a new reflection' });
		expect(list).toHaveAttribute('href', '/');
		expect(list).not.toHaveClass('secondary');
		expect(start).toHaveClass('secondary');
		expect(list.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
		expect(screen.getByRole('link', { name: 'Your data' })).toHaveAttribute('href', '/data');
	});
});
