/**
 * The JSON inside a session link, version by version, as described in session-link.ts:
 * settings to version 2's array, and either version's array back to settings for checking.
 */
import { STANDARD_SOURCE_IDS } from '$lib/questionnaire/types';
import { SUGGESTION_TEXTS } from './custom-suggestions';
import type { CustomSourceSpec, SessionSettings } from './session-settings';

/** Settings read from a link's JSON, not yet checked; or why the JSON is not a session's. */
export type WireResult = { ok: true; settings: unknown } | { ok: false; problem: 'wrong-type' | 'future-version' };

type Pair = [string, string];

// What version 2 leaves off the end. Part of the format, so never taken from settings
// elsewhere: a later build's defaults must not change what a link already sent means.
const V2_DEFAULTS: readonly unknown[] = [null, '', 0, [], 0b111111, 3];

const ALL_SOURCES = (1 << STANDARD_SOURCE_IDS.length) - 1;
const isText = (value: unknown): value is string => typeof value === 'string';
const isPair = (value: unknown): value is Pair => Array.isArray(value) && value.length === 2 && value.every(isText);
const isMask = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= ALL_SOURCES;
const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const wrongType: WireResult = { ok: false, problem: 'wrong-type' };

const maskOf = (settings: SessionSettings): number =>
	STANDARD_SOURCE_IDS.reduce((bits, id, i) => (settings.sources.includes(id) ? bits | (1 << i) : bits), 0);
const sourcesOf = (mask: number) => STANDARD_SOURCE_IDS.filter((_, i) => mask & (1 << i));
const specOf = ([name, description]: Pair): CustomSourceSpec => ({ name, description });

/** Version 1's array as settings: [title, welcome, date or "", sourcesMask, [[name, description], ...], threshold]. */
export function readWireV1(value: unknown): WireResult {
	if (!Array.isArray(value) || value.length !== 6) return wrongType;
	const [title, welcome, date, mask, custom, threshold] = value as unknown[];
	const sound =
		[title, welcome, date].every(isText) && isMask(mask) && Array.isArray(custom) && custom.every(isPair) && typeof threshold === 'number';
	if (!sound) return wrongType;
	const settings = { title, welcome, date: date === '' ? null : date, sources: sourcesOf(mask), custom: custom.map(specOf), threshold };
	return { ok: true, settings };
}

/** Checked settings as version 1's array (see readWireV1). */
export function writeWireV1(settings: SessionSettings): unknown[] {
	const custom = settings.custom.map((spec): Pair => [spec.name, spec.description]);
	return [settings.title, settings.welcome, settings.date ?? '', maskOf(settings), custom, settings.threshold];
}

/** Checked settings as version 2's array, with unchanged suggestions by number and defaults left off the end. */
export function writeWireV2(settings: SessionSettings): unknown[] {
	const custom = settings.custom.map((spec): Pair | number => {
		const id = SUGGESTION_TEXTS.findIndex((text) => text.name === spec.name && text.description === spec.description);
		return id === -1 ? [spec.name, spec.description] : id;
	});
	const date = settings.date === null ? 0 : Number(settings.date.replaceAll('-', ''));
	const wire: unknown[] = [settings.title, settings.welcome, date, custom, maskOf(settings), settings.threshold];
	while (wire.length > 1 && JSON.stringify(wire.at(-1)) === JSON.stringify(V2_DEFAULTS[wire.length - 1])) wire.pop();
	return wire;
}

/** 20250314 as "2025-03-14"; a number that is no date stays digits, which the date check refuses. */
function dateOf(date: number): string | null {
	if (date === 0) return null;
	const digits = String(date).padStart(8, '0');
	return digits.length === 8 ? `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}` : digits;
}

/** Version 2's array as settings; a suggestion number this build does not know means a newer build made the link. */
export function readWireV2(value: unknown): WireResult {
	if (!Array.isArray(value) || value.length < 1 || value.length > V2_DEFAULTS.length) return wrongType;
	const [title, welcome, date, custom, mask, threshold] = V2_DEFAULTS.map((fallback, i) => (i < value.length ? value[i] : fallback));
	const sound =
		isText(title) &&
		isText(welcome) &&
		isId(date) &&
		Array.isArray(custom) &&
		custom.every((spec) => isPair(spec) || isId(spec)) &&
		isMask(mask) &&
		typeof threshold === 'number';
	if (!sound) return wrongType;
	if (custom.some((spec) => isId(spec) && spec >= SUGGESTION_TEXTS.length)) return { ok: false, problem: 'future-version' };
	const specs = custom.map((spec: Pair | number) => (isId(spec) ? { ...SUGGESTION_TEXTS[spec]! } : specOf(spec)));
	const settings = { title, welcome, date: dateOf(date), sources: sourcesOf(mask), custom: specs, threshold };
	return { ok: true, settings };
}
