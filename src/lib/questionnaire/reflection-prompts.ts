import type { GapDirection, ReflectionPrompt } from './types';

export type { GapDirection } from './types';

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
		hint: 'It can be small: a turn to chair, a say on the agenda, some information or part of a budget. Handing power over is sometimes called ceding it.'
	}
];

/** For each direction of a gap, a reflection prompt; it sits under the source's name. */
export const GAP_PROMPTS: Record<GapDirection, string> = {
	'feel-less':
		'Your answers suggest you may hold more power here than you feel. Where might you be using less of it than you could? Who in the group might notice it, even when you do not?',
	'feel-more':
		'The power you feel here may rest on things others cannot see, or others may not give it to you in the same way. How could you check how they see it?',
	aligned:
		'How you feel and what your answers show are close together. How could you use this power with others, rather than over them?'
};

/** The reflection prompt for one direction of gap between perceived and actual power. */
export function gapPrompt(direction: GapDirection): string {
	return GAP_PROMPTS[direction];
}
