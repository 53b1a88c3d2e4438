/*
 * Reading an export file (export-format.ts), only when someone brings one in, so the pages that
 * never do need not load it. It checks the envelope strictly and every record with the guards
 * storage uses, sessions and codes in full. Damaged records are counted and left out, with the
 * answers and notes of a reflection left out, so one bad record never stops the rest coming in.
 * A reflection or session given twice comes in once, as last changed.
 */
import { UPDATE_ADVICE } from '$lib/update-advice';
import { EXPORT_FORMAT, EXPORT_VERSION, MAX_EXPORT_BYTES, type ExportData } from './export-format';
import { readRecords } from './export-records';

/** Why a file could not be read, in words for the person. */
export interface ImportError {
	kind: 'empty' | 'too-large' | 'not-json' | 'wrong-type' | 'future-version' | 'invalid';
	message: string;
}

/** A read file: its sound records and how many damaged ones were left out, or why it could not be read. */
export type ImportResult = { ok: true; data: ExportData; skipped: number; exportedAt: string } | { ok: false; error: ImportError };

const MESSAGES: Record<ImportError['kind'], string> = {
	empty: 'This file is empty. Choose the file Rebalance downloaded for you.',
	'too-large': 'This file is far too large to be a Rebalance download, so it has not been opened.',
	'not-json': 'This file could not be read. It may be damaged, or it may not be a Rebalance download.',
	'wrong-type': 'This is not a Rebalance download. Choose the file whose name starts with “rebalance-”.',
	'future-version': `This file was made by a newer version of Rebalance. ${UPDATE_ADVICE}`,
	invalid: 'This file is not laid out the way a Rebalance download should be. It may have been changed by hand.'
};

const failure = (kind: ImportError['kind']): ImportResult => ({ ok: false, error: { kind, message: MESSAGES[kind] } });

/** Why a file of this many bytes will not be read (checked before reading it), or null. */
export function fileSizeProblem(bytes: number): ImportError | null {
	if (bytes === 0) return { kind: 'empty', message: MESSAGES.empty };
	return bytes > MAX_EXPORT_BYTES ? { kind: 'too-large', message: MESSAGES['too-large'] } : null;
}

/** Reads an export file's text; never throws. */
export function readExportFile(text: string): ImportResult {
	if (typeof text !== 'string') return failure('wrong-type');
	if (text.length > MAX_EXPORT_BYTES) return failure('too-large');
	if (text.trim() === '') return failure('empty');
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return failure('not-json');
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return failure('wrong-type');
	const file = parsed as Record<string, unknown>;
	if (file.format !== EXPORT_FORMAT) return failure('wrong-type');
	if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) return failure('invalid');
	if (file.version > EXPORT_VERSION) return failure('future-version');
	if (typeof file.exportedAt !== 'string') return failure('invalid');
	const records = readRecords(file);
	return records ? { ok: true, ...records, exportedAt: file.exportedAt } : failure('invalid');
}
