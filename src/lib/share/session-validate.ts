import { STANDARD_SOURCE_NAMES } from '$lib/questionnaire/bank';
import { STANDARD_SOURCE_IDS, type StandardSourceId } from '$lib/questionnaire/types';
import { SESSION_LIMITS, isSessionShape, type CustomSourceSpec, type SessionSettings } from './session-settings';
import { FIELD_WORDS, sessionProblem, type SessionField, type SessionLinkError } from './session-problems';
import { nameKey, textProblem } from './session-text';

/** Settings that passed every check (trimmed, sources in standard order), or the first problem. */
export type SessionValidation =
	| { ok: true; settings: SessionSettings }
	| { ok: false; error: SessionLinkError };

const STANDARD_NAME_KEYS = new Set(Object.values(STANDARD_SOURCE_NAMES).map(nameKey));
const limits = SESSION_LIMITS;

const invalid = (message: string, field: SessionField): SessionValidation => ({
	ok: false,
	error: sessionProblem('invalid', message, field)
});
const wrongType = (): SessionValidation => ({
	ok: false,
	error: sessionProblem('wrong-type', 'These are not session settings.')
});
const tooLong = (what: string, limit: number, field: SessionField) =>
	invalid(`The ${what} is too long. It can have up to ${limit} characters.`, field);

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
	return year > 0 && days !== undefined && day >= 1 && day <= days;
}

function textFault(fields: [SessionField, string, boolean][]): SessionValidation | null {
	for (const [field, text, lineBreaks] of fields) {
		// Checked after trimming: space, tabs or line breaks at either end are simply dropped.
		const problem = textProblem(text.trim(), lineBreaks);
		const words = FIELD_WORDS[field];
		if (problem === 'unsafe') {
			const message = `The ${words} has something in it that looks like computer code, such as < or >. Only plain words can be used.`;
			return { ok: false, error: sessionProblem('unsafe-text', message, field) };
		}
		if (problem) return invalid(`The ${words} has hidden characters in it that cannot be used.`, field);
	}
	return null;
}

function customFault(custom: CustomSourceSpec[]): SessionValidation | null {
	if (custom.length > limits.maxCustom) return invalid(`A session can have up to ${limits.maxCustom} extra sources.`, 'custom');
	const seen = new Set<string>();
	for (const { name, description } of custom) {
		const key = nameKey(name);
		if (!key) return invalid('Each extra source needs a name.', 'custom');
		if (name.trim().length > limits.customNameLength)
			return tooLong('name of an extra source', limits.customNameLength, 'custom');
		if (description.trim().length > limits.customDescriptionLength)
			return tooLong('description of an extra source', limits.customDescriptionLength, 'custom');
		if (STANDARD_NAME_KEYS.has(key))
			return invalid('An extra source has the same name as a standard source. Each needs its own name.', 'custom');
		if (seen.has(key)) return invalid('Two extra sources have the same name. Each needs its own name.', 'custom');
		seen.add(key);
	}
	return null;
}

function sourcesFault(sources: string[], customCount: number): SessionValidation | null {
	const known = new Set<string>(STANDARD_SOURCE_IDS);
	if (!sources.every((id) => known.has(id)))
		return invalid('The list of sources has one that Rebalance does not know.', 'sources');
	if (new Set(sources).size !== sources.length)
		return invalid('The list of sources has the same source twice.', 'sources');
	const total = sources.length + customCount;
	if (total < limits.minSources) return invalid(`A session needs at least ${limits.minSources} sources of power in total.`, 'sources');
	return null;
}

function check(value: unknown): SessionValidation {
	if (!isSessionShape(value)) return wrongType();
	const { title, welcome, date, sources, custom, threshold } = value;
	const customTexts = custom.flatMap((spec): [SessionField, string, boolean][] => [
		['custom', spec.name, false],
		['custom', spec.description, false]
	]);
	const fault =
		textFault([['title', title, false], ['welcome', welcome, true], ...customTexts]) ??
		(title.trim() ? null : invalid('The session needs a title.', 'title')) ??
		(title.trim().length > limits.titleLength ? tooLong('title', limits.titleLength, 'title') : null) ??
		(welcome.trim().length > limits.welcomeLength ? tooLong('welcome note', limits.welcomeLength, 'welcome') : null) ??
		(date === null || isCalendarDate(date) ? null : invalid('The date is not a real calendar date.', 'date')) ??
		customFault(custom) ??
		sourcesFault(sources, custom.length);
	if (fault) return fault;
	if (!Number.isInteger(threshold) || threshold < limits.minThreshold || threshold > limits.maxThreshold) {
		const message = `The number of people who need to share before the group screen shows anything must be a whole number from ${limits.minThreshold} to ${limits.maxThreshold}.`;
		return invalid(message, 'threshold');
	}
	const chosen: StandardSourceId[] = STANDARD_SOURCE_IDS.filter((id) => sources.includes(id));
	const extras = custom.map((spec) => ({ name: spec.name.trim(), description: spec.description.trim() }));
	return {
		ok: true,
		settings: { title: title.trim(), welcome: welcome.trim(), date, sources: chosen, custom: extras, threshold }
	};
}

/**
 * Checks settings from anywhere (a link, the facilitator's form, storage) against the
 * session schema: exact keys and types, SESSION_LIMITS, known sources, plain text only.
 * Never throws.
 */
export function validateSession(value: unknown): SessionValidation {
	try {
		return check(value);
	} catch {
		return wrongType();
	}
}
