import type { StandardSourceId } from '$lib/questionnaire/types';

/** A facilitator's own source of power, e.g. "Lived experience". */
export interface CustomSourceSpec {
	/** 1-40 characters. */
	name: string;
	/** A description in one paragraph (no line breaks), 0-140 characters. */
	description: string;
}

/** What a session link carries: the session's framing only, never anyone's answers. */
export interface SessionSettings {
	/** 1-80 characters. */
	title: string;
	/** A short welcome or purpose note, 0-600 characters. */
	welcome: string;
	/** The session's date as YYYY-MM-DD, or null. */
	date: string | null;
	/** Which standard sources to include, in standard order. */
	sources: StandardSourceId[];
	/** Up to four sources of the facilitator's own. */
	custom: CustomSourceSpec[];
	/** How many share codes the group screen needs before it shows anything individual (2-50). */
	threshold: number;
}

/** Limits every session must keep within; decoders and forms both check them. */
export const SESSION_LIMITS = {
	titleLength: 80,
	welcomeLength: 600,
	customNameLength: 40,
	customDescriptionLength: 140,
	maxCustom: 4,
	minSources: 3,
	minThreshold: 2,
	maxThreshold: 50,
	defaultThreshold: 3
} as const;

const SETTINGS_KEYS = ['custom', 'date', 'sources', 'threshold', 'title', 'welcome'];
const CUSTOM_KEYS = ['description', 'name'];

function isRecordWithKeys(value: unknown, keys: string[]): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	return Object.keys(value).sort().join() === keys.join();
}

const isText = (value: unknown): value is string => typeof value === 'string';

function isCustomSpec(value: unknown): value is CustomSourceSpec {
	return isRecordWithKeys(value, CUSTOM_KEYS) && isText(value.name) && isText(value.description);
}

/**
 * Whether a value has exactly the keys and types of session settings. Content (lengths,
 * known sources, plain text) is validateSession's job; records in this device's own store
 * passed it on the way in, so reading them back needs only this.
 */
export function isSessionShape(value: unknown): value is SessionSettings {
	if (!isRecordWithKeys(value, SETTINGS_KEYS)) return false;
	const { title, welcome, date, sources, custom, threshold } = value;
	return (
		isText(title) &&
		isText(welcome) &&
		typeof threshold === 'number' &&
		(date === null || isText(date)) &&
		Array.isArray(sources) &&
		sources.every(isText) &&
		Array.isArray(custom) &&
		custom.every(isCustomSpec)
	);
}
