import { describe, expect, it } from 'vitest';
import type { Source } from '$lib/questionnaire/types';
import { backLeavesForSession, opensOnSessionPage, sessionPageHref, startHeading } from './start-step';

const source = (id: string): Source => ({ id, name: id, description: '', perceived: [], actual: [] });
const sources = [source('a'), source('b'), source('c')];

describe('start-step', () => {
	it.each([
		[false, false, 'Start your reflection'],
		[true, false, 'Carry on your reflection'],
		[true, true, 'Change your answers']
	])('heads the opening step, resuming %s and finished %s, as %s', (resuming, finished, heading) => {
		expect(startHeading(resuming, finished)).toBe(heading);
	});

	const fromSession = { session: { title: 'Carers forum' }, completedAt: null };
	it.each([
		['a', 'the first source of an unfinished session reflection', true, fromSession],
		['b', 'a later source', false, fromSession],
		['reflect', 'the closing step', false, fromSession],
		['start', 'the opening step', false, fromSession],
		['nonsense', 'a step not in the walk, shown as the opening step', false, fromSession],
		['a', 'the first source of a finished session reflection', false, { ...fromSession, completedAt: 1 }],
		['a', 'the first source of a reflection without a session', false, { session: null, completedAt: null }]
	])('Back from %s (%s) leaves for the session’s own page: %s', (step, _case, leaves, reflection) => {
		expect(backLeavesForSession(sources, step, reflection)).toBe(leaves);
	});

	it.each([
		['an unfinished session reflection', fromSession, true],
		['a finished session reflection', { ...fromSession, completedAt: 1 }, false],
		['a reflection without a session', { session: null, completedAt: null }, false],
		['an older record with no session field', { session: undefined, completedAt: null }, false]
	])('opens %s on the session’s page: %s', (_case, reflection, opens) => {
		expect(opensOnSessionPage(reflection)).toBe(opens);
	});

	it('names the reflection in the session page’s address, to be read back unchanged', () => {
		const url = new URL(sessionPageHref('id with space&x'), 'http://x');
		expect(url.pathname).toBe('/join');
		expect(url.searchParams.get('reflection')).toBe('id with space&x');
		expect(url.hash).toBe('');
	});
});
