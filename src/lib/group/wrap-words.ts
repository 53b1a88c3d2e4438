/**
 * Text broken into lines no wider than `width` as `measure` measures them (by default, in
 * characters), at spaces. A word too wide for a line of its own is split, after a - or / when
 * one falls in the part that fits.
 */
export function wrapWords(text: string, width: number, measure = (line: string) => line.length): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && measure(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(...splitWord(word, width, measure));
	}
	return lines;
}

function splitWord(word: string, width: number, measure: (line: string) => number): string[] {
	const parts: string[] = [];
	let rest = [...word];
	while (rest.length > 0 && measure(rest.join('')) > width) {
		let end = rest.length - 1;
		while (end > 1 && measure(rest.slice(0, end).join('')) > width) end -= 1;
		const joint = Math.max(rest.lastIndexOf('-', end - 1), rest.lastIndexOf('/', end - 1));
		if (joint > 0) end = joint + 1;
		parts.push(rest.slice(0, end).join(''));
		rest = rest.slice(end);
	}
	if (rest.length > 0) parts.push(rest.join(''));
	return parts;
}
