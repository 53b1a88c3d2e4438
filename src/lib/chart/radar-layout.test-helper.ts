import { NOTE_SCALE, type RadarLayout } from './radar-geometry';
import { blockSize } from './radar-labels';

/** Each axis label's box in viewBox units, its note's lines included, from the width the layout estimates for them. */
export function labelBoxes(layout: RadarLayout): { left: number; right: number; top: number; bottom: number }[] {
	return layout.axes.map((axis) => {
		const texts = (lines: { text: string }[]) => lines.map((line) => line.text);
		const width = Math.max(
			blockSize(texts(axis.labelLines), layout.fontSize).width,
			blockSize(texts(axis.noteLines), layout.fontSize * NOTE_SCALE).width
		);
		const lines = [...axis.labelLines, ...axis.noteLines];
		const { x } = axis.labelAnchor;
		const left = axis.textAnchor === 'start' ? x : axis.textAnchor === 'end' ? x - width : x - width / 2;
		const ys = lines.map((line) => line.y);
		const half = (layout.fontSize * 1.2) / 2;
		return { left, right: left + width, top: Math.min(...ys) - half, bottom: Math.max(...ys) + half };
	});
}
