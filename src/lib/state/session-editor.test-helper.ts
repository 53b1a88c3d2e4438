// Shared by the session editor's specs.
import { deleteDB } from 'idb';
import { afterEach, beforeEach, expect } from 'vitest';
import { decodeSession } from '$lib/share/session-link';
import type { SessionSettings } from '$lib/share/session-settings';
import { closeDatabase } from '$lib/storage/db';
import { DB_NAME } from '$lib/storage/schema';
import { SessionEditor } from './session-editor.svelte';

/** The site the links are made for. */
export const ORIGIN = 'https://rebalance.example';

/** A session with a date, a note with a line break and one source of the facilitator's own. */
export const SETTINGS: SessionSettings = {
	title: 'Planning day',
	welcome: 'Hello\nall',
	date: '2025-06-03',
	sources: ['educational', 'position'],
	custom: [{ name: 'Faith', description: 'Belief and belonging' }],
	threshold: 4
};

/** An editor opened on an empty form. */
export function fresh(): SessionEditor {
	const editor = new SessionEditor();
	editor.startNew();
	return editor;
}

/** The settings a link carries, after checking it is a join link for ORIGIN. */
export async function fragmentSettings(url: string) {
	expect(url.startsWith(`${ORIGIN}/join#`)).toBe(true);
	const opened = await decodeSession(url.slice(url.indexOf('#') + 1));
	return opened.ok ? opened.settings : opened.error;
}

/** Gives every test an empty database. */
export function useEmptyDatabase(): void {
	beforeEach(async () => {
		await closeDatabase();
		await deleteDB(DB_NAME);
	});
	afterEach(() => closeDatabase());
}
