import type { Source } from '../types';
import { STANDARD_SOURCE_NAMES } from '../bank';

/** Education: power from schooling, training and qualifications, and from the group's language. */
export const EDUCATIONAL_SOURCE: Source = {
	id: 'educational',
	name: STANDARD_SOURCE_NAMES.educational,
	description:
		'What you have learned at school, college, university or in training. It can also shape how easy it is to follow the words and papers this group uses.',
	perceived: [
		{
			kind: 'rating',
			id: 'educational-feel-1',
			text: 'In this group, how much do you feel your education makes people listen to you?',
			low: 'Not at all',
			high: 'A great deal'
		},
		{
			kind: 'rating',
			id: 'educational-feel-2',
			text: 'In this group, how much does what you have learned help you feel confident to speak up?',
			low: 'Not at all',
			high: 'A great deal'
		}
	],
	actual: [
		{
			kind: 'choice',
			id: 'educational-fact-qualifications',
			text: 'What is the highest level of learning you have finished?',
			hint:
				'Pick the closest one, including qualifications from other countries. If you are still studying, pick what you have finished so far. There is no right answer.',
			options: [
				{ id: 'none', label: 'No formal qualifications', score: 0 },
				{ id: 'school', label: 'School qualifications, like GCSEs, O levels or Nationals', score: 25 },
				{
					id: 'college',
					label: 'College, an apprenticeship or training, like A levels, Highers or an NVQ',
					score: 50
				},
				{ id: 'degree', label: 'A university degree', score: 75 },
				{ id: 'postgraduate', label: 'Study after a degree, like a master’s or a PhD', score: 100 }
			]
		},
		{
			kind: 'choice',
			id: 'educational-fact-field',
			text: 'Are you trained or qualified in the kind of work this group talks about?',
			hint: 'For example health, social care, housing or youth work.',
			options: [
				{ id: 'no', label: 'No', score: 0 },
				{ id: 'some', label: 'I have done some courses or training in it', score: 50 },
				{ id: 'qualified', label: 'Yes, I am qualified in it', score: 100 }
			]
		},
		{
			kind: 'choice',
			id: 'educational-fact-papers',
			text: 'When the group uses special words or long reports, how easy are they for you to follow?',
			options: [
				{ id: 'often-hard', label: 'Often hard to follow', score: 0 },
				{ id: 'sometimes-hard', label: 'Sometimes hard to follow', score: 50 },
				{ id: 'easy', label: 'Usually easy to follow', score: 100 }
			]
		},
		{
			kind: 'choice',
			id: 'educational-fact-others-know',
			text: 'Would others in this group know about your qualifications?',
			others: true,
			options: [
				{
					id: 'mentioned',
					label: 'Yes, they are often mentioned, for example in my job title or when I am introduced',
					score: 100
				},
				{ id: 'some', label: 'Some people might know', score: 50 },
				{ id: 'no', label: 'No, they probably would not know', score: 0 },
				{ id: 'none', label: 'I do not have formal qualifications', score: 0 }
			]
		}
	]
};
