import type { ReflectionPrompt } from './types';

// Sources the standard questions leave out, given as examples in the first prompt's hint, each with
// what a facilitator's own source for it would be called (as the suggested ones are, or near it).
const UNASKED = [
	{ words: 'lived experience', named: /lived experience/i },
	{ words: 'language', named: /language/i },
	{ words: 'who you know', named: /network|who you know|know(ing)? the right people|contacts|connections/i }
];

function whereFromHint(examples: readonly { words: string }[]): string {
	const words = examples.map((example) => example.words);
	const like = words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : words.join('');
	return `Think about the answers you gave, and about sources the questions did not ask about${like ? `, like ${like}` : ''}.`;
}

/** Private free-text prompts for the closing step; the answers never leave the device. */
export const REFLECTION_PROMPTS: ReflectionPrompt[] = [
	{
		id: 'reflect-where-from',
		text: 'Where does your power in this group come from?',
		hint: whereFromHint(UNASKED)
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

/** The closing prompts for a reflection on sources named `sourceNames`: no example of a source it did not ask about is one it asked about. */
export function reflectionPrompts(sourceNames: readonly string[]): ReflectionPrompt[] {
	const unasked = UNASKED.filter((example) => !sourceNames.some((name) => example.named.test(name)));
	if (unasked.length === UNASKED.length) return REFLECTION_PROMPTS;
	return REFLECTION_PROMPTS.map((prompt, i) => (i === 0 ? { ...prompt, hint: whereFromHint(unasked) } : prompt));
}
