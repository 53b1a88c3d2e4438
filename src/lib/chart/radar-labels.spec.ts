import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignFor, blockSize, fitLine, placeLines, round2, textWidth, wrapLabel } from './radar-labels';

describe('wrapLabel', () => {
	it.each([
		['Class', 12, 2, ['Class']],
		['Lived experience', 12, 2, ['Lived', 'experience']],
		['Position and authority', 12, 2, ['Position and', 'authority']],
		['Institutional', 12, 2, ['Institutional']],
		['Power from the people you know well', 12, 2, ['Power from', 'the people…']],
		['Lived experience', 12, 1, ['Lived…']],
		['Lived experience of using services', 12, 3, ['Lived', 'experience', 'of using…']],
		['Confidence to speak up in big meetings', 12, 3, ['Confidence', 'to speak up', 'in big…']],
		['  spaced   out  ', 12, 2, ['spaced out']],
		['', 12, 2, []],
		['Digital access', 20, 2, ['Digital access']],
		['Lived experience of services', 12, 3, ['Lived', 'experience', 'of services']],
		['Responsibilities', 12, 3, ['Responsibilities']],
		['Neighbourhoodconnections', 12, 3, ['Neighbou-', 'rhoodcon-', 'nections']],
		['Neighbourhoodconnectionsandfriendships', 12, 3, ['Neighbourh-', 'oodconnect-', 'ionsandfri…']],
		['My Neighbourhoodconnections', 12, 3, ['My Neighbou-', 'rhoodcon-', 'nections']],
		['Neighbourhoodconnections', 1, 2, ['N-', '…']]
	])('wraps %j at %i characters into at most %i lines', (text, maxChars, maxLines, expected) => {
		expect(wrapLabel(text, maxChars, maxLines)).toEqual(expected);
	});

	it('shows a source of the facilitator’s own whole by default, on up to four lines', () => {
		expect(wrapLabel('Lived experience of services')).toEqual(['Lived', 'experience', 'of services']);
		expect(wrapLabel('Knowing how the system works')).toEqual(['Knowing how', 'the system', 'works']);
		expect(wrapLabel('Lived experience of using services')).toEqual(['Lived', 'experience', 'of using', 'services']);
		expect(wrapLabel('Confidence to speak up in big meetings')).toEqual(['Confidence', 'to speak up', 'in big', 'meetings']);
	});

	it.each(['Money', 'A very long source name for a group', 'Language and the words we use here'])(
		'keeps %j to 2 lines of 12 characters, unless one word alone is longer',
		(text) => {
			const lines = wrapLabel(text, 12, 2);
			expect(lines.length).toBeLessThanOrEqual(2);
			lines.forEach((line) => expect(line.length <= 12 || !line.includes(' ')).toBe(true));
		}
	);
});

describe('alignFor', () => {
	const S = Math.SQRT1_2;
	it.each([
		['12 o’clock', 0, -1, 'middle', 'above'],
		['3 o’clock', 1, 0, 'start', 'middle'],
		['6 o’clock', 0, 1, 'middle', 'below'],
		['9 o’clock', -1, 0, 'end', 'middle'],
		['half past one', S, -S, 'start', 'above'],
		['half past seven', -S, S, 'end', 'below'],
		['nearly 12', 0.1, -0.99, 'middle', 'above'],
		['nearly 3', 0.95, -0.3, 'start', 'middle']
	])('aligns a label at %s', (_, dx, dy, textAnchor, vAlign) => {
		expect(alignFor(dx, dy)).toEqual({ textAnchor, vAlign });
	});
});

