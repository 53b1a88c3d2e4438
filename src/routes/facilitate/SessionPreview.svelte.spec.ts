import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SessionIntro from '$lib/components/SessionIntro.svelte';
import { customSource } from '$lib/questionnaire/custom-source';
import type { SessionSettings } from '$lib/share/session-settings';
import SessionPreview from './SessionPreview.svelte';

const BASE: SessionSettings = {
	title: 'Carers forum',
	welcome: '',
	date: null,
	sources: ['educational', 'monetary', 'authority'],
	custom: [],
	threshold: 3
};

function preview(changes: Partial<SessionSettings> = {}) {
	const { container } = render(SessionPreview, { settings: { ...BASE, ...changes } });
	return container;
}

const sourceNames = () =>
	[...document.querySelectorAll('.sources > li > strong')].map((strong) => strong.textContent);

describe('SessionPreview', () => {
	it('sits one level under the session’s heading, beside the form’s', () => {
		preview();
		const levels = screen.getAllByRole('heading').map((heading) => `${heading.tagName} ${heading.textContent?.trim()}`);
		expect(levels).toEqual(['H3 Preview', 'H4 Carers forum', 'H5 What you will do']);
	});

	it('shows the title and the date in words', () => {
		preview({ date: '2025-06-12' });
		expect(screen.getByRole('heading', { name: 'Carers forum' })).toBeInTheDocument();
		expect(screen.getByText('Thursday 12 June 2025')).toBeInTheDocument();
	});

	it('shows a placeholder until there is a title, and says it is one to screen readers, and no date when there is none', () => {
		preview({ title: '  ' });
		// A screen reader hears that it stands in for a title, not that it is one.
		expect(screen.getByRole('heading', { name: 'Your session title (no title yet)' })).toBeInTheDocument();
		expect(screen.getByText('(no title yet)')).toHaveClass('visually-hidden');
		expect(screen.queryByText(/2025/)).toBeNull();
	});

	it('shows the welcome note as plain text, markup and line breaks included', () => {
		const container = preview({ welcome: 'Hello all.\n<script>alert("x")</script> <b>bold</b>' });
		const welcome = screen.getByText(/Hello all\./);
		expect(welcome.textContent).toBe('Hello all.\n<script>alert("x")</script> <b>bold</b>');
		expect(container.querySelector('script, b')).toBeNull();
	});

	it('lists only the chosen standard sources, in chart order, with their descriptions', () => {
		preview({ sources: ['authority', 'educational'] });
		expect(sourceNames()).toEqual(['Education', 'Authority']);
		expect(screen.getByText('2 sources of power:')).toBeInTheDocument();
		expect(screen.getByText(/the power to make decisions/i)).toBeInTheDocument();
	});

	it('adds the facilitator’s own sources after the standard ones, with the questions people will answer', () => {
		preview({ custom: [{ name: 'Networks', description: 'Who you know.' }, { name: 'Faith', description: '' }] });
		expect(sourceNames()).toEqual(['Education', 'Money', 'Authority', 'Networks', 'Faith']);
		expect(screen.getByText('Who you know.')).toBeInTheDocument();
		// A blank description falls back to a general one that still names the source.
		expect(screen.getByText(/power that can come from “Faith”/)).toBeInTheDocument();
		const networks = screen.getByText('Networks', { selector: 'strong' }).closest('li')!;
		const questions = within(networks).getAllByRole('listitem').map((item) => item.textContent);
		const built = customSource(0, { name: 'Networks', description: 'Who you know.' });
		expect(questions).toEqual([...built.perceived, ...built.actual].map((question) => question.text));
		expect(questions.every((text) => text?.includes('“Networks”'))).toBe(true);
	});

	it('leaves out a source of your own until it has a name', () => {
		preview({ custom: [{ name: ' ', description: 'Not named yet' }] });
		expect(sourceNames()).toEqual(['Education', 'Money', 'Authority']);
		expect(screen.queryByText('Not named yet')).toBeNull();
	});

	it('says when no sources are chosen yet', () => {
		preview({ sources: [] });
		expect(screen.getByText('No sources chosen yet.')).toBeInTheDocument();
	});

	it.each<[string, Partial<SessionSettings>]>([
		['the title and the standard sources', {}],
		[
			'a date, a welcome and a source of the facilitator’s own',
			{
				title: 'Tenants panel',
				date: '2025-06-12',
				welcome: 'Welcome, everyone.\nPlease reflect before Thursday.',
				sources: ['position', 'class'],
				custom: [{ name: 'Networks', description: 'Who you know.' }]
			}
		]
	])('shows what people who open the link will see, for %s', (_name, changes) => {
		// The participants' own page, rendered from the same settings, is what the preview must match.
		const settings: SessionSettings = { ...BASE, ...changes };
		const shown = render(SessionPreview, { settings }).container;
		const seen = render(SessionIntro, { settings }).container;
		const texts = (root: HTMLElement, selector: string) =>
			[...root.querySelectorAll(selector)].map((element) => element.textContent?.replace(/\s+/g, ' ').trim());
		// The heading says what the page is before the title: the preview shows the same words, in the same places.
		expect([texts(shown, '.eyebrow, .title').join(': ')]).toEqual(texts(seen, 'h1'));
		expect(texts(shown, '.date')).toEqual(texts(seen, '.date'));
		expect(texts(shown, '.date')).toHaveLength('date' in changes ? 1 : 0);
		expect(texts(shown, '.welcome')).toEqual(texts(seen, '.welcome'));
		const shownSources = [...shown.querySelectorAll('.sources > li')].map(
			(item) => `${item.querySelector('strong')?.textContent}: ${item.querySelector('.description')?.textContent}`
		);
		expect(shownSources).toEqual(texts(seen, '.sources li'));
		expect(shownSources).not.toEqual([]);
		// The privacy promise, before the way on, in the same words people will read.
		expect(texts(shown, 'p strong')).toEqual(texts(seen, 'p strong'));
		expect(texts(shown, 'p strong')).toEqual(['Your answers stay on this device.']);
	});
});
