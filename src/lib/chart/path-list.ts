/*
 * Hundreds of faint outlines are drawn as plain <path> elements made in one go, rather
 * than by a Svelte {#each}: nothing in them is interactive or changes on its own, and
 * making them directly keeps the first render of a large group quick.
 */
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
