import { textWidth } from '$lib/chart/radar-labels';
import { wrapWords } from './wrap-words';

/** One chart to place in an exported picture, in its own viewBox units, with an optional neutral label. */
export interface ExportPanel {
	width: number;
	height: number;
	label?: string;
}

/** A chart's place in the picture: its box, and where its label's baseline goes. */
export interface PlacedPanel {
	x: number;
	y: number;
	width: number;
	height: number;
	label?: string;
	labelY?: number;
}

/** A line of text in the picture, at its baseline. */
export interface PlacedText {
	text: string;
	x: number;
	y: number;
}

/** The whole picture: size, heading lines, the key, the note and every chart's place. */
export interface ExportFrame {
	width: number;
	height: number;
	/** The title, wrapped to the picture's width, one entry a line. */
	title: { lines: PlacedText[]; size: number };
	subtitle: PlacedText & { size: number };
	/** Each key entry's label; its swatch goes KEY_SWATCH wide to the left of the text. */
	key: KeyText[];
	note: PlacedText[];
	panels: PlacedPanel[];
}

/** A key entry's first line, beside its swatch, and the lines a label too long for the picture wraps onto below it. */
export interface KeyText extends PlacedText {
	more: PlacedText[];
}

/** What the picture says about itself: nothing that identifies anyone. */
export interface ExportMeta {
	title: string;
	view: string;
	/** YYYY-MM-DD. */
	date: string;
	/** The labels of the charts' key, so the picture can be read away from the page. */
	key?: readonly string[];
	/** A sentence to read the charts by, such as the order of the spokes. */
	note?: string;
}

/** How much room a key entry's swatch takes before its label. */
export const KEY_SWATCH = 44;
const KEY_GAP = 24;
const KEY_ROW = 26;
/** The text size of the key's labels, which the layout measures them at and export-image.ts draws them at. */
export const KEY_SIZE = 15;
const NOTE_LINE = 22;

const MARGIN = 24;
const GAP = 16;
const LABEL = 28;
const HEADER = 84;
const TITLE_SIZE = 24;
const TITLE_LINE = 30;
/** The text size of the note under the key, measured and drawn alike. */
export const NOTE_SIZE = 15;

/** Columns for `count` charts: one chart fills the width; many make a grid at most six wide. */
export function exportColumns(count: number): number {
	return count <= 1 ? 1 : Math.min(6, Math.ceil(Math.sqrt(count)));
}

/**
 * Places charts in a grid under a two-line heading. Each chart is scaled to the column
 * width, keeping its shape; each row is as tall as its tallest chart plus label space.
 */
export function exportFrame(panels: readonly ExportPanel[], meta: ExportMeta): ExportFrame {
	const columns = exportColumns(panels.length);
	const cell = columns === 1 ? 640 : 200;
	const width = 2 * MARGIN + columns * cell + (columns - 1) * GAP;
	const inner = width - 2 * MARGIN;
	const titleLines = wrapWords(meta.title, inner, (line) => textWidth(line, TITLE_SIZE, true));
	const titleDepth = Math.max(0, titleLines.length - 1) * TITLE_LINE;
	let top = MARGIN + HEADER + titleDepth;
	const key = placeKey(meta.key ?? [], inner, top);
	top = Math.max(top, ...key.flatMap((entry) => [entry, ...entry.more]).map((line) => line.y - 16 + KEY_ROW));
	const note = wrapWords(meta.note ?? '', inner, (line) => textWidth(line, NOTE_SIZE)).map((line, index) => ({
		text: line,
		x: MARGIN,
		y: top + index * NOTE_LINE + 16
	}));
	top += note.length * NOTE_LINE + (key.length + note.length > 0 ? GAP : 0);
	const labelled = panels.some((panel) => panel.label !== undefined);
	const placed: PlacedPanel[] = [];
	for (let start = 0; start < panels.length; start += columns) {
		const row = panels.slice(start, start + columns);
		const heights = row.map((panel) => (panel.height * cell) / panel.width);
		const labelSpace = labelled ? LABEL : 0;
		row.forEach((panel, column) => {
			const x = MARGIN + column * (cell + GAP);
			const y = top + labelSpace;
			const height = heights[column]!;
			placed.push(panel.label === undefined ? { x, y, width: cell, height } : { x, y, width: cell, height, label: panel.label, labelY: top + LABEL - 8 });
		});
		top += labelSpace + Math.max(...heights) + GAP;
	}
	return {
		width,
		height: Math.ceil(top - GAP + MARGIN),
		title: { lines: titleLines.map((text, index) => ({ text, x: MARGIN, y: MARGIN + 26 + index * TITLE_LINE })), size: TITLE_SIZE },
		subtitle: { text: `${meta.view} · ${meta.date}`, x: MARGIN, y: MARGIN + 58 + titleDepth, size: 16 },
		key,
		note,
		panels: placed
	};
}

// Entries side by side, each as wide as its label, on as many rows as they need: a fixed column width let a long
// label run into the next entry's swatch, or off the picture.
function placeKey(labels: readonly string[], inner: number, top: number): KeyText[] {
	let [x, y, rowLines] = [0, top + 16, 0];
	return labels.map((label) => {
		const lines = wrapWords(label, inner - KEY_SWATCH, (line) => textWidth(line, KEY_SIZE));
		const width = KEY_SWATCH + Math.max(0, ...lines.map((line) => textWidth(line, KEY_SIZE)));
		if (x > 0 && x + width > inner) [x, y, rowLines] = [0, y + rowLines * KEY_ROW, 0];
		const left = MARGIN + x + KEY_SWATCH;
		rowLines = Math.max(rowLines, lines.length);
		x += width + KEY_GAP;
		return { text: lines[0] ?? '', x: left, y, more: lines.slice(1).map((text, index) => ({ text, x: left, y: y + (index + 1) * KEY_ROW })) };
	});
}
