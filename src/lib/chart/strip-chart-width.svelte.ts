import { resizedNextFrame } from './resized-next-frame';
import { stripWidth } from './strip-layout';

/**
 * A strip chart's viewBox width, following the width its <svg> is drawn at (see stripWidth),
 * so on a narrow screen its text is drawn full size. Made while a component starts.
 */
export class StripChartWidth {
	/** The chart's <svg>, bound by the component. */
	element = $state<SVGSVGElement>();
	#shown = $state(0);
	/** The viewBox width to lay the chart out at; a number, so a measurement that leaves it as it was redraws nothing. */
	readonly width = $derived(stripWidth(this.#shown));

	constructor() {
		$effect(() => this.#track(this.element));
	}

	// No ResizeObserver (as in tests): the chart keeps its natural width.
	#track(element: SVGSVGElement | undefined): (() => void) | undefined {
		if (!element || typeof ResizeObserver === 'undefined') return undefined;
		// Measured now, before the first paint, so the observer's first report changes nothing.
		let last = element.getBoundingClientRect().width;
		this.#shown = last;
		return resizedNextFrame([element], ([entry]) => {
			const width = entry?.contentRect.width ?? last;
			if (width === last) return;
			last = width;
			this.#shown = width;
		});
	}
}
