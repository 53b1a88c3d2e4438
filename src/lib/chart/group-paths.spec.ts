import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { framePath, linedReadings, medianShapes, outlinePairs } from './group-paths';
import { radarLayout } from './radar-geometry';
import { lonePoints, seriesSegments } from './radar-shapes';
import { expectPoint, subpaths } from './svg-path.test-helper';

const axesOf = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, label: `Source ${i + 1}` }));
// Four axes at 12, 3, 6 and 9 o'clock with radius 80, so points can be worked out by hand.
const square = radarLayout(axesOf(4), { width: 200, radius: 80, ringValues: [50, 100] });
const { cx, cy } = square;

describe('outlinePair', () => {
	it('draws perceived and actual outlines through each value', () => {
		const pair = outlinePairs(square, [{
			scores: [
				{ perceived: 100, actual: 50 },
				{ perceived: 50, actual: 50 },
				{ perceived: 100, actual: 50 },
				{ perceived: 50, actual: 50 }
			]
		}])[0]!;
		const [perceived] = subpaths(pair.perceived);
		expectPoint(perceived?.points[0], { x: cx, y: cy - 80 });
		expectPoint(perceived?.points[1], { x: cx + 40, y: cy });
		expectPoint(perceived?.points[2], { x: cx, y: cy + 80 });
		expectPoint(perceived?.points[3], { x: cx - 40, y: cy });
		const [actual] = subpaths(pair.actual);
		expect(actual?.closed).toBe(true);
		expectPoint(actual?.points[0], { x: cx, y: cy - 40 });
	});

	it('leaves a gap where someone gave no answer', () => {
		const pair = outlinePairs(square, [{
			scores: [
				{ perceived: 100, actual: null },
				{ perceived: 50, actual: null },
				{ perceived: null, actual: null },
				{ perceived: 50, actual: 20 }
			]
		}])[0]!;
		const perceived = subpaths(pair.perceived);
		expect(perceived.every((part) => !part.closed)).toBe(true);
		expect(perceived.flatMap((part) => part.points)).toHaveLength(3);
		expect(pair.actual).not.toContain('L');
	});

	it.each([
		['every answer 0', [0, 0, 0, 0], [0, 0, 0, 0], 1, 1],
		['0 or blank everywhere', [0, null, 0, 0], [null, null, 0, null], 1, 1],
		['perceived 0 everywhere, actual not', [0, 0, 0, 0], [0, 50, 0, 50], 1, 0],
		['a line everywhere', [10, 20, 30, 40], [0, 0, 0, 20], 0, 0]
	])('gives the centre as the only point no line shows, with %s', (_name, perceived, actual, p, a) => {
		const [pair] = outlinePairs(square, [{ scores: perceived.map((value, i) => ({ perceived: value, actual: actual[i]! })) }]);
		expect(pair?.lone.perceived.map(({ x, y }) => ({ x, y }))).toEqual(Array(p).fill({ x: cx, y: cy }));
		expect(pair?.lone.actual.map(({ x, y }) => ({ x, y }))).toEqual(Array(a).fill({ x: cx, y: cy }));
	});

	it.each([
		['every answer 0', [0, 0, 0, 0], [0, 0, 0, 0], []],
		['0 or blank everywhere', [0, null, 0, 0], [null, null, 0, null], []],
		['perceived 0 everywhere, actual not', [0, 0, 0, 0], [0, 50, 0, 50], ['actual']],
		['one answer beside a blank each, perceived two side by side', [40, 60, null, null], [40, null, 60, null], ['perceived']],
		['a line everywhere', [10, 20, 30, 40], [0, 0, 0, 20], ['perceived', 'actual']]
	])('says which readings draw a line, with %s', (_name, perceived, actual, lined) => {
		expect(linedReadings(square, { scores: perceived.map((value, i) => ({ perceived: value, actual: actual[i]! })) })).toEqual(lined);
	});

	it('makes one pair per result, in order', () => {
		const results = [20, 60, 100].map((value) => ({ scores: axesOf(4).map(() => ({ perceived: value, actual: value })) }));
		const pairs = outlinePairs(square, results);
		expect(pairs.map((pair) => subpaths(pair.perceived)[0]?.points[0]?.y)).toEqual([cy - 16, cy - 48, cy - 80]);
	});
});

describe('outlinePairs, the quick way', () => {
	// Blanks are rarer than answers, so most outlines take the quick path and some the slow one.
	const reading = fc.oneof(
		{ arbitrary: fc.integer({ min: -4, max: 24 }).map((level) => level * 5), weight: 5 },
		{ arbitrary: fc.constantFrom(0, -5), weight: 2 },
		{ arbitrary: fc.double({ min: 0, max: 100, noNaN: true }), weight: 5 },
		{ arbitrary: fc.constant(null), weight: 1 }
	);

	it.each([3, 4, 6, 10])('draws exactly what seriesSegments draws, with %i axes', (n) => {
		const layout = radarLayout(axesOf(n), { width: 360, fontSize: 16 });
		fc.assert(
			fc.property(fc.array(fc.array(fc.record({ perceived: reading, actual: reading }), { minLength: n, maxLength: n })), (group) => {
				const pairs = outlinePairs(layout, group.map((scores) => ({ scores })));
				group.forEach((scores, i) => {
					for (const reading of ['perceived', 'actual'] as const) {
						const shape = seriesSegments(layout, scores.map((s) => s[reading]));
						expect(pairs[i]?.[reading]).toBe(shape.path);
						expect(pairs[i]?.lone[reading]).toEqual(lonePoints(shape));
					}
				});
			})
		);
	});
});

describe('medianShapes', () => {
	it('gives both middle outlines with their points for markers', () => {
		const shapes = medianShapes(square, { perceived: [50, 50, 50, 50], actual: [null, 100, 100, null] });
		expect(shapes.perceived.closed).toBe(true);
		expect(shapes.actual.points.map((point) => point.axisIndex)).toEqual([1, 2]);
		expect(shapes.actual.blanks).toEqual([0, 3]);
	});
});

describe('framePath', () => {
	it('is every ring, then a spoke from the centre to each axis end, in one path', () => {
		const parts = subpaths(framePath(square));
		expect(parts).toHaveLength(2 + 4);
		expect(parts.slice(0, 2).every((part) => part.closed)).toBe(true);
		const spokes = parts.slice(2);
		for (const [i, spoke] of spokes.entries()) {
			expectPoint(spoke.points[0], { x: cx, y: cy });
			expectPoint(spoke.points[1], square.axes[i]!.end);
		}
		expectPoint(spokes[1]?.points[1], { x: cx + 80, y: cy });
	});
});
