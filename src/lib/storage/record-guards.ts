import { isSessionShape } from '$lib/share/session-settings';
import type { AnswerRecord, CodeRecord, NoteRecord, ReflectionRecord, SessionRecord } from './schema';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isOptionalText = (value: unknown): value is string | undefined => value === undefined || isText(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
// A time must be one a Date can hold: formatting 1e17 throws, and would take the whole list with it.
const isTime = (value: unknown): value is number => isNumber(value) && Math.abs(value) <= 8.64e15;
// Fingerprints are 20-bit numbers. Only that is checked here, which keeps the fingerprint code
// (CRC-32 and the question bank's version) off the landing page; cleanEarlier does the rest.
const isFingerprintList = (value: unknown): value is number[] =>
	Array.isArray(value) && value.every((n) => Number.isInteger(n) && n >= 0 && n < 2 ** 20);

// These guard what this device's own store hands back (older versions, damaged records). A
// session inside was validated in full when it arrived; export-format checks imports in full.

/** Whether a stored value is a sound reflection (corrupted or foreign records are not). */
export function isReflectionRecord(value: unknown): value is ReflectionRecord {
	return (
		isObject(value) &&
		isText(value.id) &&
		isText(value.label) &&
		isTime(value.createdAt) &&
		isTime(value.updatedAt) &&
		isText(value.step) &&
		(value.completedAt === null || isTime(value.completedAt)) &&
		isText(value.bankVersion) &&
		(value.session === null || isSessionShape(value.session)) &&
		isOptionalText(value.copyOf) &&
		isOptionalText(value.shownCode)
	);
}

/** Whether a stored value is a sound answer: a rating, a choice, or null for "Prefer not to say". */
export function isAnswerRecord(value: unknown): value is AnswerRecord {
	return (
		isObject(value) &&
		isText(value.reflectionId) &&
		isText(value.questionId) &&
		(value.value === null || isText(value.value) || isNumber(value.value)) &&
		isTime(value.updatedAt)
	);
}

/** Whether a stored value is a sound private note. */
export function isNoteRecord(value: unknown): value is NoteRecord {
	return isObject(value) && isText(value.reflectionId) && isText(value.promptId) && isText(value.text) && isTime(value.updatedAt);
}

/** Whether a stored value is a sound facilitator's session. */
export function isSessionRecord(value: unknown): value is SessionRecord {
	return (
		isObject(value) &&
		isText(value.id) &&
		isSessionShape(value.settings) &&
		isTime(value.createdAt) &&
		isTime(value.updatedAt) &&
		(value.earlier === undefined || isFingerprintList(value.earlier)) &&
		isOptionalText(value.copyOf)
	);
}

/** Whether a stored value is a sound collected share code. */
export function isCodeRecord(value: unknown): value is CodeRecord {
	return isObject(value) && isText(value.sessionKey) && isText(value.code);
}

const setAsideListeners = new Set<(records: unknown[]) => void>();

/** Listens for records that could not be read and were left out (kept in storage, untouched). */
export function onSetAside(listener: (records: unknown[]) => void): () => void {
	setAsideListeners.add(listener);
	return () => setAsideListeners.delete(listener);
}

/** Keeps the sound records and reports the ones set aside. */
export function soundOnly<T>(values: readonly unknown[], guard: (value: unknown) => value is T): T[] {
	const sound: T[] = [];
	const setAside: unknown[] = [];
	for (const value of values) {
		if (guard(value)) sound.push(value);
		else setAside.push(value);
	}
	if (setAside.length > 0) for (const listener of setAsideListeners) listener(setAside);
	return sound;
}
