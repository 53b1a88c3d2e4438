/** An element's text as a screen reader has it: without what is hidden from it (aria-hidden). */
export function spokenText(element: HTMLElement): string {
	const copy = element.cloneNode(true) as HTMLElement;
	for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
	return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Records an element's spoken text after each change to it: a screen reader reads out a live region only when it changes. */
export function textChanges(element: HTMLElement): string[] {
	const heard: string[] = [];
	new MutationObserver(() => heard.push(spokenText(element))).observe(element, {
		childList: true,
		subtree: true,
		characterData: true
	});
	return heard;
}
