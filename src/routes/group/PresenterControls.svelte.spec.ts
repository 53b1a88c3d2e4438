import { isInaccessible, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import PresenterControls from './PresenterControls.svelte';

const noop = () => undefined;

describe('PresenterControls', () => {
	it('shows that there is more below to the eye only: a screen reader reads the whole view, scrolled or not', () => {
		render(PresenterControls, {
			status: 'Biggest gaps, view 4 of 4.',
			canPick: false,
			overflow: true,
			more: true,
			notes: false,
			stageId: 'stage',
			onview: noop,
			onpick: noop,
			onclear: noop,
			onnotes: noop
		});
		expect(isInaccessible(screen.getByText('More below: scroll down.'))).toBe(true);
		// Only the note: the status beside it is still heard.
		expect(screen.getByRole('status')).toHaveTextContent('Biggest gaps, view 4 of 4.');
	});
});
