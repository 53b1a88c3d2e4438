import type { DBSchema } from 'idb';
import type { AnswerValue } from '$lib/questionnaire/types';
import type { SessionSettings } from '$lib/share/session-settings';

/** The database's name on this device. */
export const DB_NAME = 'rebalance';

/** The schema version this build writes; older databases are migrated up to it. */
export const DB_VERSION = 3;

/** One reflection: a person's walk through the questions, kept only on this device. */
export interface ReflectionRecord {
	id: string;
	/** A private label for the group or session the person is thinking about. */
	label: string;
	createdAt: number;
	updatedAt: number;
	/** The step the person was last on, so they come back to exactly there. */
	step: string;
	/** When they reached the results; null while still in progress. */
	completedAt: number | null;
	/** The question bank's version the answers were given against. */
	bankVersion: string;
	/** The facilitator's session this reflection is for (from its link), or null for the standard one. Since v2. */
	session: SessionSettings | null;
	/** On a copy made by an import: the file record's `copyKey`, so the same file brings no second copy while this one is unchanged. */
	copyOf?: string;
	/**
	 * The share code last shown on the results, so they can say when it has changed and show the old one
	 * to have removed. Kept only here, never sent. Absent until a code is first shown.
	 */
	shownCode?: string;
}

/** A session a facilitator made on this device, to reopen, duplicate or edit into a new link. Since v2. */
export interface SessionRecord {
	id: string;
	settings: SessionSettings;
	createdAt: number;
	updatedAt: number;
	/**
	 * Fingerprints of its earlier versions that ask about the same sources, so that codes made
	 * from their links still count. Absent on sessions saved before edits kept them.
	 */
	earlier?: number[];
	/** On a copy made by an import: the file record's `copyKey`, so the same file brings no second copy while this one is unchanged. */
	copyOf?: string;
}

/** One answer to one question, stored on its own so two tabs never overwrite each other. */
export interface AnswerRecord {
	reflectionId: string;
	questionId: string;
	value: AnswerValue;
	updatedAt: number;
}

/** One private free-text reflection, typed in the closing step. */
export interface NoteRecord {
	reflectionId: string;
	promptId: string;
	text: string;
	updatedAt: number;
}

/** One share code collected on the group screen, kept per session (by fingerprint). Since v3. */
export interface CodeRecord {
	/** The session's fingerprint text, or the standard one. */
	sessionKey: string;
	/** The code in its canonical grouped form. No time is kept: arrival order could tell people apart. */
	code: string;
}

/** The group screen's own settings for one session. Since v3. */
export interface GroupRecord {
	sessionKey: string;
	/** How many people the facilitator invited, for the "who is not here" prompt; null when not given. */
	invited: number | null;
	/** Seeds the shuffle, so the order is stable on this device but says nothing about who came first. */
	seed: number;
}

/** The typed shape of everything Rebalance keeps in IndexedDB. */
export interface RebalanceSchema extends DBSchema {
	reflections: { key: string; value: ReflectionRecord; indexes: { 'by-updated': number } };
	answers: { key: [string, string]; value: AnswerRecord; indexes: { 'by-reflection': string } };
	notes: { key: [string, string]; value: NoteRecord; indexes: { 'by-reflection': string } };
	sessions: { key: string; value: SessionRecord; indexes: { 'by-updated': number } };
	codes: { key: [string, string]; value: CodeRecord; indexes: { 'by-session': string } };
	groups: { key: string; value: GroupRecord };
}
