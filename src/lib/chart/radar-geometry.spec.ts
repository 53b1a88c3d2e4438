import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointFor, radarLayout } from './radar-geometry';
import { labelBoxes } from './radar-layout.test-helper';
import { expectPoint, subpaths } from './svg-path.test-helper';

const axesOf = (n: number, label = (i: number) => `Source ${i + 1}`) =>
	Array.from({ length: n }, (_, i) => ({ id: `s${i}`, label: label(i) }));

// Four axes at 12, 3, 6 and 9 o'clock; radius fixed at 80 so points can be worked out by hand.
const square = radarLayout(axesOf(4), { width: 200, radius: 80 });
const { cx, cy } = square;
const SIN60 = Math.sqrt(3) / 2;

/** Whether (x, y) is inside the chart's outer ring: on the inner side of each of its edges, taken clockwise. */
function inside(layout: ReturnType<typeof radarLayout>, x: number, y: number): boolean {
	const ends = layout.axes.map((axis) => axis.end);
	return ends.every((a, i) => {
		const b = ends[(i + 1) % ends.length]!;
		return (b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x) > 0;
	});
}

/** Whether a label's box and the chart's outer ring overlap: a corner of either inside the other, or a point along the box's edges inside the ring. */
function meetsChart(layout: ReturnType<typeof radarLayout>, box: ReturnType<typeof labelBoxes>[number]): boolean {
	const inBox = ({ x, y }: { x: number; y: number }) => x > box.left && x < box.right && y > box.top && y < box.bottom;
	const along = Array.from({ length: 21 }, (_, i) => i / 20).flatMap((t) => {
		const [x, y] = [box.left + t * (box.right - box.left), box.top + t * (box.bottom - box.top)];
		return [[x, box.top], [x, box.bottom], [box.left, y], [box.right, y]] as const;
	});
	return layout.axes.some((axis) => inBox(axis.end)) || along.some(([x, y]) => inside(layout, x, y));
}

