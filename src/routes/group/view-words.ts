/**
 * Gives focus to the first of a presenter view's words and key (ViewPanel's intro, or its legend where it has none),
 * where reading them starts; false where none is shown in `stage`.
 */
export function focusViewWords(stage: HTMLElement | undefined): boolean {
	const first = stage?.querySelector<HTMLElement>('.intro, .legend');
	if (!first) return false;
	first.tabIndex = -1;
	first.focus();
	return document.activeElement === first;
}
