import { UPDATE_ADVICE } from '$lib/update-advice';

/** What a share code carries; `scores` follow the session's source order. */
export interface SharePayload {
	version: number;
	fingerprint: number;
	scores: { perceived: number | null; actual: number | null }[];
}

/** Why a text is not a readable share code. */
export type ShareCodeErrorKind =
	| 'empty'
	| 'bad-character'
	| 'wrong-length'
	| 'checksum'
	| 'future-version'
	| 'invalid';

/** A decoded code in its canonical grouped form, or the reason it could not be read. */
export type ShareCodeResult =
	| { ok: true; payload: SharePayload; code: string }
	| { ok: false; error: { kind: ShareCodeErrorKind; message: string } };

const MESSAGES: Record<ShareCodeErrorKind, string> = {
	empty: 'Type or paste a share code.',
	'bad-character': 'This code has a character that share codes never use.',
	'wrong-length': 'This code is too short. Part of it may be missing: ask for the whole code again.',
	checksum: 'A character looks mistyped. Check the code against the one you were given.',
	'future-version':
		`This code was made by a newer version of Rebalance. ${UPDATE_ADVICE}`,
	invalid: 'This is not a share code Rebalance can read. Ask the person to make their code again.'
};

/** The message for a code with more symbols than it should have. */
export const TOO_LONG_MESSAGE =
	'This code is too long. A character may be extra, or two codes may have run together.';

/** A failed result with the usual message for its kind, or a more specific one. */
export function shareCodeFailure(kind: ShareCodeErrorKind, message = MESSAGES[kind]): ShareCodeResult {
	return { ok: false, error: { kind, message } };
}
