import type { StandardSourceId } from './types';

/** Version of the question bank; stored with each reflection so answers match their questions. */
export const QUESTION_BANK_VERSION = 'bank-1';

/** What each standard source is called, kept apart from the questions so small pages need not load them. */
export const STANDARD_SOURCE_NAMES: Record<StandardSourceId, string> = {
	educational: 'Education',
	institutional: 'Organisation',
	monetary: 'Money',
	class: 'Class and background',
	position: 'Role',
	authority: 'Authority'
};
