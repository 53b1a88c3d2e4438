import { describe, expect, it } from 'vitest';
import { SUGGESTION_TEXTS } from './custom-suggestions';
import { readWireV1, readWireV2 } from './session-wire';

const LIVED = SUGGESTION_TEXTS[0]!;

describe('readWireV1', () => {
	it('reads the version 1 array as written, with "" for no date', () => {
		const wire = ['Tea', 'Hi', '', 0b100101, [[LIVED.name, LIVED.description]], 4];
		const settings = { title: 'Tea', welcome: 'Hi', date: null, sources: ['educational', 'monetary', 'authority'], custom: [{ ...LIVED }], threshold: 4 };
		expect(readWireV1(wire)).toEqual({ ok: true, settings });
	});

	it('does not read numbers for extra sources, which only version 2 has', () => {
		expect(readWireV1(['Tea', '', '', 63, [0], 3])).toEqual({ ok: false, problem: 'wrong-type' });
	});
});

describe('readWireV2', () => {
	it('gives a copy of a suggestion’s words, so changing the settings cannot change the table', () => {
		const read = readWireV2(['Tea', '', 0, [0]]);
		const custom = read.ok ? (read.settings as { custom: unknown[] }).custom : [];
		expect(custom).toEqual([LIVED]);
		expect(custom[0]).not.toBe(LIVED);
	});

	it('says a newer build made a link that names a suggestion this build does not have', () => {
		expect(readWireV2(['Tea', '', 0, [SUGGESTION_TEXTS.length]])).toEqual({ ok: false, problem: 'future-version' });
	});
});
