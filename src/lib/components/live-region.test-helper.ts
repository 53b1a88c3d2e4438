/** Records an element's text after each change to it: a screen reader reads out a live region only when it changes. */
export function textChanges(element: HTMLElement): string[] {
	const heard: string[] = [];
	new MutationObserver(() => heard.push(element.textContent?.trim() ?? '')).observe(element, {
		childList: true,
		subtree: true,
		characterData: true
	});
	return heard;
}
