/*
 * Hundreds of faint outlines, and the numbers on every small chart, are drawn as plain SVG
 * elements made in one go, rather than by a Svelte {#each}: nothing in them is interactive or
 * changes on its own, and making them directly keeps a large group quick to draw and keeps
 * Svelte's HTML code ({@html}) out of the runtime every page loads.
 */
import type { PlacedLabel } from './group-paths';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An attachment that fills an SVG group with one <path> per path data string, replacing what was there. */
export function pathList(paths: readonly string[]): (group: SVGGElement) => void {
	return (group) => {
		const fragment = document.createDocumentFragment();
		for (const d of paths) {
			const path = document.createElementNS(SVG_NS, 'path');
			path.setAttribute('d', d);
			fragment.append(path);
		}
		group.replaceChildren(fragment);
	};
}

/** An attachment that fills an SVG group with one <text> per label, replacing what was there. */
export function textList(labels: readonly PlacedLabel[]): (group: SVGGElement) => void {
	return (group) => {
		const fragment = document.createDocumentFragment();
		for (const label of labels) {
			const text = document.createElementNS(SVG_NS, 'text');
			text.setAttribute('x', String(label.x));
			text.setAttribute('y', String(label.y));
			text.setAttribute('text-anchor', label.textAnchor);
			text.textContent = label.text;
			fragment.append(text);
		}
		group.replaceChildren(fragment);
	};
}
