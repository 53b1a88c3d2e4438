import type { CustomSourceSpec } from '$lib/share/session-settings';
import type { ChoiceQuestion, RatingQuestion, Source } from './types';

// The facilitator's name is always shown in quotes, exactly as typed, and only in spots
// where any noun phrase reads well, singular or plural: "power from “Networks”",
// "because of “Being a parent”". No verb ever has to agree with it, and it is never
// lower-cased, so names like "Welsh language" or "NHS know-how" stay as written.

type Quoted = (name: string) => string;

interface ChoiceTemplate {
	key: string;
	text: Quoted;
	hint?: string;
	others?: boolean;
	options: { id: string; label: string; score: number }[];
}

// The wording every extra source is built from; `name` arrives already in quotes.
const TEMPLATES = {
	description: (name: string) =>
		`The power that can come from ${name}. The person running this session added it for this group.`,
	perceived: [
		{
			text: (name: string) => `In this group, how much power do you feel you get from ${name}?`,
			low: 'None at all',
			high: 'A great deal'
		},
		{
			text: (name: string) => `Thinking about ${name}, how confident do you feel speaking up in this group?`,
			low: 'Not confident',
			high: 'Very confident'
		}
	],
	actual: [
		{
			key: 'asked',
			text: (name) => `Because of ${name}, have you been asked to join something or to give your view?`,
			hint: 'This could be at work, in your community or anywhere else.',
			options: [
				{ id: 'no', label: 'No, not that I know of', score: 0 },
				{ id: 'once-or-twice', label: 'Once or twice', score: 50 },
				{ id: 'many-times', label: 'Yes, many times', score: 100 }
			]
		},
		{
			key: 'advice',
			text: (name) => `Outside this group, do people come to you for help or advice because of ${name}?`,
			options: [
				{ id: 'no', label: 'No', score: 0 },
				{ id: 'now-and-then', label: 'Now and then', score: 50 },
				{ id: 'often', label: 'Yes, often', score: 100 }
			]
		},
		{
			key: 'others-listen',
			text: (name) => `Would others in this group listen to you more, or less, because of ${name}?`,
			hint: 'People often make quick guesses like this, even when they are wrong.',
			others: true,
			options: [
				{ id: 'more', label: 'More, I think', score: 100 },
				{ id: 'same', label: 'No different', score: 50 },
				{ id: 'less', label: 'Less, I think', score: 0 }
			]
		}
	] satisfies ChoiceTemplate[]
};

/** A facilitator's source name as every sentence shows it: trimmed, in curly quotes, never re-cased. */
export const quotedName = (name: string): string => `“${name.trim()}”`;

/** A facilitator's own source (0-based `index`) turned into questions like the standard ones. */
export function customSource(index: number, spec: CustomSourceSpec): Source {
	const id = `custom-${index + 1}`;
	const name = spec.name.trim();
	const quoted = quotedName(name);
	const perceived = TEMPLATES.perceived.map(
		(template, i): RatingQuestion => ({
			kind: 'rating',
			id: `${id}-feel-${i + 1}`,
			text: template.text(quoted),
			low: template.low,
			high: template.high
		})
	);
	const actual = TEMPLATES.actual.map(
		(template: ChoiceTemplate): ChoiceQuestion => ({
			kind: 'choice',
			id: `${id}-fact-${template.key}`,
			text: template.text(quoted),
			...(template.hint ? { hint: template.hint } : {}),
			...(template.others ? { others: true } : {}),
			options: template.options.map((option) => ({ ...option }))
		})
	);
	const description = spec.description.trim() || TEMPLATES.description(quoted);
	return { id, name, description, perceived, actual, custom: true };
}
