/** Calls `onWidth` with the width `element` is drawn at, now and whenever it changes; returns a function that stops. */
export function trackWidth(element: Element | undefined, onWidth: (width: number) => void): (() => void) | undefined {
	// No ResizeObserver (as in tests): the chart keeps its natural width.
	if (!element || typeof ResizeObserver === 'undefined') return undefined;
	// Measured now, before the first paint, so the observer's first report changes nothing.
	let last = element.getBoundingClientRect().width;
	onWidth(last);
	let frame = 0;
	const observer = new ResizeObserver(([entry]) => {
		const width = entry?.contentRect.width ?? last;
		if (width === last) return;
		last = width;
		// Not inside the callback: the new viewBox changes the chart's height in the same frame,
		// which the browser reports as "ResizeObserver loop completed with undelivered notifications".
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => onWidth(width));
	});
	observer.observe(element);
	return () => {
		cancelAnimationFrame(frame);
		observer.disconnect();
	};
}
