import type { CustomSourceSpec } from './session-settings';
import { nameKey } from './session-text';

/** Sources of power the source text names as "just a few of many", offered as one-click extras. */
export const CUSTOM_SOURCE_SUGGESTIONS: readonly CustomSourceSpec[] = [
	{
		name: 'Lived experience',
		description: 'What you know from living through something yourself, such as using a service, caring or hard times.'
	},
	{
		name: 'Language',
		description: 'Speaking the language this group uses, including its special words, and being easily understood.'
	},
	{
		name: 'Networks',
		description: 'The people you know, and who would help you or pass on a message if you asked.'
	},
	{
		name: 'Digital access',
		description: 'Having a phone, computer and internet you can rely on, and feeling sure about using them.'
	}
];

/** The suggestions whose names are not already among the given sources. */
export function unusedSuggestions(custom: readonly CustomSourceSpec[]): CustomSourceSpec[] {
	const taken = new Set(custom.map((spec) => nameKey(spec.name)));
	return CUSTOM_SOURCE_SUGGESTIONS.filter((spec) => !taken.has(nameKey(spec.name)));
}
