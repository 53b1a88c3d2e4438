/**
 * Test support only (imported by *.spec.ts files, never by the app): fast-check
 * generators for session settings that keep every rule of the session schema, with
 * Welsh accents, emoji, other scripts, quotes and backslashes in the text.
 */
import fc from 'fast-check';
import { STANDARD_SOURCES } from '$lib/questionnaire/standard-sources';
import { STANDARD_SOURCE_IDS } from '$lib/questionnaire/types';
import { SUGGESTION_TEXTS } from './custom-suggestions';
import { SESSION_LIMITS, type CustomSourceSpec, type SessionSettings } from './session-settings';

const LETTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const PUNCTUATION = [...'0123456789.,;:!?()\'"\\/&%+*-–—’“”£€#@'];
// "=" only after a digit, so the text can never look like an onclick= handler.
const PIECES = ['2=2', 'w\u0302', 'ŵ', 'ŷ', 'â', 'ê', 'î', 'ô', 'û', 'ï', 'ë', 'á', 'Ŵ', 'Dd', 'Ll'];
const WIDE = ['👋🏽', '🌱', '👨‍👩‍👧', '🏳️‍🌈', '中', '文', 'ا', 'ل', 'ß', 'İ', 'ﬁ', 'ğ', 'ñ'];
const WORDS = ['the', 'group', 'power', 'meet', 'Tuesday', 'grŵp', 'pŵer', 'cymuned', 'Caerdydd', 'Zoë', 'café', 'naïve'];

function unit(lineBreaks: boolean): fc.Arbitrary<string> {
	return fc.oneof(
		{ weight: 8, arbitrary: fc.constantFrom(...WORDS) },
		{ weight: 8, arbitrary: fc.constantFrom(...LETTERS) },
		{ weight: 4, arbitrary: fc.constant(' ') },
		{ weight: lineBreaks ? 1 : 0, arbitrary: fc.constant('\n') },
		{ weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
		{ weight: 2, arbitrary: fc.constantFrom(...PIECES) },
		{ weight: 2, arbitrary: fc.constantFrom(...WIDE) }
	);
}

/**
 * Cut to at most `max` UTF-16 code units (what the limits count) without splitting a
 * character, then trim: the settings a form would save.
 */
function fit(text: string, max: number): string {
	let out = '';
	for (const char of text) {
		if (out.length + char.length > max) break;
		out += char;
	}
	return out.trim();
}

/** Text of up to `max` code units, trimmed; sometimes filled right up to the limit. */
function sessionText(max: number, min = 0, lineBreaks = false): fc.Arbitrary<string> {
	const pieces = unit(lineBreaks);
	// Repeating a short random text is a cheap way to fill a field right to its limit.
	const full = fc.string({ unit: pieces, minLength: 1, maxLength: 30 }).map((text) => text.repeat(Math.ceil(max / text.length)));
	return fc
		.oneof(fc.string({ unit: pieces, maxLength: Math.ceil(max / 2) }), full)
		.map((text) => fit(text, max))
		.filter((text) => text.length >= min);
}

/** A YYYY-MM-DD calendar date. */
const calendarDate: fc.Arbitrary<string> = fc
	.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
	.map((date) => date.toISOString().slice(0, 10));

/** The key the schema compares names by: case and Unicode spelling ignored. */
const sameName = (name: string) => name.normalize('NFC').toLowerCase();
const STANDARD_NAMES = new Set(STANDARD_SOURCES.map((source) => sameName(source.name)));

const ownSource: fc.Arbitrary<CustomSourceSpec> = fc.record({
	name: sessionText(SESSION_LIMITS.customNameLength, 1).filter((name) => !STANDARD_NAMES.has(sameName(name))),
	description: sessionText(SESSION_LIMITS.customDescriptionLength)
});
const suggested: fc.Arbitrary<CustomSourceSpec> = fc.constantFrom(...SUGGESTION_TEXTS).map((spec) => ({ ...spec }));

/** 0-4 extra sources with different names, none named like a standard source; some are suggestions, as suggested. */
const customSources: fc.Arbitrary<CustomSourceSpec[]> = fc.uniqueArray(
	fc.oneof({ weight: 3, arbitrary: ownSource }, { weight: 1, arbitrary: suggested }),
	{ maxLength: SESSION_LIMITS.maxCustom, selector: (spec) => sameName(spec.name) }
);

/** Any session the schema accepts, already in its normal form (trimmed, standard order). */
export const validSession: fc.Arbitrary<SessionSettings> = fc
	.record({
		title: sessionText(SESSION_LIMITS.titleLength, 1),
		welcome: sessionText(SESSION_LIMITS.welcomeLength, 0, true),
		date: fc.option(calendarDate, { nil: null }),
		sources: fc.subarray([...STANDARD_SOURCE_IDS]),
		custom: customSources,
		threshold: fc.integer({ min: SESSION_LIMITS.minThreshold, max: SESSION_LIMITS.maxThreshold })
	})
	.filter((session) => session.sources.length + session.custom.length >= SESSION_LIMITS.minSources);
