import { describe, expect, it } from 'vitest';
import type { SessionSettings } from '$lib/share/session-settings';
import { savedLink, type BeforeSave } from './saved-link';

const first: SessionSettings = { title: 'Forum', welcome: '', date: null, sources: ['class', 'position', 'monetary'], custom: [], threshold: 3 };
const retitled = { ...first, title: 'Forum, March' };
const fewer = { ...first, sources: ['class', 'position'] as SessionSettings['sources'] };

describe('savedLink', () => {
	it.each<[string, SessionSettings, BeforeSave, boolean, boolean]>([
		['a first save', first, { wasSaved: false, shown: null, saved: null }, false, false],
		['a copy saved for the first time, with a link shown from before', first, { wasSaved: false, shown: first, saved: null }, false, false],
		['a save that changed nothing', first, { wasSaved: true, shown: first, saved: first }, false, true],
		['a new title', retitled, { wasSaved: true, shown: first, saved: first }, true, true],
		['other sources', fewer, { wasSaved: true, shown: first, saved: first }, true, false],
		['a saved session opened before its link was shown', retitled, { wasSaved: true, shown: null, saved: first }, false, true]
	])('%s: replaced %s, keeps codes %s', (_, settings, before, replaced, keepsCodes) => {
		expect(savedLink('id', 'https://example.org/join#1z', settings, before)).toEqual({
			id: 'id',
			url: 'https://example.org/join#1z',
			settings,
			replaced,
			keepsCodes
		});
	});
});
