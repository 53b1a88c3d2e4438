import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, MAX_EXPORT_BYTES, dataFileName, makeExportFile, type ExportData } from './export-format';
import { fileSizeProblem, readExportFile } from './export-read';
import { isReflectionRecord } from './record-guards';
import { encodeShareCode } from '$lib/share/share-code';
import { STANDARD_FINGERPRINT_NUMBER, fingerprintNumber } from '$lib/share/session-fingerprint';
import { MAX_EARLIER } from '$lib/share/session-versions';

const CODE = encodeShareCode(0, Array.from({ length: 6 }, (_, i) => ({ perceived: 10 * i, actual: null })));

const DATA: ExportData = {
	reflections: [
		{ id: 'r1', label: 'Forum', createdAt: 1, updatedAt: 2, step: 'reflect', completedAt: 2, bankVersion: 'bank-1', session: null }
	],
	answers: [{ reflectionId: 'r1', questionId: 'q1', value: 4, updatedAt: 1 }],
	notes: [{ reflectionId: 'r1', promptId: 'p1', text: 'Mine <b>not markup</b>', updatedAt: 1 }],
	sessions: [],
	codes: [{ sessionKey: 'ERCG', code: CODE }],
	groups: [{ sessionKey: 'ERCG', invited: 12, seed: 99 }]
};
const good = () => JSON.stringify(makeExportFile(DATA, new Date('2026-11-29T10:00:00Z')));
const edited = (change: (file: Record<string, unknown>) => void) => {
	const file = JSON.parse(good());
	change(file);
	return JSON.stringify(file);
};