describe('radarLayout', () => {
	it('centres the chart in a viewBox of the given width, as tall as it needs', () => {
		expect(square.width).toBe(200);
		expect(cx).toBe(100);
		expect(square.height).toBeCloseTo(2 * cy, 2);
		expect(square.radius).toBe(80);
	});

	it.each([
		[0, 0, 'middle', 'above'],
		[1, Math.PI / 2, 'start', 'middle'],
		[2, Math.PI, 'middle', 'below'],
		[3, (3 * Math.PI) / 2, 'end', 'middle']
	] as const)('axis %i sits at angle %f with its label %s / %s', (i, angle, textAnchor, vAlign) => {
		const axis = square.axes[i];
		expect(axis?.angle).toBeCloseTo(angle, 6);
		expect(axis?.textAnchor).toBe(textAnchor);
		expect(axis?.vAlign).toBe(vAlign);
	});

	it.each([
		[0, { x: 0, y: -87.5 }],
		[1, { x: 87.5, y: 0 }],
		[2, { x: 0, y: 87.5 }],
		[3, { x: -87.5, y: 0 }]
	])('puts label %i half a font size past the axis end', (i, offset) => {
		// radius 80 + gap 7.5 (half the default font size 15)
		expectPoint(square.axes[i]?.labelAnchor, { x: cx + offset.x, y: cy + offset.y });
	});

	it('stacks a top label upwards, a bottom label downwards and centres a side label', () => {
		const layout = radarLayout(axesOf(4, () => 'Lived experience'), { width: 400, radius: 100 });
		const [top, right, bottom] = layout.axes;
		const ys = (axis: typeof top) => axis?.labelLines.map((line) => line.y) ?? [];
		expect(ys(top).every((y) => y < (top?.labelAnchor.y ?? 0))).toBe(true);
		expect(ys(bottom).every((y) => y > (bottom?.labelAnchor.y ?? 0))).toBe(true);
		const [first = 0, second = 0] = ys(right);
		expect((first + second) / 2).toBeCloseTo(right?.labelAnchor.y ?? NaN, 2);
		expect(top?.labelLines.map((line) => line.text)).toEqual(['Lived', 'experience']);
	});

	it.each([3, 4, 5, 6, 7, 8, 9, 10])('fits %i long labels inside the viewBox', (n) => {
		const layout = radarLayout(axesOf(n, (i) => `Institutional ${i} networks`));
		for (const box of labelBoxes(layout)) {
			expect(box.left).toBeGreaterThanOrEqual(0);
			expect(box.right).toBeLessThanOrEqual(layout.width);
			expect(box.top).toBeGreaterThanOrEqual(0);
			expect(box.bottom).toBeLessThanOrEqual(layout.height);
		}
		expect(layout.radius).toBeGreaterThan(layout.width * 0.15);
	});

	it.each([
		['a long label to the right', (i: number) => (i === 1 ? 'Organisational networks' : `S${i}`), -1],
		['a long label to the left', (i: number) => (i === 5 ? 'Organisational networks' : `S${i}`), 1]
	])('with %s, moves the chart aside to give it the width both sides leave, labels still inside', (_, label, side) => {
		const layout = radarLayout(axesOf(6, label));
		const boxes = labelBoxes(layout);
		expect(Math.sign(layout.cx - layout.width / 2)).toBe(side);
		expect(Math.min(...boxes.map((box) => box.left))).toBeCloseTo(4, 1);
		expect(Math.max(...boxes.map((box) => box.right))).toBeCloseTo(layout.width - 4, 1);
	});

	it.each([
		// One-digit labels on 6 spokes leave room for 50; on 8, the spokes to the sides need it smaller.
		[6, 50],
		[8, 43.8]
	])('keeps the radius at most maxRadius, and smaller where %i labels need it', (n, radius) => {
		const layout = radarLayout(axesOf(n, (i) => String(i + 1)), { width: 120, fontSize: 10, maxRadius: 50 });
		expect(layout.radius).toBeCloseTo(radius, 1);
		for (const box of labelBoxes(layout)) {
			expect(box.left).toBeGreaterThanOrEqual(0);
			expect(box.right).toBeLessThanOrEqual(layout.width);
		}
	});

	it.each([3, 4, 5, 7])('wastes no height below the lowest thing drawn, for %i axes', (n) => {
		const layout = radarLayout(axesOf(n, () => 'Lived experience'));
		const lineHeight = layout.fontSize * 1.2;
		const lowestLabel = Math.max(...layout.axes.flatMap((a) => a.labelLines.map((l) => l.y)));
		const lowestCorner = Math.max(...layout.axes.map((a) => a.end.y));
		const lowest = Math.max(lowestLabel + lineHeight / 2, lowestCorner);
		expect(layout.height - lowest).toBeCloseTo(4, 1);
	});

	it('gives default rings at 20-100, labelled half-way along their first edge, clear of the markers on the axes', () => {
		expect(square.rings.map((ring) => ring.value)).toEqual([20, 40, 60, 80, 100]);
		square.rings.forEach((ring) => {
			const r = (80 * ring.value) / 100;
			expectPoint(ring.labelPoint, { x: cx + r / 2, y: cy - r / 2 });
			const [outline] = subpaths(ring.path);
			expect(outline?.points).toHaveLength(4);
			expectPoint(outline?.points[0], { x: cx, y: cy - r });
			expectPoint(outline?.points[1], { x: cx + r, y: cy });
		});
	});

	it('puts an axis note on a line of its own after the label, and makes room for it', () => {
		const plain = radarLayout(axesOf(6), { width: 300 });
		const noted = radarLayout(
			axesOf(6).map((axis, i) => (i === 0 || i === 3 ? { ...axis, note: 'no answer' } : axis)),
			{ width: 300 }
		);
		for (const i of [0, 3]) {
			const { labelLines, noteLines } = noted.axes[i]!;
			expect(labelLines.map((line) => line.text)).toEqual(plain.axes[i]!.labelLines.map((line) => line.text));
			expect(noteLines.map((line) => line.text)).toEqual(['no answer']);
			expect(noteLines[0]!.y).toBeGreaterThan(labelLines.at(-1)!.y);
			expect(noteLines[0]!.x).toBe(labelLines.at(-1)!.x);
		}
		expect(noted.axes[1]!.noteLines).toEqual([]);
		expect(noted.height).toBeGreaterThan(plain.height);
	});

	// A session's ten sources, some left blank, at the label sizes a phone needs (15 on a laptop, up to 26 with larger text).
	const TEN = ['Education', 'Organisation', 'Money', 'Class and background', 'Role', 'Authority', 'Lived experience of using services', 'Neighbourhood', 'Confidence to speak up in big meetings', 'Trust'];
	const blanks: Record<number, string> = { 0: 'no answer', 7: 'no answer', 8: 'no actual answer' };
	it.each([15, 17, 20, 23.5, 26])('keeps ten labels with notes apart, and outside the chart, at font size %f', (fontSize) => {
		const layout = radarLayout(TEN.map((label, i) => ({ id: `a${i}`, label, note: blanks[i] })), { fontSize });
		const boxes = labelBoxes(layout);
		boxes.forEach((a, i) =>
			boxes.slice(i + 1).forEach((b) => {
				const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
				expect(apart, `${TEN[i]} and ${TEN[boxes.indexOf(b)]}`).toBe(true);
			})
		);
		for (const [i, box] of boxes.entries()) {
			const corners = [[box.left, box.top], [box.right, box.top], [box.left, box.bottom], [box.right, box.bottom]] as const;
			expect(corners.some(([x, y]) => inside(layout, x, y)), TEN[i]).toBe(false);
			expect(box.top).toBeGreaterThanOrEqual(0);
			expect(box.bottom).toBeLessThanOrEqual(layout.height);
		}
	});

	it('never moves a label onto the chart or another label, whatever sources a session has and however large its text', () => {
		const NAMES = [...TEN, 'Knowing how the system works', 'Institutional', 'Faith and belief communities', 'Time to take part'];
		const NOTES = [undefined, undefined, 'no answer', 'no actual answer', 'no perceived answer'];
		const axis = fc.record({ label: fc.constantFrom(...NAMES), note: fc.constantFrom(...NOTES) });
		fc.assert(
			fc.property(fc.array(axis, { minLength: 3, maxLength: 10 }), fc.integer({ min: 12, max: 30 }), (axes, fontSize) => {
				const layout = radarLayout(axes.map((a, i) => ({ id: `a${i}`, ...a })), { fontSize });
				const boxes = labelBoxes(layout);
				boxes.forEach((box, i) => expect(meetsChart(layout, box), axes[i]!.label).toBe(false));
				boxes.forEach((a, i) =>
					boxes.slice(i + 1).forEach((b) => {
						const apart = a.right <= b.left + 1e-6 || b.right <= a.left + 1e-6 || a.bottom <= b.top + 1e-6 || b.bottom <= a.top + 1e-6;
						expect(apart, `${axes[i]!.label} and the label after it`).toBe(true);
					})
				);
			})
		);
	});

	it('wraps a long note like a label, so it never makes the chart smaller than the label alone would', () => {
		const axes = ['Education', 'Organisation', 'Money', 'Class and background', 'Role', 'Authority'].map((label, i) => ({
			id: `a${i}`,
			label
		}));
		const plain = radarLayout(axes);
		const noted = radarLayout(axes.map((axis, i) => (i === 1 ? { ...axis, note: 'no perceived answer' } : axis)));
		expect(noted.radius).toBe(plain.radius);
		const lines = noted.axes[1]!.noteLines;
		expect(lines.map((line) => line.text).join(' ')).toBe('no perceived answer');
		expect(lines.length).toBeGreaterThan(1);
		expect(lines[1]!.y).toBeGreaterThan(lines[0]!.y);
	});
});

