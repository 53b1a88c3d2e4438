import { describe, expect, it } from 'vitest';
import { radarLayout } from './radar-geometry';
import { labelBoxes } from './radar-layout.test-helper';
import { drawnScale, readableRadar, readableSizes } from './readable-radar';

const named = (labels: string[]) => labels.map((label, i) => ({ id: `a${i}`, label }));
const STANDARD = named(['Education', 'Organisation', 'Money', 'Class and background', 'Role', 'Authority']);
const LONG = named(['Institutional networks', 'Neighbourhood friendships', 'Money', 'Class and background', 'Role', 'Authority']);
const NORMAL = { label: 12, scale: 10.5 };
// 150% text: the root font size (17 px) made 25.5 px.
const LARGE = { label: 18, scale: 15.75 };

describe('drawnScale', () => {
	it.each([
		['wider than tall', { width: 800, height: 300 }, 1.5],
		['taller than wide', { width: 300, height: 800 }, 0.75],
		['as tall as it likes', { width: 300, height: Infinity }, 0.75]
	])('fits a 400 × 200 chart in a space %s', (_, space, scale) => {
		expect(drawnScale({ width: 400, height: 200 }, space)).toBe(scale);
	});
});

describe('readableRadar', () => {
	it('lays the chart out as ever until its space is measured', () => {
		const layout = readableRadar(STANDARD, { width: 0, height: Infinity }, NORMAL);
		expect(layout).toMatchObject({ ...radarLayout(STANDARD), scaleFontSize: 12 });
	});

	it.each([
		['a laptop’s results page', { width: 553, height: 752 }],
		['a phone on its side', { width: 612, height: 312 }],
		['a projector', { width: 1223, height: 490 }]
	])('keeps the text of a chart drawn large, on %s, as it was', (_, space) => {
		const layout = readableRadar(STANDARD, space, NORMAL);
		expect(layout).toMatchObject({ ...radarLayout(STANDARD), scaleFontSize: 12 });
		expect(layout.numbered.map((ring) => ring.value)).toEqual([20, 40, 60, 80, 100]);
	});

	it.each([
		['a 360 px phone', STANDARD, { width: 300, height: Infinity }, NORMAL],
		['a 320 px phone', STANDARD, { width: 263, height: Infinity }, NORMAL],
		['a short presenter stage', STANDARD, { width: 723, height: 194 }, NORMAL],
		['a 360 px phone with 150% text, on its side', STANDARD, { width: 612, height: 312 }, LARGE],
		['a 360 px phone with 150% text', STANDARD, { width: 343, height: Infinity }, LARGE],
		['a 360 px phone, with long names', LONG, { width: 300, height: Infinity }, NORMAL]
	])('on %s, draws labels and scale numbers at least the size wanted, and no larger than that needs', (_, axes, space, wanted) => {
		const layout = readableRadar(axes, space, wanted);
		const scale = drawnScale(layout, space);
		expect(layout.fontSize).toBeGreaterThan(radarLayout(axes).fontSize);
		expect(layout.fontSize * scale).toBeGreaterThanOrEqual(wanted.label);
		expect(layout.scaleFontSize * scale).toBeGreaterThanOrEqual(wanted.scale - 0.01);
		const smaller = radarLayout(axes, { fontSize: layout.fontSize - 0.02 });
		expect(smaller.fontSize * drawnScale(smaller, space)).toBeLessThan(wanted.label);
		expect(layout.radius).toBeGreaterThanOrEqual(layout.width / 5);
	});

	it.each([
		['long names with 150% text on a 360 px phone', LONG, { width: 343, height: Infinity }, LARGE, [20, 60, 100]],
		['200% text on a 360 px phone', STANDARD, { width: 343, height: Infinity }, { label: 24, scale: 21 }, [20, 60, 100]],
		['long names with 150% text on a 320 px phone', LONG, { width: 263, height: Infinity }, LARGE, [20, 60, 100]],
		['150% text on a 320 px phone', STANDARD, { width: 263, height: Infinity }, LARGE, [20, 60, 100]]
	])('with %s, grows the labels only as far as the chart keeps a fifth of its width as its radius', (_, axes, space, wanted, numbered) => {
		const plain = radarLayout(axes);
		const layout = readableRadar(axes, space, wanted);
		expect(layout.fontSize).toBeGreaterThan(plain.fontSize);
		expect(layout.fontSize * drawnScale(layout, space)).toBeLessThan(wanted.label);
		expect(layout.radius).toBeGreaterThanOrEqual(layout.width / 5);
		expect(radarLayout(axes, { fontSize: layout.fontSize + 0.02 }).radius).toBeLessThan(layout.width / 5);
		// The scale's numbers no larger than the labels, and only every other ring's where they would touch.
		expect(layout.scaleFontSize).toBeLessThanOrEqual(layout.fontSize);
		expect(layout.numbered.map((ring) => ring.value)).toEqual(numbered);
		for (const box of labelBoxes(layout)) {
			expect(box.left).toBeGreaterThanOrEqual(0);
			expect(box.right).toBeLessThanOrEqual(layout.width);
		}
	});

	// Three sources, the fewest a session may have: up the triangle's first edge the numbers are nearer together.
	const THREE = named(['Education', 'Money', 'Role']);
	it.each([
		['a 360 px phone', { width: 326, height: Infinity }, NORMAL, [20, 60, 100]],
		['a 320 px phone', { width: 286, height: Infinity }, NORMAL, [20, 60, 100]],
		['a 360 px phone with 150% text', { width: 309, height: Infinity }, LARGE, [20, 100]]
	])('on a triangle, on %s, numbers only rings whose numbers are a line apart', (_, space, wanted, numbered) => {
		const layout = readableRadar(THREE, space, wanted);
		expect(layout.numbered.map((ring) => ring.value)).toEqual(numbered);
		layout.numbered.slice(1).forEach((ring, i) => {
			expect(Math.abs(ring.labelPoint.y - layout.numbered[i]!.labelPoint.y)).toBeGreaterThanOrEqual(layout.scaleFontSize);
		});
	});

	it('leaves labels that crowd the chart even at its plain size as they are', () => {
		const axes = named(Array.from({ length: 6 }, () => 'Organisations'));
		const options = { fontSize: 40 };
		expect(radarLayout(axes, options).radius).toBeLessThan(400 / 5);
		expect(readableRadar(axes, { width: 200, height: Infinity }, NORMAL, options).fontSize).toBe(40);
	});

	it('keeps options such as a small chart’s width, and sizes its text for it', () => {
		const axes = named(['1', '2', '3', '4', '5', '6']);
		const layout = readableRadar(axes, { width: 100, height: Infinity }, NORMAL, { width: 120, fontSize: 10, maxRadius: 50 });
		expect(layout.width).toBe(120);
		// 100 px wide for 120 units: 12 px needs 14.4 units.
		expect(layout.fontSize).toBeCloseTo(14.4, 1);
		expect(layout.radius).toBeLessThan(50);
	});
});

describe('readableSizes', () => {
	it.each([
		['a 360 px phone', true, STANDARD, { width: 300, height: Infinity }, NORMAL],
		['a 390 px phone with 150% text (a chart 339 px wide)', true, STANDARD, { width: 339, height: Infinity }, LARGE],
		['a 360 px phone with 150% text (a chart 309 px wide)', false, STANDARD, { width: 309, height: Infinity }, LARGE],
		['a space not yet measured', true, STANDARD, { width: 0, height: Infinity }, LARGE],
		['a 320 px phone with 150% text', false, STANDARD, { width: 263, height: Infinity }, LARGE],
		['a 360 px phone with 200% text', false, STANDARD, { width: 343, height: Infinity }, { label: 24, scale: 21 }],
		['numbers for names on a 320 px phone with 200% text', true, named(['1', '2', '3', '4', '5', '6']), { width: 263, height: Infinity }, { label: 24, scale: 21 }]
	])('on %s, the names can be read: %s', (_, readable, axes, space, wanted) => {
		expect(readableSizes(axes, space, wanted).readable).toBe(readable);
	});
});
