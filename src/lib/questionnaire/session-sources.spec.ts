import { describe, expect, it } from 'vitest';
import type { SessionSettings } from '$lib/share/session-settings';
import { sessionSources } from './session-sources';
import { STANDARD_SOURCES } from './standard-sources';
import { STANDARD_SOURCE_IDS } from './types';

const SESSION: SessionSettings = {
	title: 'Planning day',
	welcome: '',
	date: null,
	sources: ['authority', 'educational', 'class'],
	custom: [
		{ name: 'Lived experience', description: '' },
		{ name: 'Networks', description: 'Who you know' }
	],
	threshold: 3
};

describe('sessionSources', () => {
	it('gives all six standard sources when there is no session', () => {
		expect(sessionSources(null).map((source) => source.id)).toEqual([...STANDARD_SOURCE_IDS]);
	});

	it('hands back a new list, so changing it leaves the question bank alone', () => {
		sessionSources(null).pop();
		expect(STANDARD_SOURCES).toHaveLength(6);
	});

	it('keeps chosen standard sources in chart order, then adds the extra ones in the facilitator’s order', () => {
		expect(sessionSources(SESSION).map((source) => [source.id, source.name])).toEqual([
			['educational', 'Education'],
			['class', 'Class and background'],
			['authority', STANDARD_SOURCES[5]!.name],
			['custom-1', 'Lived experience'],
			['custom-2', 'Networks']
		]);
	});

	it('can hold extra sources alone', () => {
		const onlyCustom = { ...SESSION, sources: [], custom: [...SESSION.custom, { name: 'Faith', description: '' }] };
		expect(sessionSources(onlyCustom).map((source) => source.id)).toEqual(['custom-1', 'custom-2', 'custom-3']);
	});

	it('uses every question id once in the largest session', () => {
		const largest: SessionSettings = {
			...SESSION,
			sources: [...STANDARD_SOURCE_IDS],
			custom: ['Faith', 'Language', 'Networks', 'Digital access'].map((name) => ({ name, description: '' }))
		};
		const ids = sessionSources(largest).flatMap((source) => [...source.perceived, ...source.actual].map((q) => q.id));
		expect(sessionSources(largest)).toHaveLength(10);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