describe('pointFor', () => {
	it.each([
		[0, 100, { x: 0, y: -80 }],
		[1, 50, { x: 40, y: 0 }],
		[2, 25, { x: 0, y: 20 }],
		[3, 75, { x: -60, y: 0 }],
		[1, 0, { x: 0, y: 0 }],
		[0, 150, { x: 0, y: -80 }],
		[2, -10, { x: 0, y: 0 }]
	])('axis %i at %f lands at centre + %o', (axis, value, offset) => {
		expectPoint(pointFor(square, axis, value), { x: cx + offset.x, y: cy + offset.y });
	});

	it('places the second of six axes at 60 degrees clockwise from 12 o’clock', () => {
		const six = radarLayout(axesOf(6), { width: 200, radius: 80 });
		expectPoint(pointFor(six, 1, 100), { x: six.cx + 80 * SIN60, y: six.cy - 40 });
		expectPoint(pointFor(six, 4, 50), { x: six.cx - 40 * SIN60, y: six.cy + 20 });
	});
});

describe('rings', () => {
	/** The one ring at 50 on a chart 200 wide with radius 80 and `axisCount` axes. */
	const ringAt50 = (axisCount: number) =>
		radarLayout(axesOf(axisCount), { width: 200, radius: 80, ringValues: [50] }).rings[0]!.path;

	it('joins the axes with straight lines into a closed polygon', () => {
		const [ring] = subpaths(ringAt50(4));
		expect(ring?.closed).toBe(true);
		const expected = [
			{ x: cx, y: cy - 40 },
			{ x: cx + 40, y: cy },
			{ x: cx, y: cy + 40 },
			{ x: cx - 40, y: cy }
		];
		expect(ring?.points).toHaveLength(4);
		expected.forEach((point, i) => expectPoint(ring?.points[i], point));
	});

	it.each([0, 1, 2])('draws a circle when there are only %i axes', (n) => {
		const d = ringAt50(n);
		expect(d).toMatch(/^M140,\d+(\.\d+)?A40,40,/);
		expect(d.endsWith('Z')).toBe(true);
	});
});
