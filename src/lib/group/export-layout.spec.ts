import { describe, expect, it } from 'vitest';
import { textWidth } from '$lib/chart/radar-labels';
import { KEY_SWATCH, exportColumns, exportFrame, wrapWords } from './export-layout';

const META = { title: 'Carers forum', view: 'Side by side', date: '2025-03-04' };

describe('exportColumns', () => {
	it.each([
		[0, 1],
		[1, 1],
		[2, 2],
		[4, 2],
		[5, 3],
		[9, 3],
		[10, 4],
		[36, 6],
		[500, 6]
	])('%i charts in %i columns', (count, columns) => {
		expect(exportColumns(count)).toBe(columns);
	});
});

describe('exportFrame', () => {
	it('scales one chart to the full 640 width under the heading', () => {
		const frame = exportFrame([{ width: 400, height: 300 }], META);
		// margin 24 + heading 84 = 108 from the top; 300 * 640 / 400 = 480 tall
		expect(frame.panels).toEqual([{ x: 24, y: 108, width: 640, height: 480 }]);
		expect(frame.width).toBe(24 + 640 + 24);
		expect(frame.height).toBe(108 + 480 + 24);
		expect(frame.title.lines.map(({ text, y }) => [text, y])).toEqual([['Carers forum', 50]]);
		expect(frame.subtitle.text).toBe('Side by side · 2025-03-04');
	});

	it.each([
		['a long title', 'Carers and Commissioners Co-production Forum: planning the next year of respite services', 1],
		['one long word', 'Carers-and-Commissioners-Co-production-Forum-Spring', 4],
		['capitals', 'WOMEN’S MENTAL HEALTH MEMBERS WORKSHOP: MARCH', 1],
		['a web address', 'https://example.org/sessions/2025/spring/carers-and-commissioners', 4]
	])('wraps %s within the picture, and moves everything under it down by its extra lines', (_, title, panels) => {
		const charts = Array.from({ length: panels }, () => ({ width: 400, height: 300 }));
		const short = exportFrame(charts, META);
		const long = exportFrame(charts, { ...META, title });
		const lines = long.title.lines;
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.map((line) => line.text).join('').replace(/\s+/g, '')).toBe(title.replace(/\s+/g, ''));
		for (const line of lines) expect(line.x + textWidth(line.text, 24, true)).toBeLessThanOrEqual(long.width - line.x);
		const extra = lines.at(-1)!.y - lines[0]!.y;
		expect(long.subtitle.y - short.subtitle.y).toBe(extra);
		expect(long.panels[0]!.y - short.panels[0]!.y).toBe(extra);
		expect(long.height - short.height).toBe(extra);
	});

	it('lays labelled charts out in rows, each as tall as its tallest chart plus label space', () => {
		const panels = [
			{ width: 100, height: 100, label: 'A' },
			{ width: 100, height: 150, label: 'B' },
			{ width: 100, height: 50, label: 'C' }
		];
		const frame = exportFrame(panels, META);
		// 3 charts: 2 columns of 200; row 1 at 108, charts 28 lower; row 1 is 28 + 300 + 16 = 344 tall
		expect(frame.panels.map(({ x, y, height, label, labelY }) => ({ x, y, height, label, labelY }))).toEqual([
			{ x: 24, y: 136, height: 200, label: 'A', labelY: 128 },
			{ x: 240, y: 136, height: 300, label: 'B', labelY: 128 },
			{ x: 24, y: 480, height: 100, label: 'C', labelY: 472 }
		]);
		expect(frame.width).toBe(24 + 200 + 16 + 200 + 24);
		expect(frame.height).toBe(452 + 28 + 100 + 24);
	});

	it('puts the key and the note under the heading, within the width, and moves the charts down below them', () => {
		const key = ['Each person: perceived', 'Each person: actual', 'Group’s middle: perceived', 'Group’s middle: actual'];
		const note = 'Spokes go clockwise from the top: Education, Organisation, Money, Class and background, Role, Authority, Lived experience.';
		const frame = exportFrame([{ width: 400, height: 300 }], { ...META, key, note });
		// 688 wide: two 300-wide key entries a row, so two rows of 26; the note wraps in lines of 22.
		expect(frame.key.map(({ x, y }) => [x, y])).toEqual([
			[24 + KEY_SWATCH, 124],
			[324 + KEY_SWATCH, 124],
			[24 + KEY_SWATCH, 150],
			[324 + KEY_SWATCH, 150]
		]);
		expect(frame.key.map((entry) => entry.text)).toEqual(key);
		expect(frame.note.map((line) => line.text).join(' ')).toBe(note);
		expect(frame.note.length).toBe(2);
		expect(frame.note.map((line) => line.y)).toEqual([176, 198]);
		expect(frame.panels[0]!.y).toBe(108 + 2 * 26 + 2 * 22 + 16);
		expect(frame.height).toBe(frame.panels[0]!.y + 480 + 24);
	});

	it('adds nothing under the heading when there is no key or note', () => {
		const frame = exportFrame([{ width: 400, height: 300 }], META);
		expect([frame.key, frame.note, frame.panels[0]!.y]).toEqual([[], [], 108]);
	});

	it('never puts two charts on top of each other', () => {
		const panels = Array.from({ length: 23 }, (_, i) => ({ width: 120, height: 100 + (i % 4) * 10, label: String(i) }));
		const placed = exportFrame(panels, META).panels;
		for (const [i, a] of placed.entries())
			for (const b of placed.slice(i + 1)) {
				const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
				expect(apart).toBe(true);
			}
	});
});

describe('wrapWords', () => {
	it.each([
		['', 10, []],
		['one two three', 20, ['one two three']],
		['one two three', 7, ['one two', 'three']],
		['one two three', 3, ['one', 'two', 'thr', 'ee']],
		['a verylongword b', 4, ['a', 'very', 'long', 'word', 'b']],
		['a well-known-name', 12, ['a', 'well-known-', 'name']],
		['see example.org/a/long/path', 14, ['see', 'example.org/a/', 'long/path']],
		['  spaced   out  ', 20, ['spaced out']]
	])('%j in lines of %i', (text, width, lines) => {
		expect(wrapWords(text, width)).toEqual(lines);
	});
});
