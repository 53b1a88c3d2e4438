import type { ReflectionPrompt } from './types';

/** Private free-text prompts for the closing step; the answers never leave the device. */
export const REFLECTION_PROMPTS: ReflectionPrompt[] = [
	{
		id: 'reflect-where-from',
		text: 'Where does your power in this group come from?',
		hint: 'Think about the answers you gave, and about sources the questions did not ask about, like lived experience, language or who you know.'
	},
	{
		id: 'reflect-how-seen',
		text: 'How might others in this group see you?',
		hint: 'Think about what they notice first: a job title, a badge, the way you speak, or your story. Is it close to how you see yourself?'
	},
	{
		id: 'reflect-who-present',
		text: 'Who is in this group, and who is missing?',
		hint: 'Whose voices are heard most, and whose are not here at all? What might keep them away?'
	},
	{
		id: 'reflect-share',
		text: 'What could you share or hand over so that others can use their power?',
		hint: 'It can be small: a turn to chair, a say on the agenda, some information or part of a budget. Handing power over is sometimes called ceding it. If you feel you have little to hand over, what would help you use the power you have?'
	}
];
