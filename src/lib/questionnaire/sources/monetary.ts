import type { Source } from '../types';
import { STANDARD_SOURCE_NAMES } from '../bank';

/** Money: power from being paid, from budgets you control, and from being able to afford to take part. */
export const MONETARY_SOURCE: Source = {
	id: 'monetary',
	name: STANDARD_SOURCE_NAMES.monetary,
	description:
		'The power that comes from money: being paid to be here, having a say over budgets, or being able to take part without worrying about the cost.',
	perceived: [
		{
			kind: 'rating',
			id: 'monetary-feel-1',
			text: 'In this group, how much do you feel money gives you a say?',
			hint: 'For example, being paid to be here, or having a say over budgets.',
			low: 'Not at all',
			high: 'A great deal'
		},
		{
			kind: 'rating',
			id: 'monetary-feel-2',
			text: 'In this group, how free do you feel to take part without worrying about the cost?',
			hint: 'Costs might be travel, time off work, or paying for care while you are here.',
			low: 'Not free at all',
			high: 'Completely free'
		}
	],
	actual: [
		{
			kind: 'choice',
			id: 'monetary-fact-paid',
			text: 'Are you paid for the time you spend in this group?',
			options: [
				{
					id: 'costs-me',
					label: 'No, and coming here costs me money, like travel or time off',
					score: 0
				},
				{ id: 'unpaid', label: 'No, but it does not cost me anything', score: 25 },
				{ id: 'thanks', label: 'I get expenses, a voucher or a thank-you payment', score: 50 },
				{ id: 'paid-work', label: 'Yes, it is part of my paid work', score: 100 }
			]
		},
		{
			kind: 'choice',
			id: 'monetary-fact-budget',
			text: 'Do you have a say over money linked to this group’s work, like budgets, grants or contracts?',
			options: [
				{ id: 'no', label: 'No', score: 0 },
				{ id: 'suggest', label: 'I can suggest how money is spent', score: 33 },
				{ id: 'help-decide', label: 'I help decide, for example on a panel', score: 67 },
				{ id: 'hold', label: 'I hold the budget or give the final OK on spending', score: 100 }
			]
		},
		{
			kind: 'choice',
			id: 'monetary-fact-unexpected-bill',
			text: 'If you had an unexpected bill of a few hundred pounds, how would that be for you?',
			hint: 'This stays private. Money worries are common, and they can make it harder to speak up.',
			options: [
				{ id: 'big-worry', label: 'It would be a big worry', score: 0 },
				{ id: 'manage', label: 'It would be hard, but I would manage', score: 50 },
				{ id: 'cover', label: 'I could cover it without much worry', score: 100 }
			]
		},
		{
			kind: 'choice',
			id: 'monetary-fact-others-funding',
			text: 'Would others in this group see you as someone who controls money or funding?',
			others: true,
			options: [
				{ id: 'most', label: 'Yes, most would', score: 100 },
				{ id: 'some', label: 'Some might', score: 50 },
				{ id: 'no', label: 'No', score: 0 }
			]
		}
	]
};
