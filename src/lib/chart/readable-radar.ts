import { radarLayout, type AxisInput, type RadarLayout, type RadarOptions, type RingGeometry } from './radar-geometry';

/** Where a chart is drawn, in CSS pixels: its width, and the most height it may take (Infinity for any). */
export interface DrawnSpace {
	width: number;
	height: number;
}

/** The smallest text wanted on screen, in CSS pixels: the labels and the scale's numbers. */
export interface TextSizes {
	label: number;
	scale: number;
}

/** A radar's layout with its scale's numbers, which are drawn over it and take no room. */
export interface ReadableLayout extends RadarLayout {
	scaleFontSize: number;
	/** The rings to number: all, or every other one (20, 60, 100) where the numbers would touch, or else only the first and last, or else only the last. */
	numbered: RingGeometry[];
}

// The scale's numbers' size, as a share of the labels', where the chart is drawn large enough.
const SCALE_SHARE = 0.8;
// Labels grow only while the chart keeps a radius of at least this share of its width: past that,
// larger words would leave too small a chart to read.
const SMALLEST_RADIUS = 0.2;
// Label sizes are searched in hundredths of a unit, up to this many times the plain size.
const LARGEST = 4;

/** CSS pixels per viewBox unit for a chart of `size` drawn as large as fits in `space`, centred. */
export function drawnScale(size: { width: number; height: number }, space: DrawnSpace): number {
	return Math.min(space.width / size.width, space.height / size.height);
}

/** The text sizes a radar is laid out with: its labels' (in viewBox units) and its scale numbers'. */
export interface RadarTextSizes {
	fontSize: number;
	scaleFontSize: number;
}

/** The text sizes found for a space, and whether the labels reach the size wanted there (they do, until it is measured). */
export interface FoundTextSizes extends RadarTextSizes {
	readable: boolean;
}

/**
 * A radar laid out (as {@link radarLayout} with `options`) so that, drawn in `space`, its labels and
 * scale numbers come out at least `wanted` on screen. Text is only ever made larger than `options`
 * gives, so a chart drawn large enough looks as it did; labels grow only as far as the chart keeps a
 * readable radius. A space not yet measured (no width) gives the plain layout.
 */
export function readableRadar(axes: AxisInput[], space: DrawnSpace, wanted: TextSizes, options: RadarOptions = {}): ReadableLayout {
	return sizedRadar(axes, readableSizes(axes, space, wanted, options), options);
}

/**
 * The text sizes {@link readableRadar} lays a radar out with. Numbers, so a component that derives
 * them first redraws nothing when a new measurement of its space settles on the same sizes. Where the
 * labels cannot reach the size wanted (`readable` false), a chart may number its spokes instead.
 */
export function readableSizes(axes: AxisInput[], space: DrawnSpace, wanted: TextSizes, options: RadarOptions = {}): FoundTextSizes {
	const plain = radarLayout(axes, options);
	if (!(space.width > 0 && space.height > 0)) return { fontSize: plain.fontSize, scaleFontSize: plain.fontSize * SCALE_SHARE, readable: true };
	const at = (hundredths: number) => radarLayout(axes, { ...options, fontSize: hundredths / 100 });
	const roomy = (layout: RadarLayout) => layout.radius >= layout.width * SMALLEST_RADIUS;
	// A larger label size can make the chart shorter (a smaller radius) and so drawn larger: the size is
	// searched for, not worked out from how the plain chart is drawn.
	const tooSmall = (layout: RadarLayout) => roomy(layout) && layout.fontSize * drawnScale(layout, space) < wanted.label;
	let layout = plain;
	if (tooSmall(plain)) {
		let [low, high] = [Math.round(plain.fontSize * 100), Math.round(plain.fontSize * 100 * LARGEST)];
		while (high - low > 1) {
			const middle = Math.floor((low + high) / 2);
			if (tooSmall(at(middle))) low = middle;
			else high = middle;
		}
		layout = at(high);
		// The first size that is large enough, or else the last that leaves the chart its radius.
		if (!roomy(layout)) layout = at(low);
	}
	// Never larger than the labels: where they could not grow as far as wanted, the numbers would crowd the middle.
	const scale = Math.max(plain.fontSize * SCALE_SHARE, wanted.scale / drawnScale(layout, space));
	// Rounded up to hundredths, so never drawn smaller than wanted.
	return {
		fontSize: layout.fontSize,
		scaleFontSize: Math.min(layout.fontSize, Math.ceil(scale * 100) / 100),
		readable: layout.fontSize * drawnScale(layout, space) >= wanted.label
	};
}

/** A radar laid out (as {@link radarLayout} with `options`) with the given text sizes. */
export function sizedRadar(axes: AxisInput[], { fontSize, scaleFontSize }: RadarTextSizes, options: RadarOptions = {}): ReadableLayout {
	return withScale(radarLayout(axes, { ...options, fontSize }), scaleFontSize);
}

function withScale(layout: RadarLayout, scaleFontSize: number): ReadableLayout {
	const { rings } = layout;
	// The numbers sit one above another, up the first edge: they touch when nearer than their height.
	const clear = (list: RingGeometry[]) => list.slice(1).every((ring, i) => Math.abs(ring.labelPoint.y - list[i]!.labelPoint.y) >= scaleFontSize);
	// On a small triangle even every other ring's numbers touch: then only the first and last are numbered.
	const numbered = [rings, rings.filter((_, i) => i % 2 === 0), [rings[0]!, rings.at(-1)!]].find(clear) ?? rings.slice(-1);
	return { ...layout, scaleFontSize, numbered };
}
