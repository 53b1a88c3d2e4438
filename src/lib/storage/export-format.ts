/*
 * The export file: everything Rebalance keeps on a device, as one JSON document the person
 * can download and import elsewhere.
 *
 *   { "format": "rebalance-export", "version": 1, "exportedAt": "2026-11-29T10:00:00.000Z",
 *     "reflections": [...], "answers": [...], "notes": [...], "sessions": [...], "codes": [...], "groups": [...] }
 *
 * Each array holds the stored records as they are (see schema.ts); "groups" came later, and a
 * file without it reads as having none. Reading one is export-read.ts.
 */
import type { AnswerRecord, CodeRecord, GroupRecord, NoteRecord, ReflectionRecord, SessionRecord } from './schema';

/** Marks a JSON document as a Rebalance export. */
export const EXPORT_FORMAT = 'rebalance-export';
/** The export layout this build writes and reads. */
export const EXPORT_VERSION = 1;
/** Larger files are refused before reading: far beyond any real person's data. */
export const MAX_EXPORT_BYTES = 10 * 1024 * 1024;

/** The records of an export, by store. */
export interface ExportData {
	reflections: ReflectionRecord[];
	answers: AnswerRecord[];
	notes: NoteRecord[];
	sessions: SessionRecord[];
	codes: CodeRecord[];
	groups: GroupRecord[];
}

/** A whole export file. */
export interface ExportFile extends ExportData {
	format: typeof EXPORT_FORMAT;
	version: number;
	exportedAt: string;
}

/** The download's file name, from when it was made: "rebalance-2025-03-04.json". */
export function dataFileName(exportedAt: string): string {
	return `rebalance-${exportedAt.slice(0, 10)}.json`;
}

/** Builds an export file from stored records. */
export function makeExportFile(data: ExportData, now = new Date()): ExportFile {
	return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), ...data };
}
