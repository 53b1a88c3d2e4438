import { describe, expect, it } from 'vitest';
import { textWidth } from '$lib/chart/radar-labels';
import { KEY_SIZE, KEY_SWATCH, exportColumns, exportFrame, type ExportFrame } from './export-layout';

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

// The text size export-image.ts draws chart labels at.
const LABEL_SIZE = 18;

type Box = { x: number; y: number; width: number; height: number };

/** Fails unless `box` lies wholly inside the picture. */
function expectInside(box: Box, frame: ExportFrame): void {
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(frame.width);
	expect(box.y + box.height).toBeLessThanOrEqual(frame.height);
}

/** Fails unless each baseline is at least a line of text below the one before it. */
function expectStacked(baselines: number[], size: number): void {
	for (const [index, y] of baselines.slice(1).entries()) expect(y - baselines[index]!).toBeGreaterThanOrEqual(size);
}

describe('exportFrame', () => {
	it('gives one chart the whole width between equal margins, keeping its shape, under the heading', () => {
		const frame = exportFrame([{ width: 400, height: 300 }], META);
		const [panel] = frame.panels;
		expect(frame.panels).toHaveLength(1);
		expect(panel!.height / panel!.width).toBeCloseTo(300 / 400);
		expect(frame.width - (panel!.x + panel!.width)).toBe(panel!.x);
		expect(frame.height - (panel!.y + panel!.height)).toBe(panel!.x);
		expectStacked([frame.title.lines[0]!.y, frame.subtitle.y, panel!.y], frame.subtitle.size);
		expect(panel!.width).toBeGreaterThan(exportFrame(Array.from({ length: 2 }, () => ({ width: 400, height: 300 })), META).panels[0]!.width);
		expect(frame.title.lines.map((line) => line.text)).toEqual(['Carers forum']);
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

	it('lays labelled charts out in rows, in order, each label above its chart and each row below the tallest chart before it', () => {
		const panels = [
			{ width: 100, height: 100, label: 'A' },
			{ width: 100, height: 150, label: 'B' },
			{ width: 100, height: 50, label: 'C' }
		];
		const frame = exportFrame(panels, META);
		const [a, b, c] = frame.panels;
		expect(frame.panels.map((panel) => panel.label)).toEqual(['A', 'B', 'C']);
		for (const [index, panel] of frame.panels.entries()) {
			expectInside(panel, frame);
			expect(panel.height / panel.width).toBeCloseTo(panels[index]!.height / panels[index]!.width);
			expect(panel.labelY).toBeLessThan(panel.y);
			expect(panel.labelY! - LABEL_SIZE).toBeGreaterThanOrEqual(frame.subtitle.y);
		}
		expect(b!.y).toBe(a!.y);
		expect(b!.x).toBeGreaterThan(a!.x + a!.width);
		expect(c!.x).toBe(a!.x);
		expect(c!.labelY! - LABEL_SIZE).toBeGreaterThan(b!.y + b!.height);
	});

	it('puts the key and the note under the heading, in order, within the width, and moves the charts down below them', () => {
		const key = ['Each person: perceived', 'Each person: actual', 'Group’s middle: perceived', 'Group’s middle: actual'];
		const note = 'Spokes go clockwise from the top: Education, Organisation, Money, Class and background, Role, Authority, Lived experience.';
		const plain = exportFrame([{ width: 400, height: 300 }], META);
		const frame = exportFrame([{ width: 400, height: 300 }], { ...META, key, note });
		expect(frame.key.map((entry) => entry.text)).toEqual(key);
		expect(frame.note.map((line) => line.text).join(' ')).toBe(note);
		expect(frame.note.length).toBeGreaterThan(1);
		const texts = [...frame.key.map((entry) => ({ ...entry, left: entry.x - KEY_SWATCH })), ...frame.note.map((line) => ({ ...line, left: line.x }))];
		for (const text of texts) expectInside({ x: text.left, y: text.y - KEY_SIZE, width: text.x - text.left + textWidth(text.text, KEY_SIZE), height: KEY_SIZE }, frame);
		// Entries on one row must not run into the next entry's swatch.
		for (const [index, entry] of frame.key.entries())
			for (const other of frame.key.slice(index + 1))
				if (other.y === entry.y) expect(entry.x + textWidth(entry.text, KEY_SIZE)).toBeLessThanOrEqual(other.x - KEY_SWATCH);
		const rows = [...new Set(frame.key.map((entry) => entry.y))];
		expectStacked([frame.subtitle.y, ...rows, ...frame.note.map((line) => line.y), frame.panels[0]!.y], KEY_SIZE);
		const moved = frame.panels[0]!.y - plain.panels[0]!.y;
		expect(moved).toBeGreaterThan(0);
		expect(frame.height - plain.height).toBe(moved);
	});

	it.each([1, 4])('fits a key with long entries, as Everyone together has, into %i chart(s) wide without one running into another', (charts) => {
		const key = [
			'Each person: perceived',
			'Each person: actual',
			'Group’s middle: perceived',
			'Group’s middle: actual',
			'Group’s middle: perceived and actual meet',
			'A circle or diamond on its own: answers that make no shape'
		];
		const frame = exportFrame(Array.from({ length: charts }, () => ({ width: 400, height: 300 })), { ...META, key });
		expect(frame.key.map((entry) => [entry, ...entry.more].map((line) => line.text).join(' '))).toEqual(key);
		const lines = frame.key.flatMap((entry) => [entry, ...entry.more]);
		for (const line of lines) expectInside({ x: line.x - KEY_SWATCH, y: line.y - KEY_SIZE, width: KEY_SWATCH + textWidth(line.text, KEY_SIZE), height: KEY_SIZE }, frame);
		for (const [index, line] of lines.entries())
			for (const other of lines.slice(index + 1))
				if (other.y === line.y) expect(line.x + textWidth(line.text, KEY_SIZE)).toBeLessThan(other.x - KEY_SWATCH);
		const rows = [...new Set(lines.map((line) => line.y))].sort((a, b) => a - b);
		expectStacked([frame.subtitle.y, ...rows, frame.panels[0]!.y], KEY_SIZE);
	});

	it('adds nothing under the heading when there is no key or note', () => {
		const frame = exportFrame([{ width: 400, height: 300 }], META);
		const empty = exportFrame([{ width: 400, height: 300 }], { ...META, key: [], note: '' });
		expect([frame.key, frame.note]).toEqual([[], []]);
		expect(frame).toEqual(empty);
		expect(exportFrame([{ width: 400, height: 300 }], { ...META, key: ['One'] }).panels[0]!.y).toBeGreaterThan(frame.panels[0]!.y);
	});

	it('never puts two charts on top of each other, or outside the picture', () => {
		const panels = Array.from({ length: 23 }, (_, i) => ({ width: 120, height: 100 + (i % 4) * 10, label: String(i) }));
		const frame = exportFrame(panels, META);
		const placed = frame.panels;
		for (const [i, a] of placed.entries()) {
			expectInside(a, frame);
			for (const b of placed.slice(i + 1)) {
				const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
				expect(apart).toBe(true);
			}
		}
	});
});
