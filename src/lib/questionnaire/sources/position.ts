import type { Source } from '../types';
import { STANDARD_SOURCE_NAMES } from '../bank';

/** Role: power from a job or volunteer title, how senior you are, and the part you play in running this group. */
export const POSITION_SOURCE: Source = {
	id: 'position',
	name: STANDARD_SOURCE_NAMES.position,
	description:
		'The power that comes from your role: a job or volunteer title, how senior you are, or the part you play in this group, such as chair or organiser.',
	perceived: [
		{
			kind: 'rating',
			id: 'position-feel-1',
			text: 'In this group, how much do you feel your role makes people pay attention when you speak?',
			low: 'Not at all',
			high: 'A great deal'
		},
		{
			kind: 'rating',
			id: 'position-feel-2',
			text: 'In this group, how confident does your role make you feel to disagree or raise a problem?',
			low: 'Not confident',
			high: 'Very confident'
		}
	],
	actual: [
		{
			kind: 'choice',
			id: 'position-fact-part',
			text: 'What part do you play in running this group?',
			options: [
				{ id: 'take-part', label: 'I come along and take part', score: 0 },
				{ id: 'help-out', label: 'I help out, for example by welcoming people or taking notes', score: 33 },
				{ id: 'plan', label: 'I help plan it or run sessions', score: 67 },
				{ id: 'lead', label: 'I chair it or lead it', score: 100 }
			]
		},
		{
			kind: 'choice',
			id: 'position-fact-seniority',
			text: 'Outside this group, what is your main role, paid or unpaid?',
			options: [
				{
					id: 'no-formal-role',
					label: 'Something other than a job or volunteering, like caring, studying, being retired or looking for work',
					score: 0
				},
				{ id: 'team-member', label: 'I work or volunteer, without managing others', score: 33 },
				{ id: 'manager', label: 'I manage a team, a service or a project', score: 67 },
				{
					id: 'senior-leader',
					label: 'I am a senior leader, director, board member or councillor',
					score: 100
				}
			]
		},
		{
			kind: 'choice',
			id: 'position-fact-agenda',
			text: 'Do you have a say in the agenda, the list of things this group talks about?',
			options: [
				{ id: 'no', label: 'No', score: 0 },
				{ id: 'add', label: 'I can ask for things to be added', score: 50 },
				{ id: 'decide', label: 'I help write it or decide what goes on it', score: 100 }
			]
		},
		{
			kind: 'choice',
			id: 'position-fact-others-important',
			text: 'Would others in this group see your role as important to the group’s work?',
			others: true,
			options: [
				{ id: 'most', label: 'Yes, most would', score: 100 },
				{ id: 'some', label: 'Some would', score: 50 },
				{ id: 'probably-not', label: 'Probably not', score: 0 }
			]
		}
	]
};
