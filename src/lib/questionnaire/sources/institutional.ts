import type { Source } from '../types';
import { STANDARD_SOURCE_NAMES } from '../bank';

/** Organisation: power from belonging to an organisation, its name, resources and rules. */
export const INSTITUTIONAL_SOURCE: Source = {
	id: 'institutional',
	name: STANDARD_SOURCE_NAMES.institutional,
	description:
		'The power that comes from belonging to an organisation, such as the NHS, a council or a charity. It includes the weight of its name, its money and its rules.',
	perceived: [
		{
			kind: 'rating',
			id: 'institutional-feel-1',
			text: 'In this group, how much do you feel that belonging to an organisation makes people listen to you?',
			hint: 'This could be a place you work for, volunteer with or belong to.',
			low: 'Not at all',
			high: 'A great deal'
		},
		{
			kind: 'rating',
			id: 'institutional-feel-2',
			text: 'In this group, how much do you feel an organisation stands behind you?',
			low: 'Not at all',
			high: 'Completely'
		}
	],
	actual: [
		{
			kind: 'choice',
			id: 'institutional-fact-here-for',
			text: 'Are you here on behalf of an organisation?',
			options: [
				{ id: 'myself', label: 'No, I am here as myself, or for my family', score: 0 },
				{ id: 'volunteer', label: 'Yes, as a volunteer or member of a group', score: 50 },
				{ id: 'paid', label: 'Yes, it is part of my paid work', score: 100 }
			]
		},
		{
			kind: 'choice',
			id: 'institutional-fact-runs-group',
			text: 'Is this group run or paid for by an organisation you belong to?',
			options: [
				{ id: 'no', label: 'No', score: 0 },
				{ id: 'partner', label: 'Not mine, but one my organisation works closely with', score: 50 },
				{ id: 'yes', label: 'Yes', score: 100 }
			]
		},
		{
			kind: 'choice',
			id: 'institutional-fact-get-things-done',
			text: 'Can you get things done through an organisation, like booking a room, finding out facts or reaching senior people?',
			options: [
				{ id: 'no', label: 'No, or I do not have an organisation behind me', score: 0 },
				{ id: 'sometimes', label: 'Sometimes, if I ask', score: 50 },
				{ id: 'easily', label: 'Yes, easily', score: 100 }
			]
		},
		{
			kind: 'choice',
			id: 'institutional-fact-others-link',
			text: 'Would others in this group link you with an organisation when they see you?',
			others: true,
			options: [
				{
					id: 'straight-away',
					label: 'Yes, straight away, for example from a badge, lanyard, uniform or email address',
					score: 100
				},
				{ id: 'later', label: 'Some might, once they get to know me', score: 50 },
				{ id: 'no', label: 'No, they would see me as myself', score: 0 }
			]
		}
	]
};
