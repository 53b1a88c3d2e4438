import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeExportFile } from '$lib/storage/export-format';
import ImportPanel from './ImportPanel.svelte';
import { textChanges } from '$lib/components/live-region.test-helper';

// Bringing in waits until the test says how it ends: settle() succeeds, settle(error) fails.
const bringingIn = vi.hoisted(() => ({ settle: (_error?: Error) => {} }));

vi.mock('$lib/storage/transfer', async (original) => ({
	...(await original<typeof import('$lib/storage/transfer')>()),
	applyImport: (_data: unknown, plan: unknown) =>
		new Promise((resolve, reject) => (bringingIn.settle = (error) => (error ? reject(error) : resolve(plan))))
}));

const FILE = JSON.stringify(
	makeExportFile({
		reflections: [{ id: 'r1', label: 'Forum', createdAt: 1, updatedAt: 2, step: 'reflect', completedAt: 2, bankVersion: 'bank-1', session: null }],
		answers: [],
		notes: [],
		sessions: [],
		codes: [],
		groups: []
	})
);

describe('ImportPanel', () => {
	// First, while the reader's module has not been loaded yet: a later import would come from the module cache.
	it('says what to do when the file reader cannot be loaded, as offline with nothing cached, and shows nothing to bring in', async () => {
		vi.doMock('$lib/storage/export-read', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
		try {
			const user = userEvent.setup();
			render(ImportPanel);
			await user.upload(screen.getByLabelText(/Choose a file Rebalance saved/), new File([FILE], 'rebalance.json', { type: 'application/json' }));
			await waitFor(() =>
				expect(screen.getByRole('alert')).toHaveTextContent('This part of Rebalance could not be loaded. Check your connection, then reload the page to try again.')
			);
			expect(screen.queryByRole('button', { name: 'Bring these in' })).toBeNull();
		} finally {
			vi.doUnmock('$lib/storage/export-read');
		}
	});

	it('keeps focus on "Bring these in" while it works and when it fails, and says what went wrong', async () => {
		const user = userEvent.setup();
		render(ImportPanel);
		await user.upload(screen.getByLabelText(/Choose a file Rebalance saved/), new File([FILE], 'rebalance.json', { type: 'application/json' }));
		const bring = await screen.findByRole('button', { name: 'Bring these in' });
		await user.click(bring);
		expect(bring).toHaveAttribute('aria-disabled', 'true');
		expect(bring).toHaveFocus();
		bringingIn.settle(new Error('full'));
		expect(await screen.findByText(/could not be brought in/)).toBeInTheDocument();
		expect(bring).toHaveFocus();
		expect(bring).not.toHaveAttribute('aria-disabled');
	});

	it('lets Cancel do nothing once bringing in has begun, and then says what was brought in', async () => {
		const user = userEvent.setup();
		render(ImportPanel);
		await user.upload(screen.getByLabelText(/Choose a file Rebalance saved/), new File([FILE], 'rebalance.json', { type: 'application/json' }));
		await user.click(await screen.findByRole('button', { name: 'Bring these in' }));
		const cancel = screen.getByRole('button', { name: 'Cancel' });
		expect(cancel).toHaveAttribute('aria-disabled', 'true');
		await user.keyboard('{Tab}{Enter}');
		expect(screen.getByRole('button', { name: 'Bring these in' })).toBeInTheDocument();
		bringingIn.settle();
		expect(await screen.findByText(/^Done\./)).toBeInTheDocument();
		expect(screen.queryByText(/Nothing has been changed/)).toBeNull();
	});

	it('gives focus to the note of what was brought in, outside any live region, so it is read out once', async () => {
		const user = userEvent.setup();
		render(ImportPanel);
		await user.upload(screen.getByLabelText(/Choose a file Rebalance saved/), new File([FILE], 'rebalance.json', { type: 'application/json' }));
		await user.click(await screen.findByRole('button', { name: 'Bring these in' }));
		bringingIn.settle();
		const note = await screen.findByText(/^Done\. 1 reflection brought in\./);
		await waitFor(() => expect(note).toHaveFocus());
		expect(note.closest('[role="status"], [role="alert"], [aria-live]')).toBeNull();
	});

	it('says when nothing in a file can be read, rather than that it is all here already', async () => {
		const user = userEvent.setup();
		const file = JSON.parse(FILE);
		file.reflections[0].createdAt = 'last Tuesday';
		file.answers.push({ reflectionId: 'r1', questionId: 'q1', value: 3, updatedAt: 1 });
		render(ImportPanel);
		await user.upload(screen.getByLabelText(/Choose a file Rebalance saved/), new File([JSON.stringify(file)], 'rebalance.json'));
		expect(await screen.findByText(/2 items will be left out/)).toBeInTheDocument();
		expect(screen.getByText(/Nothing in this file can be read/)).toBeInTheDocument();
		expect(screen.queryByText(/already on this device/)).toBeNull();
		expect(screen.queryByRole('button', { name: 'Bring these in' })).toBeNull();
	});

	it('says a download with nothing in it holds nothing, not that it cannot be read', async () => {
		const user = userEvent.setup();
		const empty = makeExportFile({ reflections: [], answers: [], notes: [], sessions: [], codes: [], groups: [] });
		render(ImportPanel);
		await user.upload(screen.getByLabelText(/Choose a file Rebalance saved/), new File([JSON.stringify(empty)], 'rebalance.json'));
		expect(await screen.findByText(/This file holds nothing/)).toBeInTheDocument();
		expect(screen.queryByText(/cannot be read|left out/)).toBeNull();
	});

	it('lists group screen settings it would bring in', async () => {
		const user = userEvent.setup();
		const file = makeExportFile({ reflections: [], answers: [], notes: [], sessions: [], codes: [], groups: [{ sessionKey: 'NEW1', invited: 9, seed: 5 }] });
		render(ImportPanel);
		await user.upload(screen.getByLabelText(/Choose a file Rebalance saved/), new File([JSON.stringify(file)], 'rebalance.json'));
		expect(await screen.findByText(/The group screen’s settings \(such as how many people were invited\) for 1 session to add/)).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Bring these in' })).toBeInTheDocument();
	});

	it('says the problem again when a second bad file is chosen', async () => {
		const user = userEvent.setup();
		render(ImportPanel);
		const field = screen.getByLabelText(/Choose a file Rebalance saved/);
		await user.upload(field, new File([], 'first.json'));
		const alert = screen.getByRole('alert');
		await waitFor(() => expect(alert).toHaveTextContent(/This file is empty/));
		const heard = textChanges(alert);
		await user.upload(field, new File([], 'second.json'));
		// Emptied and filled again, so it is read out again.
		await waitFor(() => expect(heard.at(-1)).toMatch(/This file is empty/));
		expect(heard).toContain('');
	});

	it('says the problem again when bringing in fails a second time, and drops it once bringing in works', async () => {
		const user = userEvent.setup();
		render(ImportPanel);
		await user.upload(screen.getByLabelText(/Choose a file Rebalance saved/), new File([FILE], 'rebalance.json', { type: 'application/json' }));
		const bring = await screen.findByRole('button', { name: 'Bring these in' });
		const alert = screen.getByRole('alert');
		await user.click(bring);
		bringingIn.settle(new Error('full'));
		await waitFor(() => expect(alert).toHaveTextContent(/could not be brought in/));
		const heard = textChanges(alert);
		await user.click(bring);
		bringingIn.settle(new Error('full'));
		await waitFor(() => expect(heard.at(-1)).toMatch(/could not be brought in/));
		expect(heard).toContain('');
		await user.click(bring);
		bringingIn.settle();
		expect(await screen.findByText(/^Done\./)).toBeInTheDocument();
		expect(alert).toHaveTextContent('');
	});
});
