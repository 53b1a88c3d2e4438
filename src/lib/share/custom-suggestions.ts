import type { CustomSourceSpec } from './session-settings';
import { nameKey } from './session-text';

const frozen = (name: string, description: string): CustomSourceSpec => Object.freeze({ name, description });

/**
 * Every wording a suggested source has ever had, numbered by place. A session link names an
 * unchanged suggestion by this number instead of carrying its words (session-link.ts), so
 * links already sent rely on each entry: never change, remove or reorder one. To reword a
 * suggestion, add the new words at the end and offer that number in OFFERED instead.
 */
export const SUGGESTION_TEXTS: readonly CustomSourceSpec[] = Object.freeze([
	frozen(
		'Lived experience',
		'What you know from living through something yourself, such as using a service, caring or hard times.'
	),
	frozen('Language', 'Speaking the language this group uses, including its special words, and being easily understood.'),
	frozen('Networks', 'The people you know, and who would help you or pass on a message if you asked.'),
	frozen('Digital access', 'Having a phone, computer and internet you can rely on, and feeling sure about using them.')
]);

// Which of SUGGESTION_TEXTS the facilitator is offered now, in the order shown.
const OFFERED = [0, 1, 2, 3];

/** Sources of power the source text names as "just a few of many", offered as one-click extras. */
export const CUSTOM_SOURCE_SUGGESTIONS: readonly CustomSourceSpec[] = OFFERED.map((id) => SUGGESTION_TEXTS[id]!);

/** The suggestions whose names are not already among the given sources. */
export function unusedSuggestions(custom: readonly CustomSourceSpec[]): CustomSourceSpec[] {
	const taken = new Set(custom.map((spec) => nameKey(spec.name)));
	return CUSTOM_SOURCE_SUGGESTIONS.filter((spec) => !taken.has(nameKey(spec.name)));
}
