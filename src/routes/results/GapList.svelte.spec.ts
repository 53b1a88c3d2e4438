import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { customSource } from '$lib/questionnaire/custom-source';
import { gaps } from '$lib/questionnaire/scoring';
import { STANDARD_SOURCES } from '$lib/questionnaire/standard-sources';
import type { Scores } from '$lib/questionnaire/types';
import GapList from './GapList.svelte';

const sources = [
	...STANDARD_SOURCES,
	customSource(0, { name: 'Lived experience', description: '' }),
	customSource(1, { name: 'Lived experience', description: '' })
];
// Every source felt as less powerful than the facts suggest: the page that used to repeat one prompt.
const scores: Scores = Object.fromEntries(sources.map((source, i) => [source.id, { perceived: 10 + i, actual: 80 }]));

const promptsOf = (items: HTMLElement[]) =>
	items.map((item) => within(item).getAllByRole('paragraph').at(-1)?.textContent ?? '');

describe('GapList', () => {
	it('gives every source its own prompt, even when they all point the same way', () => {
		render(GapList, { gaps: gaps(sources, scores) });
		const items = screen.getAllByRole('listitem');
		expect(items).toHaveLength(8);
		const prompts = promptsOf(items);
		expect(new Set(prompts).size).toBe(8);
		for (const prompt of prompts) expect(prompt).toMatch(/\?$/);
	});

	it('names an extra source in its prompt', () => {
		render(GapList, { gaps: gaps(sources, scores) });
		const extra = screen
			.getAllByRole('listitem')
			.filter((item) => within(item).queryByRole('heading', { name: 'Lived experience' }));
		expect(extra).toHaveLength(2);
		for (const prompt of promptsOf(extra)) expect(prompt).toContain('“Lived experience”');
	});

	it('says when a gap rests on a source with questions left unanswered, and only then', () => {
		render(GapList, { gaps: gaps(sources, scores), partly: new Set(['monetary']) });
		const noted = screen.getAllByRole('listitem').filter((item) => within(item).queryByText(/rests on fewer answers/));
		expect(noted.map((item) => within(item).getByRole('heading').textContent)).toEqual(['Money']);
	});

	it('says kindly what low readings mean, and words each low card apart, only where feeling and facts agree on little power', () => {
		const mixed: Scores = {
			educational: { perceived: 0, actual: 5 },
			monetary: { perceived: 90, actual: 95 },
			class: { perceived: 10, actual: 70 },
			position: { perceived: 30, actual: 5 },
			authority: { perceived: 5, actual: 30 }
		};
		render(GapList, { gaps: gaps(STANDARD_SOURCES, mixed) });
		expect(screen.getByText(/says nothing about what you are worth/)).toBeVisible();
		const card = (name: string) => screen.getAllByRole('listitem').find((item) => within(item).queryByRole('heading', { name }))!;
		expect(card('Education')).toHaveTextContent('What you feel (0) and the facts (5) are close. Both are low.');
		expect(card('Role')).toHaveTextContent('You feel more powerful (30) than the facts suggest (5): a gap of 25. Both are low.');
		for (const name of ['Money', 'Class and background', 'Authority']) expect(card(name)).not.toHaveTextContent('Both are low');
		expect(card('Money')).toHaveTextContent('What you feel (90) and the facts (95) are close.');
	});

	it('has no word about low readings for someone whose readings are not both low', () => {
		render(GapList, { gaps: gaps(sources, scores) });
		expect(screen.queryByText(/says nothing about what you are worth/)).toBeNull();
	});

	it('says feeling and facts are the same, not close, when they are equal', () => {
		render(GapList, { gaps: gaps(STANDARD_SOURCES, { educational: { perceived: 100, actual: 100 } }) });
		expect(screen.getByRole('listitem')).toHaveTextContent('What you feel (100) and the facts (100) are the same.');
	});
});
