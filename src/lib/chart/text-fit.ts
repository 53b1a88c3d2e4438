import type { Box } from './fit-layout';
import { fitLine, textWidth, wrapLabel } from './radar-labels';

/** `words` run into lines greedily, each as long as `fits` allows (a word too wide for any line on its own). */
function greedyLines(words: readonly string[], fits: (line: string) => boolean): string[] {
	const lines: string[] = [];
	for (const word of words) {
		const joined = lines.length > 0 ? `${lines.at(-1)} ${word}` : '';
		if (joined && fits(joined)) lines[lines.length - 1] = joined;
		else lines.push(word);
	}
	return lines;
}

/**
 * `text` wrapped at whole words onto the fewest lines, up to `maxLines`, that each fit `width` at
 * `fontSize`, evened out so no word is left alone on its last line where a shorter first line
 * would do. The last line is cut with "…" only where even `maxLines` lines cannot hold it all.
 */
export function wrapToWidth(text: string, width: number, fontSize: number, bold: boolean, maxLines: number): string[] {
	const within = (limit: number) => (line: string) => textWidth(line, fontSize, bold) <= limit;
	const words = text.trim().split(/\s+/).filter(Boolean);
	const lines = greedyLines(words, within(width));
	if (lines.length <= maxLines && lines.every(within(width))) {
		// The narrowest limit that still takes no more lines, found by halving.
		let [low, high] = [width / lines.length, width];
		for (let step = 0; lines.length > 1 && step < 8; step++) {
			const middle = (low + high) / 2;
			if (greedyLines(words, within(middle)).length === lines.length) high = middle;
			else low = middle;
		}
		return greedyLines(words, within(high));
	}
	// Too long for that many lines, or a word too wide for one: the longest lines that fit, a long word broken with hyphens.
	for (let chars = text.length; chars > 1; chars--) {
		const wrapped = wrapLabel(text, chars, maxLines);
		if (wrapped.every(within(width))) return wrapped;
	}
	return [fitLine(text, fontSize, width)];
}

/**
 * The largest scale, up to `most`, at which a chart laid out `room.width / scale` wide (whose
 * height, `heightAt` that width, grows as it narrows and names wrap) fits `room`'s height.
 */
export function largestScale(room: Box, most: number, heightAt: (width: number) => number): number {
	const fits = (scale: number) => scale * heightAt(room.width / scale) <= room.height;
	if (fits(most)) return most;
	// Drawn smaller, the chart is wider, so no taller: this scale fits, and the largest lies between it and `most`.
	let [low, high] = [room.height / heightAt(room.width / most), most];
	for (let step = 0; step < 10; step++) {
		const middle = (low + high) / 2;
		if (fits(middle)) low = middle;
		else high = middle;
	}
	return low;
}
