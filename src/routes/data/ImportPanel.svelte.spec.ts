import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeExportFile } from '$lib/storage/export-format';
import ImportPanel from './ImportPanel.svelte';

const bringingIn = vi.hoisted(() => ({ fail: () => {} }));

vi.mock('$lib/storage/transfer', async (original) => ({
	...(await original<typeof import('$lib/storage/transfer')>()),
	applyImport: () => new Promise<void>((_, reject) => (bringingIn.fail = () => reject(new Error('full'))))
}));

const FILE = JSON.stringify(
	makeExportFile({
		reflections: [{ id: 'r1', label: 'Forum', createdAt: 1, updatedAt: 2, step: 'reflect', completedAt: 2, bankVersion: 'bank-1', session: null }],
		answers: [],
		notes: [],
		sessions: [],
		codes: []
	})
);

describe('ImportPanel', () => {
	it('keeps focus on "Bring these in" while it works and when it fails, and says what went wrong', async () => {
		const user = userEvent.setup();
		render(ImportPanel);
		await user.upload(screen.getByLabelText(/Choose a Rebalance download/), new File([FILE], 'rebalance.json', { type: 'application/json' }));
		const bring = await screen.findByRole('button', { name: 'Bring these in' });
		await user.click(bring);
		expect(bring).toHaveAttribute('aria-disabled', 'true');
		expect(bring).toHaveFocus();
		bringingIn.fail();
		expect(await screen.findByText(/could not be brought in/)).toBeInTheDocument();
		expect(bring).toHaveFocus();
		expect(bring).not.toHaveAttribute('aria-disabled');
	});
});
