import type { RadarLayout } from './radar-geometry';
import { blockSize } from './radar-labels';

/** Each axis label's box in viewBox units, from its lines and the width the layout estimates for them. */
export function labelBoxes(layout: RadarLayout): { left: number; right: number; top: number; bottom: number }[] {
	return layout.axes.map((axis) => {
		const { width, height } = blockSize(
			axis.labelLines.map((line) => line.text),
			layout.fontSize
		);
		const { x } = axis.labelAnchor;
		const left = axis.textAnchor === 'start' ? x : axis.textAnchor === 'end' ? x - width : x - width / 2;
		const ys = axis.labelLines.map((line) => line.y);
		const half = height / axis.labelLines.length / 2;
		return { left, right: left + width, top: Math.min(...ys) - half, bottom: Math.max(...ys) + half };
	});
}
