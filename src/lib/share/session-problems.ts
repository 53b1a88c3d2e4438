/** Why a session link (or a set of session settings) could not be used. */
export type SessionLinkErrorKind =
	| 'empty'
	| 'truncated'
	| 'tampered'
	| 'future-version'
	| 'wrong-type'
	| 'too-long'
	| 'unsafe-text'
	| 'invalid';

/** Which part of the settings a problem is in, so a form can point at it. */
export type SessionField = 'title' | 'welcome' | 'date' | 'sources' | 'custom' | 'threshold';

/** A typed problem with a kind, plain-English sentence; `field` says where, when known. */
export interface SessionLinkError {
	kind: SessionLinkErrorKind;
	message: string;
	field?: SessionField;
}

/** How each field is named in messages. */
export const FIELD_WORDS: Record<SessionField, string> = {
	title: 'title',
	welcome: 'welcome note',
	date: 'date',
	sources: 'list of sources',
	custom: 'extra sources',
	threshold: 'group size'
};

/** A problem, with its field only when there is one. */
export function sessionProblem(kind: SessionLinkErrorKind, message: string, field?: SessionField): SessionLinkError {
	return field ? { kind, message, field } : { kind, message };
}
