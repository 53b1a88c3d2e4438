/**
 * Calls `changed` in the frame after any of `elements` changes size, with the observer's latest
 * entries; gives a way to stop. Not inside the observer's callback: what `changed` redraws can change
 * the same elements' size in that frame, which the browser reports as "ResizeObserver loop completed
 * with undelivered notifications".
 */
export function resizedNextFrame(elements: Element[], changed: (entries: ResizeObserverEntry[]) => void): () => void {
	let frame = 0;
	const observer = new ResizeObserver((entries) => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => changed(entries));
	});
	for (const element of elements) observer.observe(element);
	return () => {
		cancelAnimationFrame(frame);
		observer.disconnect();
	};
}
