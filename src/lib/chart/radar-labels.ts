/** Horizontal alignment of an SVG text label, as in `text-anchor`. */
export type TextAnchor = 'start' | 'middle' | 'end';

/** Where a label's block of lines sits against its anchor point. */
export type VerticalAlign = 'above' | 'middle' | 'below';

/** One line of a label, centred on `y` (draw with `dominant-baseline: central`). */
export interface LabelLine {
	text: string;
	x: number;
	y: number;
}

// Glyph widths as a share of the font size, rounded up from DejaVu Sans, a wide fallback
// sans-serif, so that labels fit whichever system font the browser picks.
const NARROW = /[fijlrtI.,:;'!|()\s-]/;
const WIDE = /[mwMW]/;
const CAPITAL_OR_DIGIT = /[A-Z0-9]/;

/** Line height of a wrapped label, as a share of the font size. */
export const LINE_HEIGHT = 1.2;

// Axes this close to straight up/down keep their label centred over the axis end;
// axes this close to level keep their label vertically centred on it.
const NEAR_VERTICAL = 0.15;
const NEAR_LEVEL = 0.35;

// A word a little over the line length ("Institutional") stays whole; a longer one is broken
// with hyphens, or the chart would shrink to make room for it on one line.
const LONGEST_WHOLE_WORD = 16;

/** `word` whole, or cut into even pieces that fit `maxChars` with the "-" ending all but the last. */
function breakLongWord(word: string, maxChars: number): string[] {
	const chars = [...word];
	if (chars.length <= LONGEST_WHOLE_WORD) return [word];
	const room = Math.max(1, maxChars - 1);
	const size = Math.ceil(chars.length / Math.ceil(chars.length / room));
	const pieces: string[] = [];
	for (let at = 0; at < chars.length; at += size) pieces.push(chars.slice(at, at + size).join(''));
	return pieces.map((piece, i) => (i < pieces.length - 1 ? `${piece}-` : piece));
}

/**
 * Greedy word wrap to lines of at most `maxChars` characters and at most `maxLines` lines (four by
 * default: a name a facilitator gives a source, up to 40 characters, then nearly always shows whole).
 * A word up to 16 characters stays whole; a longer one is broken with hyphens. Text beyond
 * the last line is cut with "…", after a whole word where the last line has one.
 */
export function wrapLabel(text: string, maxChars = 12, maxLines = 4): string[] {
	const lines: string[] = [];
	const words = text.trim().split(/\s+/).filter(Boolean).flatMap((word) => breakLongWord(word, maxChars));
	for (const word of words) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= maxChars) {
			lines[lines.length - 1] = `${last} ${word}`;
		} else {
			lines.push(word);
		}
	}
	if (lines.length <= maxLines) return lines;
	const rest = lines.slice(maxLines - 1).join(' ');
	return [...lines.slice(0, maxLines - 1), `${wholeWords(rest, rest.slice(0, maxChars - 1)).trimEnd().replace(/-$/, '')}…`];
}

/** Text alignment for a label past the end of an axis pointing along the unit vector (dx, dy). */
export function alignFor(dx: number, dy: number): { textAnchor: TextAnchor; vAlign: VerticalAlign } {
	const textAnchor = Math.abs(dx) < NEAR_VERTICAL ? 'middle' : dx > 0 ? 'start' : 'end';
	const vAlign = Math.abs(dy) < NEAR_LEVEL ? 'middle' : dy < 0 ? 'above' : 'below';
	return { textAnchor, vAlign };
}

/** Estimated width of one line of text at `fontSize`, on the generous side. */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let ems = 0;
	for (const char of text) {
		ems += NARROW.test(char) ? 0.33 : WIDE.test(char) ? 0.9 : CAPITAL_OR_DIGIT.test(char) ? 0.72 : 0.62;
	}
	// Bold glyphs run about a tenth wider than regular ones.
	return ems * fontSize * (bold ? 1.1 : 1);
}

/** `text` as one line that fits `width` at `fontSize` (bold), cut at a word where it can and ended with "…". */
export function fitLine(text: string, fontSize: number, width: number): string {
	const fits = (line: string) => textWidth(line, fontSize, true) <= width;
	if (fits(text)) return text;
	const chars = [...text];
	while (chars.length > 0 && !fits(`${chars.join('')}…`)) chars.pop();
	return `${wholeWords(text, chars.join('')).trimEnd()}…`;
}

/** `cut`, the start of `text`, taken back to its last whole word where it ends part way through one. */
function wholeWords(text: string, cut: string): string {
	// Whole words read better than a stump; a single long word is cut where it must be.
	const midWord = /\S/.test(text[cut.length] ?? '');
	return midWord && /\S\s/.test(cut) ? cut.replace(/\s+\S*$/, '') : cut;
}

/** Estimated width and height of a block of label lines at `fontSize`. */
export function blockSize(lines: string[], fontSize: number): { width: number; height: number } {
	const width = Math.max(0, ...lines.map((line) => textWidth(line, fontSize)));
	return { width, height: lines.length * fontSize * LINE_HEIGHT };
}

/** Centre y of each line of a block, so the block sits `vAlign` of the anchor. */
export function placeLines(
	anchor: { x: number; y: number },
	lines: string[],
	vAlign: VerticalAlign,
	lineHeight: number
): LabelLine[] {
	const n = lines.length;
	const offset = (i: number) =>
		vAlign === 'above' ? -(n - i - 0.5) : vAlign === 'below' ? i + 0.5 : i - (n - 1) / 2;
	return lines.map((text, i) => ({
		text,
		x: round2(anchor.x),
		y: round2(anchor.y + offset(i) * lineHeight)
	}));
}

/** Round to 2 decimal places, for stable, short SVG output. */
export function round2(value: number): number {
	return Math.round(value * 100) / 100;
}
