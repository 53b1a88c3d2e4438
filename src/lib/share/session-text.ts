/**
 * Rules for the free text a session carries (title, welcome note, extra sources). The
 * interface always shows this text as text, never as markup; these rules are a second
 * lock, so a link that tries to smuggle in code is refused with a clear message.
 */

/** What is wrong with a piece of text, if anything. */
export type TextProblem = 'unsafe' | 'hidden-characters';

// Any angle bracket at all: simpler to explain than "a < followed by a letter, / ! or ?",
// and session text has no real need for them.
const ANGLE_BRACKET = /[<>]/;
// Event-handler attributes such as onerror= or onclick =.
const EVENT_HANDLER = /\bon[a-z]+\s*=/i;
// Script URLs; browsers ignore spaces and line breaks inside a scheme, so we do too.
const SCRIPT_URL = /(?:javascript|vbscript):|data:text\/html/i;
// Control characters, lone surrogates, line and paragraph separators, and the
// direction overrides that can make text appear in a different order from how it is stored.
const HIDDEN = /[\p{Cc}\p{Cs}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** True when text contains markup or script-like content (see the rules above). */
export function looksLikeCode(text: string): boolean {
	return ANGLE_BRACKET.test(text) || EVENT_HANDLER.test(text) || SCRIPT_URL.test(text.replace(/\s+/g, ''));
}

/** The first problem with some session text, or null; line breaks are allowed only where asked. */
export function textProblem(text: string, allowLineBreaks = false): TextProblem | null {
	if (looksLikeCode(text)) return 'unsafe';
	const checked = allowLineBreaks ? text.replaceAll('\n', ' ') : text;
	return HIDDEN.test(checked) ? 'hidden-characters' : null;
}

/** A form of a name for comparing: same letters whatever their case or Unicode spelling. */
export function nameKey(name: string): string {
	return name.trim().normalize('NFC').toLowerCase();
}
