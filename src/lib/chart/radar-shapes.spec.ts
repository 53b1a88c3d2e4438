import { curveLinearClosed, line } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointFor, radarLayout, type Point } from './radar-geometry';
import { circlePath, diamondPath, hitAreas, lonePoints, ringPath, seriesSegments, sharedPoints } from './radar-shapes';
import { expectPoint, subpaths } from './svg-path.test-helper';

const axesOf = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, label: `Source ${i + 1}` }));

// Four axes at 12, 3, 6 and 9 o'clock; radius fixed at 80 so points can be worked out by hand.
const square = radarLayout(axesOf(4), { width: 200, radius: 80 });
const { cx, cy } = square;

describe('seriesSegments', () => {
	const six = radarLayout(axesOf(6), { width: 300, radius: 100 });
	const at = (i: number, v: number) => pointFor(six, i, v);

	it('closes a full series into a fillable polygon through every value', () => {
		const shape = seriesSegments(square, [100, 50, 25, 75]);
		expect(shape.closed).toBe(true);
		expect(shape.blanks).toEqual([]);
		const [only, ...rest] = subpaths(shape.path);
		expect(rest).toEqual([]);
		expect(only?.closed).toBe(true);
		const expected = [
			{ x: cx, y: cy - 80 },
			{ x: cx + 40, y: cy },
			{ x: cx, y: cy + 20 },
			{ x: cx - 60, y: cy }
		];
		expected.forEach((point, i) => expectPoint(only?.points[i], point));
	});

	it.each([
		{ name: 'one blank in the middle', values: [50, 60, null, 70, 80, 90], runs: [[3, 4, 5, 0, 1]] },
		{ name: 'a blank last', values: [50, 60, 70, 80, 90, null], runs: [[0, 1, 2, 3, 4]] },
		{ name: 'a blank first', values: [null, 60, 70, 80, 90, 40], runs: [[1, 2, 3, 4, 5]] },
		{
			name: 'two blanks apart',
			values: [50, null, 70, 80, null, 40],
			runs: [
				[2, 3],
				[5, 0]
			]
		},
		{ name: 'lone values between blanks', values: [50, null, 70, null, 30, null], runs: [[0], [2], [4]] },
		{ name: 'values missing at the end', values: [50, 60, 70], runs: [[0, 1, 2]] }
	])('breaks the outline at blanks: $name', ({ values, runs }) => {
		const shape = seriesSegments(six, values);
		expect(shape.closed).toBe(false);
		// Name each drawn vertex by the axis whose value sits there; runs may come in any order.
		const axisAt = (p: Point) =>
			values.findIndex((v, i) => v != null && Math.hypot(at(i, v).x - p.x, at(i, v).y - p.y) < 0.01);
		const drawn = subpaths(shape.path).map((sub) => sub.points.map(axisAt));
		const byFirst = (a: number[], b: number[]) => (a[0] ?? 0) - (b[0] ?? 0);
		expect(drawn.sort(byFirst)).toEqual([...runs].sort(byFirst));
		const blanks = six.axes.map((_, i) => i).filter((i) => values[i] == null);
		expect(shape.blanks).toEqual(blanks);
		expect(shape.points.map((p) => p.axisIndex)).toEqual(runs.flat().sort((a, b) => a - b));
	});

	it('never draws a blank as zero (no vertex at the centre)', () => {
		const shape = seriesSegments(six, [50, 60, null, 70, 80, 90]);
		const vertices = subpaths(shape.path).flatMap((s) => s.points);
		expect(vertices.some((p) => Math.hypot(p.x - six.cx, p.y - six.cy) < 1)).toBe(false);
	});

	it.each([
		['all blank', [null, null, null, null, null, null]],
		['no values', []],
		['not numbers', [NaN, Infinity, null, NaN, null, null]]
	])('gives an empty path when %s', (_, values) => {
		const shape = seriesSegments(six, values);
		expect(shape).toMatchObject({ path: '', points: [], closed: false });
		expect(shape.blanks).toHaveLength(6);
	});

	it.each([
		[0, [], 0],
		[1, [50], 1],
		[2, [50, 50], 1]
	])('with %i axes draws an open shape, never a polygon', (n, values, runs) => {
		const layout = radarLayout(axesOf(n), { width: 200, radius: 80 });
		const shape = seriesSegments(layout, values);
		expect(shape.closed).toBe(false);
		expect(subpaths(shape.path)).toHaveLength(runs);
		expect(shape.points).toHaveLength(values.length);
	});
});

describe('markers', () => {
	it('draws a diamond around a point', () => {
		expect(diamondPath({ x: 10, y: 20 }, 5)).toBe('M10,15L15,20L10,25L5,20Z');
	});

	it('draws a circle as two arcs from its left edge', () => {
		expect(circlePath({ x: 10, y: 20 }, 4)).toBe('M6,20a4,4 0 1,0 8,0a4,4 0 1,0 -8,0Z');
	});

	it('draws a ring as two circles running opposite ways, so a fill leaves the middle empty', () => {
		expect(ringPath({ x: 10, y: 20 }, 9, 2)).toBe('M0,20a10,10 0 1,0 20,0a10,10 0 1,0 -20,0ZM2,20a8,8 0 1,1 16,0a8,8 0 1,1 -16,0Z');
	});
});

