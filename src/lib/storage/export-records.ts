// The records of an export file, read as something from outside: each checked, damaged ones
// counted and left out, and what is left made consistent before anything is planned with it.
import { isInvitedCount } from '$lib/group/invited';
import { isAnswerRecord, isCodeRecord, isNoteRecord, isReflectionRecord, isSessionRecord } from './record-guards';
import { decodeShareCode } from '$lib/share/share-code';
import type { SessionSettings } from '$lib/share/session-settings';
import { validateSession } from '$lib/share/session-validate';
import { cleanEarlier } from '$lib/share/session-versions';
import type { ExportData } from './export-format';
import type { GroupRecord, SessionRecord } from './schema';

const sessionIn = (value: unknown): SessionSettings | null => {
	const checked = validateSession(value);
	return checked.ok ? checked.settings : null;
};

const isCanonicalCode = (code: string): boolean => {
	const decoded = decodeShareCode(code);
	return decoded.ok && decoded.code === code;
};

// Here, not in record-guards (which every page loads): only a file brings group settings from outside.
const isGroupRecord = (value: unknown): value is GroupRecord => {
	if (typeof value !== 'object' || value === null) return false;
	const { sessionKey, invited, seed } = value as Record<string, unknown>;
	return typeof sessionKey === 'string' && (invited === null || isInvitedCount(invited)) && Number.isFinite(seed);
};

// Two losses a person can see no harm in, so they never keep a reflection out: a missing label is read
// as no label, and a remembered share code that Rebalance could not have written is forgotten.
const mended = (given: unknown): unknown => {
	if (typeof given !== 'object' || given === null) return given;
	const { shownCode, ...rest } = given as Record<string, unknown>;
	const sound = typeof shownCode === 'string' && isCanonicalCode(shownCode);
	return { label: '', ...rest, ...(sound && { shownCode }) };
};

// A file comes from outside. Its sessions get the full check a link gets, and come in the
// form that check gives; its codes must be sound and written as Rebalance writes them, or
// the group screen could count one person twice. Each reader gives the record, or null.
const READERS: Record<keyof ExportData, (value: unknown) => unknown> = {
	reflections: (given) => {
		const value = mended(given);
		if (!isReflectionRecord(value)) return null;
		if (value.session === null) return value;
		const session = sessionIn(value.session);
		return session && { ...value, session };
	},
	answers: (value) => (isAnswerRecord(value) ? value : null),
	notes: (value) => (isNoteRecord(value) ? value : null),
	sessions: (value) => {
		const settings = isSessionRecord(value) ? sessionIn(value.settings) : null;
		if (!settings) return null;
		const record = value as SessionRecord;
		return record.earlier ? { ...record, settings, earlier: cleanEarlier(record.earlier, settings) } : { ...record, settings };
	},
	codes: (value) => (isCodeRecord(value) && isCanonicalCode(value.code) ? value : null),
	groups: (value) => (isGroupRecord(value) ? value : null)
};

/** The records with an id, each id once: the last changed of any given twice. */
const latestById = <T extends { id: string; updatedAt: number }>(records: T[]): T[] => {
	const byId = new Map<string, T>();
	for (const record of records) if ((byId.get(record.id)?.updatedAt ?? -Infinity) < record.updatedAt) byId.set(record.id, record);
	return [...byId.values()];
};

/** Keeps each reflection, session and group setting once, and the answers and notes only of reflections that came in. */
function tidy(data: ExportData): ExportData {
	const reflections = latestById(data.reflections);
	const ids = new Set(reflections.map((record) => record.id));
	const answers = data.answers.filter((answer) => ids.has(answer.reflectionId));
	const notes = data.notes.filter((note) => ids.has(note.reflectionId));
	// Group settings have no change time: of any given twice, the last is taken.
	const groups = [...new Map(data.groups.map((group) => [group.sessionKey, group])).values()];
	return { ...data, reflections, answers, notes, sessions: latestById(data.sessions), groups };
}

const recordCount = (data: ExportData): number => Object.values(data).reduce((sum, records) => sum + records.length, 0);

/** A file's sound records and how many it gave that were left out, or null when a store is not a list. */
export function readRecords(file: Record<string, unknown>): { data: ExportData; skipped: number } | null {
	const read = {} as Record<keyof ExportData, unknown[]>;
	let given = 0;
	for (const [store, reader] of Object.entries(READERS) as [keyof ExportData, (value: unknown) => unknown][]) {
		const records = file[store] ?? [];
		if (!Array.isArray(records)) return null;
		read[store] = records.map(reader).filter((record) => record !== null);
		given += records.length;
	}
	const data = tidy(read as unknown as ExportData);
	return { data, skipped: given - recordCount(data) };
}
