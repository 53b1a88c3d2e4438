import type { StandardSourceId } from './types';

/**
 * Version of the question bank; stored with each reflection so answers match their questions.
 * Wording may change within a version, but question ids, option ids and scores may not
 * (bank.spec.ts): saved answers and share codes rely on them. A new version also changes
 * every session's fingerprint, so share codes made before it would no longer match their session.
 */
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
