import { describe, expect, it } from 'vitest';
import type { ExportData } from './export-format';
import { copyKey, importChangesSomething, importSummary, isUnchangedCopy, planImport, type DeviceSnapshot, type ImportPlan } from './import-plan';

const reflection = (id: string, updatedAt: number) => ({
	id,
	label: '',
	createdAt: 0,
	updatedAt,
	step: 'start',
	completedAt: null,
	bankVersion: 'bank-1',
	session: null
});
const settings = { title: 'T', welcome: '', date: null, sources: ['educational', 'monetary', 'class'] as const, custom: [], threshold: 3 };
const session = (id: string, updatedAt: number) => ({ id, settings: { ...settings, sources: [...settings.sources] }, createdAt: 0, updatedAt });
const data = (over: Partial<ExportData>): ExportData => ({ reflections: [], answers: [], notes: [], sessions: [], codes: [], groups: [], ...over });
const device = (over: Partial<DeviceSnapshot> = {}): DeviceSnapshot => ({
	reflections: new Map(),
	sessions: new Map(),
	copied: new Set(),
	codes: new Set(),
	groups: new Set(),
	...over
});

describe('planImport', () => {
	it.each([
		['new to this device', new Map<string, number>(), { addReflections: ['r1'], sameReflections: [], copyReflections: [] }],
		['here and unchanged', new Map([['r1', 5]]), { addReflections: [], sameReflections: ['r1'], copyReflections: [] }],
		['here but different', new Map([['r1', 9]]), { addReflections: [], sameReflections: [], copyReflections: ['r1'] }],
		['here but damaged', new Map([['r1', Number.NaN]]), { addReflections: [], sameReflections: [], copyReflections: ['r1'] }]
	])('a reflection %s', (_name, here, expected) => {
		expect(planImport(data({ reflections: [reflection('r1', 5)] }), device({ reflections: here }))).toMatchObject(expected);
	});

	it.each([
		['this version', 'r1 5', { sameReflections: ['r1'], copyReflections: [] }],
		['another version', 'r1 4', { sameReflections: [], copyReflections: ['r1'] }]
	])('a reflection already brought in as a copy of %s', (_name, copied, expected) => {
		const here = device({ reflections: new Map([['r1', 9]]), copied: new Set([copied]) });
		expect(planImport(data({ reflections: [reflection('r1', 5)] }), here)).toMatchObject(expected);
	});

	it('brings group screen settings only for sessions that have none here', () => {
		const groups = [
			{ sessionKey: 'S', invited: 5, seed: 1 },
			{ sessionKey: 'T', invited: null, seed: 2 }
		];
		const plan = planImport(data({ groups }), device({ groups: new Set(['S']) }));
		expect(plan.addGroups).toEqual(['T']);
		expect(importChangesSomething(plan)).toBe(true);
	});

	it('sorts sessions the same way', () => {
		const plan = planImport(
			data({ sessions: [session('a', 1), session('b', 2), session('c', 3)] }),
			device({ sessions: new Map([['b', 2], ['c', 4]]) })
		);
		expect(plan).toMatchObject({ addSessions: ['a'], sameSessions: ['b'], copySessions: ['c'] });
	});

	it('counts only codes not yet collected, once each', () => {
		const codes = [
			{ sessionKey: 'S', code: 'A' },
			{ sessionKey: 'S', code: 'B' },
			{ sessionKey: 'T', code: 'A' },
			{ sessionKey: 'S', code: 'B' }
		];
		expect(planImport(data({ codes }), device({ codes: new Set(['S A']) })).addCodes).toBe(2);
	});

	it.each([
		['an empty file', data({}), device(), false],
		['a file of what is already here', data({ reflections: [reflection('r1', 5)] }), device({ reflections: new Map([['r1', 5]]) }), false],
		['a file with something new', data({ reflections: [reflection('r1', 5)] }), device(), true]
	])('says whether %s changes anything', (_name, file, here, expected) => {
		expect(importChangesSomething(planImport(file, here))).toBe(expected);
	});
});

describe('isUnchangedCopy', () => {
	it.each([
		['a copy as it came in', { updatedAt: 5, copyOf: copyKey({ id: 'r1', updatedAt: 5 }) }, true],
		['a copy changed since', { updatedAt: 9, copyOf: copyKey({ id: 'r1', updatedAt: 5 }) }, false],
		['a copy whose time only ends the same', { updatedAt: 5, copyOf: copyKey({ id: 'r1', updatedAt: 15 }) }, false],
		['a record that is no copy', { updatedAt: 5 }, false]
	])('%s: %s', (_name, record, expected) => {
		expect(isUnchangedCopy(record)).toBe(expected);
	});
});

describe('importSummary', () => {
	const plan = (reflections: number, copies: number, sessions: number, codes: number, groups = 0): ImportPlan => ({
		addReflections: Array.from({ length: reflections }, (_, i) => `r${i}`),
		sameReflections: [],
		copyReflections: Array.from({ length: copies }, (_, i) => `c${i}`),
		addSessions: Array.from({ length: sessions }, (_, i) => `s${i}`),
		sameSessions: [],
		copySessions: [],
		addCodes: codes,
		addGroups: Array.from({ length: groups }, (_, i) => `g${i}`)
	});

	it.each([
		[plan(1, 0, 0, 0), '1 reflection'],
		[plan(1, 1, 0, 0), '2 reflections'],
		[plan(0, 0, 1, 0), '1 facilitator session'],
		[plan(2, 0, 0, 4), '2 reflections and 4 share codes'],
		[plan(1, 0, 2, 1), '1 reflection, 2 facilitator sessions and 1 share code'],
		[plan(0, 0, 0, 0, 1), '1 group screen setting'],
		[plan(0, 0, 0, 0), 'nothing']
	])('%#: says "%s", leaving out what there is none of', (given, said) => {
		expect(importSummary(given)).toBe(said);
	});
});
