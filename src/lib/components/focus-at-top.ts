/**
 * Scrolls `shown` (the target itself, or what holds it, such as a field with its label) to the top of the screen,
 * where the scroll margin leaves room for the focus ring, then gives `target` focus there without scrolling again.
 */
export function focusAtTop(target: HTMLElement, shown: Element = target): void {
	shown.scrollIntoView({ block: 'start' });
	target.focus({ preventScroll: true });
}
