/**
 * An attachment for an element stuck to the top of the screen: while it is there, anything
 * scrolled into view (a field reached by Tab, say) stops below it rather than behind it,
 * so focus is never hidden (WCAG 2.4.11).
 */
export function roomAbove(element: HTMLElement): () => void {
	const root = document.documentElement;
	// Its height changes with the window's width and with what it says; on a short screen it is not stuck at all.
	const observer = new ResizeObserver(() => {
		const stuck = getComputedStyle(element).position === 'sticky';
		root.style.scrollPaddingTop = stuck ? `${element.offsetHeight + 16}px` : '';
	});
	observer.observe(element);
	return () => {
		observer.disconnect();
		root.style.scrollPaddingTop = '';
	};
}
