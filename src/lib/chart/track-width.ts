/** Calls `onWidth` with the width `element` is drawn at, now and whenever it changes; returns a function that stops. */
export function trackWidth(element: Element | undefined, onWidth: (width: number) => void): (() => void) | undefined {
	// No ResizeObserver (as in tests): the chart keeps its natural width.
	if (!element || typeof ResizeObserver === 'undefined') return undefined;
	const observer = new ResizeObserver(([entry]) => {
		if (entry) onWidth(entry.contentRect.width);
	});
	observer.observe(element);
	return () => observer.disconnect();
}