describe('textWidth', () => {
	it('is nothing for no text, and adds up letter by letter', () => {
		expect(textWidth('', 15)).toBe(0);
		fc.assert(
			fc.property(fc.string(), fc.string(), (a, b) => {
				expect(textWidth(a + b, 15)).toBeCloseTo(textWidth(a, 15) + textWidth(b, 15), 6);
			})
		);
	});

	it('grows in step with the font size, and runs wider in bold', () => {
		fc.assert(
			fc.property(fc.string({ minLength: 1 }), fc.integer({ min: 1, max: 60 }), (text, size) => {
				expect(textWidth(text, size * 2)).toBeCloseTo(textWidth(text, size) * 2, 6);
				expect(textWidth(text, size, true)).toBeGreaterThan(textWidth(text, size));
			})
		);
	});

	it('orders letters by how wide they print: i, then a, then A and 1, then m and W', () => {
		const widths = ['i', 'a', 'A', 'm'].map((char) => textWidth(char, 10));
		expect(widths).toEqual([...widths].sort((x, y) => x - y));
		expect(new Set(widths).size).toBe(widths.length);
		expect(textWidth('1', 10)).toBeGreaterThan(textWidth('a', 10));
		expect(textWidth('W', 10)).toBeGreaterThan(textWidth('A', 10));
	});

	it.each([...'il.aeZ09mWé’-…'])('gives %j between a quarter of the font size and all of it', (char) => {
		expect(textWidth(char, 20)).toBeGreaterThanOrEqual(5);
		expect(textWidth(char, 20)).toBeLessThanOrEqual(20);
	});

	it('makes a word of wide letters wider than one of the same length in narrow letters', () => {
		expect(textWidth('mwmw', 15)).toBeGreaterThan(textWidth('ilil', 15) * 2);
	});
});

describe('blockSize', () => {
	it('is nothing for no lines', () => {
		expect(blockSize([], 10)).toEqual({ width: 0, height: 0 });
	});

	it('is as wide as its widest line, and the same height taller for each line, at least a font size', () => {
		fc.assert(
			fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), fc.integer({ min: 6, max: 40 }), (lines, size) => {
				const block = blockSize(lines, size);
				expect(block.width).toBeCloseTo(Math.max(...lines.map((line) => textWidth(line, size))), 6);
				const line = blockSize(['x'], size).height;
				expect(line).toBeGreaterThanOrEqual(size);
				expect(block.height).toBeCloseTo(lines.length * line, 6);
			})
		);
	});
});

describe('placeLines', () => {
	const anchor = { x: 10, y: 100 };
	it.each([
		['above', [73, 91]],
		['below', [109, 127]],
		['middle', [91, 109]]
	] as const)('stacks two 18-high lines %s the anchor', (vAlign, ys) => {
		const lines = placeLines(anchor, ['one', 'two'], vAlign, 18);
		expect(lines).toEqual([
			{ text: 'one', x: 10, y: ys[0] },
			{ text: 'two', x: 10, y: ys[1] }
		]);
	});

	it.each([
		['above', 91],
		['below', 109],
		['middle', 100]
	] as const)('puts a single line %s the anchor', (vAlign, y) => {
		expect(placeLines(anchor, ['one'], vAlign, 18)[0]?.y).toBe(y);
	});
});

describe('round2', () => {
	it.each([
		[1.234, 1.23],
		[1.235001, 1.24],
		[-0.004, -0],
		[100, 100]
	])('rounds %f to %f', (value, expected) => {
		expect(round2(value)).toBe(expected);
	});
});

describe('fitLine', () => {
	it.each([
		['a name that fits is left alone', 'Money', 16, 300],
		['so is one that only just fits', 'Class and background', 16, 260]
	])('%s', (_, text, size, width) => {
		expect(fitLine(text, size, width)).toBe(text);
	});

	it.each([
		['cuts at a word, with an ellipsis', 'Knowing how the local council system works', 16, 300, /^Knowing how the local\b.*[a-z]…$/],
		['cuts a single long word where it must', 'Supercalifragilisticexpialidocious', 16, 120, /^Supercal\w*…$/]
	])('%s', (_, text, size, width, shape) => {
		const line = fitLine(text, size, width);
		expect(line).toMatch(shape);
		expect(line.length).toBeLessThan(text.length);
		expect(text.startsWith(line.slice(0, -1))).toBe(true);
	});

	it('keeps a last word that fits whole', () => {
		const text = 'Knowing how the local council system works';
		const width = textWidth('Knowing how the local…', 16, true);
		expect(fitLine(text, 16, width)).toBe('Knowing how the local…');
	});

	it('a shortened line always fits the width given, in bold, and ends with an ellipsis', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('a', 'm', 'W', 'i', ' ', 'é'), maxLength: 60 }), fc.integer({ min: 40, max: 400 }), (text, width) => {
				const line = fitLine(text, 16, width);
				if (line === text) return;
				expect(textWidth(line, 16, true)).toBeLessThanOrEqual(width);
				expect(line.endsWith('…')).toBe(true);
			})
		);
	});
});