describe('sharedPoints', () => {
	const axesOf = (shape: ReturnType<typeof seriesSegments>, shared: Set<Point>) =>
		shape.points.filter((p) => shared.has(p)).map((p) => p.axisIndex);

	// On the square chart, 1 point of score is 0.8 px.
	it.each([
		['no axis when the outlines are apart', [100, 50, 25, 75], [0, 0, 0, 0], 8, []],
		['the axes where the scores are equal', [100, 50, 25, 75], [100, 0, 25, null], 8, [0, 2]],
		['axes within the distance, not beyond it', [50, 50, 50, 50], [59, 60, 41, 40], 8, [0, 2]],
		['no axis where one outline is blank', [null, 50, null, null], [null, 0, 20, 30], 8, []],
		['the centre, shared by every axis with 0 on both', [0, 0, 100, null], [0, 0, 90, 0], 8, [0, 1]],
		['the centre, where 0s on different axes meet', [0, 50, 50, 50], [50, 0, 100, 100], 8, [0]]
	] as const)('finds the circles on %s', (_name, circles, diamonds, distance, expected) => {
		const [perceived, actual] = [seriesSegments(square, [...circles]), seriesSegments(square, [...diamonds])];
		expect(axesOf(perceived, sharedPoints(perceived.points, actual.points, distance))).toEqual(expected);
	});

	it('finds none without diamonds', () => {
		expect(sharedPoints(seriesSegments(square, [10, 10, 10, 10]).points, [], 8).size).toBe(0);
	});
});

describe('lonePoints', () => {
	const six = radarLayout(axesOf(6), { width: 300, radius: 100 });
	const centre = { x: six.cx, y: six.cy };
	const places = (values: (number | null)[]) => lonePoints(seriesSegments(six, values)).map(({ x, y }) => ({ x, y }));

	it.each([
		['every answer 0: the centre, once', [0, 0, 0, 0, 0, 0], [centre]],
		['0s and blanks only: the centre, once', [0, null, 0, 0, null, null], [centre]],
		['a lone 0 between blanks, with lines elsewhere: the centre', [0, null, 40, 60, null, null], [centre]],
		['0s out of range count as 0', [-5, 0, 0, 0, 0, 0], [centre]],
		['lone answers between blanks: each', [50, null, 70, null, 30, null], [pointFor(six, 0, 50), pointFor(six, 2, 70), pointFor(six, 4, 30)]],
		['no point when every answer has a line', [50, 60, 70, 80, 90, 100], []],
		['not the centre when a line runs from it', [0, 0, 0, 50, 0, 0], []],
		['not the centre when a run of 0s meets a line round the end', [0, 0, null, null, 80, 0], []],
		['none when every answer is blank', [null, null, null, null, null, null], []]
	])('gives %s', (_name, values, expected) => {
		expect(places(values)).toEqual(expected);
	});

	it.each([
		[1, [0], 1],
		[2, [0, 0], 1],
		[2, [0, 50], 0]
	])('with %i axes, finds a point no line shows', (n, values, count) => {
		const layout = radarLayout(axesOf(n), { width: 200, radius: 80 });
		expect(lonePoints(seriesSegments(layout, values))).toHaveLength(count);
	});
});

describe('seriesSegments against d3-shape', () => {
	// The charts drew with d3-shape's line generators before path-data.ts replaced them (for
	// size); the paths must stay exactly what d3 wrote, gaps and lone points included.
	const open = line<Point | null>()
		.defined((p) => p !== null)
		.x((p) => p!.x)
		.y((p) => p!.y)
		.digits(2);
	const closed = line<Point>()
		.x((p) => p.x)
		.y((p) => p.y)
		.curve(curveLinearClosed)
		.digits(2);

	it('writes the same path as d3 for any values, blanks anywhere', () => {
		const value = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
		fc.assert(
			fc.property(fc.array(value, { minLength: 3, maxLength: 10 }), (values) => {
				const layout = radarLayout(values.map((_, i) => ({ id: `s${i}`, label: `Source ${i}` })));
				const points = values.map((v, i) => (v === null ? null : pointFor(layout, i, v)));
				const shape = seriesSegments(layout, values);
				// d3 draws from where it is told; seriesSegments starts just after the first blank.
				const start = points.indexOf(null) + 1;
				const rotated = points.map((_, k) => points[(start + k) % points.length] ?? null);
				const expected = shape.closed ? closed(points as Point[]) : open(rotated);
				expect(shape.path).toBe(expected ?? '');
			}),
			{ numRuns: 500 }
		);
	});
});

describe('hitAreas', () => {
	it.each([0, 1, 2, 3, 6, 10])('gives one wedge per axis for %i axes, each from the centre', (n) => {
		const layout = radarLayout(axesOf(n));
		const wedges = hitAreas(layout);
		expect(wedges).toHaveLength(n);
		wedges.forEach((d) => expectPoint(subpaths(d)[0]?.points[0], { x: layout.cx, y: layout.cy }));
	});

	it('spans half-way to each neighbour, out past the corners', () => {
		const reach = Math.hypot(square.width, square.height);
		const diagonal = reach / Math.SQRT2;
		const [top] = hitAreas(square);
		const [centre, from, to] = subpaths(top ?? '')[0]?.points ?? [];
		expectPoint(centre, { x: cx, y: cy });
		// From 45° anticlockwise of 12 o'clock to 45° clockwise of it.
		expectPoint(from, { x: cx - diagonal, y: cy - diagonal });
		expectPoint(to, { x: cx + diagonal, y: cy - diagonal });
	});
});
