import type { Source } from '../types';
import { STANDARD_SOURCE_NAMES } from '../bank';

/** Class and background: power from where you come from, who you know and feeling at home in rooms like this. */
export const CLASS_SOURCE: Source = {
	id: 'class',
	name: STANDARD_SOURCE_NAMES.class,
	description:
		'Class is about the background you grew up in and live in now: the work, homes and schools around you, and who you know. It can shape how at home you feel in rooms like this one.',
	perceived: [
		{
			kind: 'rating',
			id: 'class-feel-1',
			text: 'In this group, how at ease do you feel with the way people talk and behave?',
			low: 'Not at ease',
			high: 'Completely at ease'
		},
		{
			kind: 'rating',
			id: 'class-feel-2',
			text: 'In this group, how much do you feel your background helps people listen to you?',
			hint: 'Your background means things like where you grew up, the work your family did and the way you speak.',
			low: 'Not at all',
			high: 'A great deal'
		}
	],
	actual: [
		{
			kind: 'choice',
			id: 'class-fact-home-work',
			text: 'When you were about 14, what kind of work did the main earner in your home do?',
			hint:
				'This is about the home you grew up in, wherever that was, not about you. Pick the closest. If none fit, or you do not know, choose “Prefer not to say”.',
			options: [
				{
					id: 'professional',
					label: 'Professional work or managing others, like a teacher, nurse, engineer or manager',
					score: 100
				},
				{ id: 'office', label: 'Office work, or running a small business or shop', score: 67 },
				{
					id: 'practical',
					label: 'A trade, or practical work, like a builder, driver, cleaner or factory worker',
					score: 33
				},
				{ id: 'not-working', label: 'No one at home was in paid work at that time', score: 0 }
			]
		},
		{
			kind: 'choice',
			id: 'class-fact-meetings',
			text: 'How often are you in meetings like this one as part of your everyday life?',
			options: [
				{ id: 'new', label: 'This is new to me', score: 0 },
				{ id: 'now-and-then', label: 'Now and then', score: 50 },
				{ id: 'often', label: 'Often. It feels normal to me', score: 100 }
			]
		},
		{
			kind: 'choice',
			id: 'class-fact-contacts',
			text: 'Do you know people with influence who you could ask for help, like senior managers, councillors or journalists?',
			options: [
				{ id: 'no', label: 'No', score: 0 },
				{ id: 'one-or-two', label: 'One or two', score: 50 },
				{ id: 'several', label: 'Several', score: 100 }
			]
		},
		{
			kind: 'choice',
			id: 'class-fact-others-guess',
			text: 'From how you speak, dress or write, would others in this group guess you come from a professional background?',
			hint: 'People often make quick guesses like this, even when they are wrong.',
			others: true,
			options: [
				{ id: 'probably', label: 'Yes, probably', score: 100 },
				{ id: 'some', label: 'Some might', score: 50 },
				{ id: 'probably-not', label: 'Probably not', score: 0 }
			]
		}
	]
};
