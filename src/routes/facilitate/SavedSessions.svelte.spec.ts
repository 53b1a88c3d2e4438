import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SessionRecord } from '$lib/storage/schema';
import SavedSessions from './SavedSessions.svelte';

const record = (id: string, title: string, changes: Partial<SessionRecord['settings']> = {}): SessionRecord => ({
	id,
	settings: { title, welcome: '', date: null, sources: ['class', 'position'], custom: [], threshold: 3, ...changes },
	createdAt: Date.UTC(2025, 0, 2, 9, 0),
	updatedAt: Date.UTC(2025, 4, 6, 14, 30)
});

const ITEMS = [
	record('one', 'Carers forum', { date: '2025-06-12', custom: [{ name: 'Faith', description: '' }] }),
	record('two', 'Youth panel')
];

function setup(openId: string | null = null) {
	const handlers = { onOpen: vi.fn(), onDuplicate: vi.fn(), onDelete: vi.fn() };
	render(SavedSessions, { items: ITEMS, codeCounts: new Map([['one', 4]]), openId, ...handlers });
	return { ...handlers, user: userEvent.setup() };
}

const card = (title: string) => screen.getByRole('heading', { name: title }).closest('li')!;

describe('SavedSessions', () => {
	it('lists each session with its date, number of sources and when it last changed', () => {
		setup();
		expect(screen.getAllByRole('listitem')).toHaveLength(2);
		const forum = card('Carers forum');
		expect(forum).toHaveTextContent('Thursday 12 June 2025');
		expect(forum).toHaveTextContent('3 sources');
		expect(forum).toHaveTextContent(/Last changed 6 May 2025/);
		expect(card('Youth panel')).toHaveTextContent('2 sources');
	});

	it('says how many share codes a session has collected, and only when it has some', () => {
		setup();
		expect(card('Carers forum')).toHaveTextContent('3 sources · 4 share codes ·');
		expect(card('Youth panel')).not.toHaveTextContent(/share code/);
	});

	it('says that deleting a session takes its share codes too', async () => {
		const { onDelete, user } = setup();
		await user.click(within(card('Carers forum')).getByRole('button', { name: /^Delete/ }));
		expect(screen.getByText('Delete “Carers forum” and the 4 share codes collected for it from this device?', { exact: false })).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
		expect(onDelete).toHaveBeenCalledWith(ITEMS[0]);
	});

	it.each([
		['Open', 'onOpen'],
		['Duplicate', 'onDuplicate']
	] as const)('"%s" acts on the session it names', async (action, handler) => {
		const handlers = setup();
		await handlers.user.click(screen.getByRole('button', { name: `${action} Youth panel` }));
		expect(handlers[handler]).toHaveBeenCalledWith(ITEMS[1]);
	});

	it('links each session to its group screen', () => {
		setup();
		const link = within(card('Carers forum')).getByRole('link', { name: /Group screen/ });
		expect(link).toHaveAttribute('href', '/group?session=one');
	});

	it('asks before deleting, then deletes the session it names', async () => {
		const { onDelete, user } = setup();
		await user.click(within(card('Youth panel')).getByRole('button', { name: /^Delete/ }));
		expect(onDelete).not.toHaveBeenCalled();
		expect(screen.getByText(/Delete “Youth panel” from this device\?/)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
		expect(onDelete).toHaveBeenCalledWith(ITEMS[1]);
	});

	it('marks the session that is open in the editor', () => {
		setup('two');
		expect(card('Youth panel')).toHaveTextContent('Shown below');
		expect(card('Carers forum')).not.toHaveTextContent('Shown below');
	});
});