describe('readExportFile', () => {
	it('reads back exactly what was written', () => {
		expect(readExportFile(good())).toEqual({ ok: true, data: DATA, skipped: 0, exportedAt: '2026-11-29T10:00:00.000Z' });
	});

	it.each([
		['an empty file', '', 'empty'],
		['blank space', '  \n ', 'empty'],
		['text that is not JSON', 'reflections: lots', 'not-json'],
		['half a file', good().slice(0, 40), 'not-json'],
		['a JSON list', '[1,2]', 'wrong-type'],
		['JSON null', 'null', 'wrong-type'],
		['another app’s JSON', '{"name":"x"}', 'wrong-type'],
		['a newer version', edited((f) => (f.version = 2)), 'future-version'],
		['a version that is not a number', edited((f) => (f.version = '1')), 'invalid'],
		['a store that is not a list', edited((f) => (f.answers = {})), 'invalid'],
		['no export time', edited((f) => delete f.exportedAt), 'invalid'],
		['a huge file', 'x'.repeat(MAX_EXPORT_BYTES + 1), 'too-large']
	])('refuses %s with a clear message', (_name, text, kind) => {
		const result = readExportFile(text);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error.kind).toBe(kind);
			expect(result.error.message.length).toBeGreaterThan(20);
		}
	});

	it('leaves out damaged records, counts them, and keeps the rest', () => {
		const text = edited((f) => {
			(f.answers as unknown[]).push({ reflectionId: 'r1', questionId: 'q2', value: { evil: true }, updatedAt: 1 });
			(f.reflections as unknown[]).push({ id: 'r2' });
			(f.codes as unknown[]).push('5ABC');
		});
		const result = readExportFile(text);
		expect(result.ok && result.skipped).toBe(3);
		expect(result.ok && result.data).toEqual(DATA);
	});

	it('leaves out the answers and notes of a reflection it leaves out, and counts them', () => {
		const text = edited((f) => {
			(f.reflections as unknown[]).push({ ...DATA.reflections[0], id: 'r2', createdAt: 'Tuesday' });
			(f.answers as unknown[]).push({ reflectionId: 'r2', questionId: 'q1', value: 3, updatedAt: 1 });
			(f.notes as unknown[]).push({ reflectionId: 'r2', promptId: 'p1', text: 'Lost?', updatedAt: 1 });
			(f.answers as unknown[]).push({ reflectionId: 'nowhere', questionId: 'q1', value: 3, updatedAt: 1 });
		});
		const result = readExportFile(text);
		expect(result.ok && result.skipped).toBe(4);
		expect(result.ok && result.data).toEqual(DATA);
	});

	it('reads a reflection with no label as having none, rather than leaving it and its answers out', () => {
		const result = readExportFile(edited((f) => delete (f.reflections as Record<string, unknown>[])[0]!.label));
		expect(result.ok && result.skipped).toBe(0);
		expect(result.ok && result.data.reflections[0]?.label).toBe('');
		expect(result.ok && result.data.answers).toEqual(DATA.answers);
	});

	it('brings in the share code last shown, so the results can still say when it changes', () => {
		const result = readExportFile(edited((f) => ((f.reflections as Record<string, unknown>[])[0]!.shownCode = CODE)));
		expect(result.ok && result.data.reflections[0]?.shownCode).toBe(CODE);
	});

	it.each([
		['not text', 42],
		['written differently from how Rebalance writes it', CODE.toLowerCase()],
		['not a share code', '<b>code</b>']
	])('forgets a share code last shown that is %s, but keeps the reflection and its answers', (_name, shownCode) => {
		const result = readExportFile(edited((f) => ((f.reflections as Record<string, unknown>[])[0]!.shownCode = shownCode)));
		expect(result.ok && result.skipped).toBe(0);
		expect(result.ok && result.data).toEqual(DATA);
	});

	it.each([
		['a later', { ...DATA.reflections[0], label: 'Later', updatedAt: 9 }, 'Later'],
		['an earlier', { ...DATA.reflections[0], label: 'Earlier', updatedAt: 1 }, 'Forum']
	])('takes a reflection id given twice once, as last changed, with %s twin', (_name, twin, kept) => {
		const result = readExportFile(edited((f) => (f.reflections as unknown[]).push(twin)));
		expect(result.ok && result.data.reflections.map((r) => r.label)).toEqual([kept]);
		expect(result.ok && result.skipped).toBe(1);
	});

	it('takes a session id and a group setting given twice once each', () => {
		const settings = { title: 'Forum', welcome: '', date: null, sources: ['educational', 'monetary', 'position'], custom: [], threshold: 3 };
		const result = readExportFile(
			edited((f) => {
				(f.sessions as unknown[]).push({ id: 's1', settings, createdAt: 1, updatedAt: 4 }, { id: 's1', settings: { ...settings, title: 'Later' }, createdAt: 1, updatedAt: 8 });
				(f.groups as unknown[]).push({ ...DATA.groups[0], invited: 3 });
			})
		);
		expect(result.ok && result.data.sessions.map((s) => s.settings.title)).toEqual(['Later']);
		// Group settings have no change time: the last given is taken.
		expect(result.ok && result.data.groups).toEqual([{ ...DATA.groups[0], invited: 3 }]);
		expect(result.ok && result.skipped).toBe(2);
	});

	it.each([
		['no number invited', true, { sessionKey: 'K', invited: null, seed: 1 }],
		['a number invited out of range', false, { sessionKey: 'K', invited: 1000, seed: 1 }],
		['a number invited that is not whole', false, { sessionKey: 'K', invited: 2.5, seed: 1 }],
		['no shuffle seed', false, { sessionKey: 'K', invited: 4 }]
	])('reads group screen settings with %s, keeping them: %s', (_name, kept, group) => {
		const result = readExportFile(edited((f) => (f.groups as unknown[]).push(group)));
		expect(result.ok && result.data.groups.length).toBe(kept ? 2 : 1);
	});

	it('reads a file from before group settings were kept as having none', () => {
		const result = readExportFile(edited((f) => delete f.groups));
		expect(result.ok && result.data).toEqual({ ...DATA, groups: [] });
	});

	it('takes in only codes that are sound and written as Rebalance writes them, so nobody counts twice', () => {
		const text = edited((f) => {
			(f.codes as unknown[]).push({ sessionKey: 'ERCG', code: CODE.toLowerCase() });
			(f.codes as unknown[]).push({ sessionKey: 'ERCG', code: CODE.replaceAll('-', '') });
			(f.codes as unknown[]).push({ sessionKey: 'ERCG', code: `${CODE.slice(0, -1)}${CODE.endsWith('A') ? 'B' : 'A'}` });
		});
		const result = readExportFile(text);
		expect(result.ok && result.skipped).toBe(3);
		expect(result.ok && result.data.codes).toEqual(DATA.codes);
	});

	it('checks sessions in a file as fully as a link, and takes them in tidied, though storage only checks their shape', () => {
		const settings = { title: 'Forum', welcome: '', date: null, sources: ['educational', 'monetary', 'position'], custom: [], threshold: 3 };
		const unsafe = { ...settings, title: '<img src=x onerror=alert(1)>' };
		const text = edited((f) => {
			(f.reflections as unknown[]).push({ ...DATA.reflections[0], id: 'r2', session: settings });
			(f.reflections as unknown[]).push({ ...DATA.reflections[0], id: 'r3', session: unsafe });
			(f.sessions as unknown[]).push({ id: 's1', settings: { ...settings, title: '  Forum ', sources: ['position', 'educational', 'monetary'] }, createdAt: 1, updatedAt: 1 });
			(f.sessions as unknown[]).push({ id: 's2', settings: { ...settings, threshold: 0 }, createdAt: 1, updatedAt: 1 });
		});
		const result = readExportFile(text);
		expect(result.ok && result.skipped).toBe(2);
		expect(result.ok && result.data.reflections.map((r) => r.id)).toEqual(['r1', 'r2']);
		expect(result.ok && result.data.sessions).toEqual([{ id: 's1', settings, createdAt: 1, updatedAt: 1 }]);
		expect(isReflectionRecord({ ...DATA.reflections[0], session: unsafe })).toBe(true);
	});

	it('keeps only real earlier fingerprints of a session, never its own nor the standard one', () => {
		const settings = { title: 'Forum', welcome: '', date: null, sources: ['educational', 'monetary', 'position'], custom: [] as never[], threshold: 3 } as const;
		const own = fingerprintNumber({ ...settings, sources: [...settings.sources] });
		const many = Array.from({ length: 40 }, (_, i) => 1000 + i);
		const text = edited((f) => {
			(f.sessions as unknown[]).push({ id: 's1', settings, createdAt: 1, updatedAt: 1, earlier: [7, 7, own, STANDARD_FINGERPRINT_NUMBER, 9] });
			(f.sessions as unknown[]).push({ id: 's2', settings, createdAt: 1, updatedAt: 1, earlier: many });
			(f.sessions as unknown[]).push({ id: 's3', settings, createdAt: 1, updatedAt: 1, earlier: [STANDARD_FINGERPRINT_NUMBER + 2 ** 20] });
		});
		const result = readExportFile(text);
		expect(result.ok && result.data.sessions.map((s) => s.earlier)).toEqual([[7, 9], many.slice(0, MAX_EARLIER)]);
		expect(result.ok && result.skipped).toBe(1);
	});

	it.each([
		[0, 'empty'],
		[1, null],
		[MAX_EXPORT_BYTES, null],
		[MAX_EXPORT_BYTES + 1, 'too-large'],
		[4 * 1024 ** 3, 'too-large']
	])('judges a file of %i bytes before reading it: %s', (bytes, kind) => {
		expect(fileSizeProblem(bytes)?.kind ?? null).toBe(kind);
	});

	it('treats a missing store as empty', () => {
		const result = readExportFile(edited((f) => delete f.sessions));
		expect(result.ok && result.data.sessions).toEqual([]);
	});

	it('never throws, whatever the text (10,000 random and mutated files)', () => {
		const base = good();
		const mutated = fc
			.tuple(fc.nat({ max: base.length }), fc.nat({ max: 20 }), fc.string({ maxLength: 8 }))
			.map(([at, cut, insert]) => base.slice(0, at) + insert + base.slice(at + cut));
		const jsonish = fc.json().map((json) => `{"format":"${EXPORT_FORMAT}","version":1,"exportedAt":"x","reflections":${json}}`);
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary' }), mutated, jsonish, fc.json()), (text) => {
				const result = readExportFile(text);
				expect(result.ok || result.error.message.length > 0).toBe(true);
			}),
			{ numRuns: 10_000 }
		);
	});
});

describe('dataFileName', () => {
	it('names the file by the day it was made, so downloads sort by date', () => {
		const made = makeExportFile({ reflections: [], answers: [], notes: [], sessions: [], codes: [], groups: [] }, new Date('2025-03-04T10:20:30Z'));
		expect(dataFileName(made.exportedAt)).toBe('rebalance-2025-03-04.json');
	});
});
