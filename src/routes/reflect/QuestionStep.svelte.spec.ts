import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Source } from '$lib/questionnaire/types';
import QuestionStep from './QuestionStep.svelte';

const source: Source = {
	id: 'money',
	name: 'Money',
	description: 'What money lets you do here.',
	perceived: [{ kind: 'rating', id: 'feel', text: 'How much does money help you here?', low: 'Not at all', high: 'A lot' }],
	actual: [
		{
			kind: 'choice',
			id: 'paid',
			text: 'Are you paid to be here?',
			options: [
				{ id: 'no', label: 'No', score: 0 },
				{ id: 'yes', label: 'Yes', score: 100 }
			]
		}
	]
};

const INSTRUCTIONS = [
	'Answer what you can. Skip anything, or choose “Prefer not to say”. Your answers are saved as you go.',
	'Think about how it feels in this group, not in life in general.',
	'Pick the answer closest to the facts. Some questions ask how others might see you: your best guess is fine.'
];

function setup(answers: Record<string, string | number | null> = {}, number = 3) {
	const onAnswer = vi.fn();
	render(QuestionStep, { source, answers, position: { number, total: 6 }, onAnswer });
	return { onAnswer, user: userEvent.setup() };
}

describe('QuestionStep', () => {
	it('shows the source, its description and where it sits in the walk, all in a heading that can take focus', () => {
		setup();
		const heading = screen.getByRole('heading', { level: 1, name: 'Source 3 of 6: Money' });
		expect(screen.getByText('What money lets you do here.')).toBeInTheDocument();
		// The page moves focus here on Next; a heading takes it only when made focusable.
		heading.focus();
		expect(heading).toHaveFocus();
	});

	it('asks each question as a radio group named by its legend, with "Prefer not to say"', () => {
		setup();
		const rating = screen.getByRole('group', { name: 'How much does money help you here?' });
		expect(within(rating).getAllByRole('radio')).toHaveLength(6);
		expect(within(rating).getByRole('radio', { name: '1, Not at all' })).toBeInTheDocument();
		expect(within(rating).getByRole('radio', { name: '5, A lot' })).toBeInTheDocument();
		const choice = screen.getByRole('group', { name: 'Are you paid to be here?' });
		expect(within(choice).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['no', 'yes', '']);
		expect(within(choice).getByRole('radio', { name: 'Prefer not to say' })).toBeInTheDocument();
	});

	it.each([
		['a rating', 'How much does money help you here?', '4', 'feel', 4],
		['a choice', 'Are you paid to be here?', 'Yes', 'paid', 'yes'],
		['prefer not to say', 'Are you paid to be here?', 'Prefer not to say', 'paid', null]
	])('reports %s with its stored value', async (_case, group, option, id, value) => {
		const { onAnswer, user } = setup();
		const radios = within(screen.getByRole('group', { name: group }));
		await user.click(radios.getByRole('radio', { name: new RegExp(`^${option}`) }));
		expect(onAnswer).toHaveBeenCalledWith(id, value);
	});

	it('shows saved answers as checked, and lets an answer be cleared', async () => {
		const { onAnswer, user } = setup({ feel: 2, paid: null });
		const rating = within(screen.getByRole('group', { name: 'How much does money help you here?' }));
		expect(rating.getByRole('radio', { name: '2' })).toBeChecked();
		const choice = within(screen.getByRole('group', { name: 'Are you paid to be here?' }));
		expect(choice.getByRole('radio', { name: 'Prefer not to say' })).toBeChecked();
		await user.click(choice.getByRole('button', { name: /clear my answer/i }));
		expect(onAnswer).toHaveBeenCalledWith('paid', undefined);
	});

	it.each([
		[1, INSTRUCTIONS],
		[2, []],
		[6, []]
	])('on source %i of 6, gives the instructions on how to answer in full on the first step only, not again on every later one', (number, shown) => {
		setup({}, number);
		expect(INSTRUCTIONS.filter((text) => screen.queryByText(text))).toEqual(shown);
		// Every step keeps its two parts, heard as headings, and each question named by its legend.
		expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['How it feels to you', 'What is actually the case']);
		expect(screen.getByRole('group', { name: 'How much does money help you here?' })).toBeInTheDocument();
	});

	it('offers no clear button for an unanswered question', () => {
		setup();
		expect(screen.queryByRole('button', { name: /clear my answer/i })).toBeNull();
	});
});
