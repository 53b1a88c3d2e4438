import { resizedNextFrame } from './resized-next-frame';
import type { DrawnSpace, TextSizes } from './readable-radar';

// The smallest chart text on screen, as a share of the root font size (17 px unless the reader
// has asked for larger text): labels 12 px, the scale's numbers 10.5 px.
const LABEL = 12 / 17;
const SCALE = 10.5 / 17;

const UNMEASURED: DrawnSpace = { width: 0, height: Infinity };

/**
 * Where a chart's <svg> is drawn (its width and CSS max-height), and the text sizes wanted
 * on screen, from the root font size so they follow the reader's text size. Made while a
 * component starts; without a ResizeObserver (as in tests) nothing is measured.
 */
export class DrawnSpaceOf<E extends Element = Element> {
	/** The chart's <svg>, or an element holding it, bound by the component. */
	element = $state<E>();
	#space = $state(UNMEASURED);
	#root = $state(17);
	/** The space measured last: width 0 until then. */
	get space(): DrawnSpace {
		return this.#space;
	}
	readonly wanted: TextSizes = $derived({ label: this.#root * LABEL, scale: this.#root * SCALE });

	/** `pick` finds the <svg> to measure inside the bound element (by default, the element itself). */
	constructor(pick: (element: E) => Element | null = (element) => element) {
		$effect(() => this.#track(this.element, pick));
	}

	#track(element: E | undefined, pick: (element: E) => Element | null): (() => void) | undefined {
		if (!element || typeof ResizeObserver === 'undefined') return undefined;
		const read = () => {
			const svg = pick(element);
			if (!svg) return;
			const maxHeight = parseFloat(getComputedStyle(svg).maxHeight);
			// Rounded down: text sized for a little less room is never drawn smaller than wanted.
			const space = { width: Math.floor(svg.getBoundingClientRect().width), height: Number.isFinite(maxHeight) ? Math.floor(maxHeight) : Infinity };
			// Numbers compared, so a measurement that finds things as they were redraws nothing.
			if (space.width !== this.#space.width || space.height !== this.#space.height) this.#space = space;
			const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
			if (root > 0 && root !== this.#root) this.#root = root;
		};
		// Measured now, before the first paint, so the observer's first report changes nothing.
		read();
		return resizedNextFrame([element], read);
	}
}
