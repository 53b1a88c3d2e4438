import type { Source } from '../types';
import { STANDARD_SOURCE_NAMES } from '../bank';

/** Authority: power to decide, to give or refuse permission, and to say how things are done. */
export const AUTHORITY_SOURCE: Source = {
	id: 'authority',
	name: STANDARD_SOURCE_NAMES.authority,
	description:
		'The power to make decisions, to say yes or no, or to set the rules. It might come from a law, a policy, a contract or a job.',
	perceived: [
		{
			kind: 'rating',
			id: 'authority-feel-1',
			text: 'In this group, how much do you feel your view changes what gets decided?',
			low: 'Not at all',
			high: 'A great deal'
		},
		{
			kind: 'rating',
			id: 'authority-feel-2',
			text: 'In this group, how free do you feel to say no to an idea?',
			low: 'Not free at all',
			high: 'Completely free'
		}
	],
	actual: [
		{
			kind: 'choice',
			id: 'authority-fact-decisions',
			text: 'Can you make decisions that others in this group need to follow?',
			options: [
				{ id: 'no', label: 'No', score: 0 },
				{ id: 'small', label: 'On small things, like dates and rooms', score: 50 },
				{ id: 'big', label: 'Yes, on things that matter, like plans or services', score: 100 }
			]
		},
		{
			kind: 'choice',
			id: 'authority-fact-sign-off',
			text: 'How often does this group need your permission, or your OK, before it can do something?',
			options: [
				{ id: 'never', label: 'Never', score: 0 },
				{ id: 'sometimes', label: 'Sometimes', score: 50 },
				{ id: 'often', label: 'Often', score: 100 }
			]
		},
		{
			kind: 'choice',
			id: 'authority-fact-services',
			text: 'In a job, volunteering or a community role, do you make decisions about services that people in this group use?',
			hint: 'For example, who gets support, how much, or how a service is run.',
			options: [
				{ id: 'no', label: 'No', score: 0 },
				{ id: 'have-a-say', label: 'I have a say, but I do not decide', score: 50 },
				{ id: 'decide', label: 'Yes, I decide, or I give the final OK', score: 100 }
			]
		},
		{
			kind: 'choice',
			id: 'authority-fact-others-look',
			text: 'When a decision is needed, how often do others in this group look to you?',
			others: true,
			options: [
				{ id: 'rarely', label: 'Rarely', score: 0 },
				{ id: 'sometimes', label: 'Sometimes', score: 50 },
				{ id: 'often', label: 'Often', score: 100 }
			]
		}
	]
};
