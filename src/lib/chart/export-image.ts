/*
 * Saving the group screen's current view as a picture, in the browser. Charts marked
 * `data-export` (and, for small charts, `data-export-label`) are copied into one
 * standalone SVG under a heading, laid out by export-layout.ts, with the key marked
 * `data-export-key` (a list whose entries each hold a swatch SVG and a label) and the
 * sentence in a `data-export-note` attribute, so the picture reads on its own. Charts draw their colours
 * and text sizes as SVG attributes, so the copy looks the same without the page's CSS.
 * The PNG is that SVG drawn onto a canvas through a blob: URL, which a strict
 * Content-Security-Policy allows with `img-src blob:`.
 */
import { KEY_SIZE, KEY_SWATCH, NOTE_SIZE, exportFrame, type ExportMeta } from '$lib/group/export-layout';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** A standalone picture as SVG text, with its size in pixels. */
export interface ExportedSvg {
	svg: string;
	width: number;
	height: number;
}

function element(name: string, attributes: Record<string, string | number>): SVGElement {
	const node = document.createElementNS(SVG_NS, name);
	for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
	return node;
}

function text(content: string, attributes: Record<string, string | number>): SVGElement {
	const node = element('text', attributes);
	node.textContent = content;
	return node;
}

function viewBoxOf(svg: SVGSVGElement): [number, number, number, number] {
	const numbers = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
	const [x = 0, y = 0, width = 100, height = 100] = numbers.length === 4 && numbers.every(Number.isFinite) ? numbers : [];
	return [x, y, width, height];
}

/** The charts inside `root` as one standalone SVG picture, or null when there is no chart to save. */
export function exportSvg(root: ParentNode, meta: ExportMeta): ExportedSvg | null {
	const sources = [...root.querySelectorAll<SVGSVGElement>('svg[data-export]')];
	if (sources.length === 0) return null;
	const boxes = sources.map(viewBoxOf);
	const keyEntries = [...root.querySelectorAll('[data-export-key] li')];
	const key = keyEntries.map((entry) => entry.textContent?.replace(/\s+/g, ' ').trim() ?? '');
	const note = root.querySelector('[data-export-note]')?.getAttribute('data-export-note') ?? undefined;
	const frame = exportFrame(
		sources.map((svg, index) => {
			const [, , width, height] = boxes[index]!;
			const label = svg.getAttribute('data-export-label');
			return label === null ? { width, height } : { width, height, label };
		}),
		{ ...meta, key, note }
	);
	// The serialiser writes the xmlns declaration itself; setting it too would repeat it.
	const picture = element('svg', {
		width: frame.width,
		height: frame.height,
		viewBox: `0 0 ${frame.width} ${frame.height}`,
		'font-family': FONT
	});
	picture.append(
		element('rect', { width: frame.width, height: frame.height, fill: '#ffffff' }),
		...frame.title.lines.map((line) =>
			text(line.text, { x: line.x, y: line.y, 'font-size': frame.title.size, 'font-weight': 700, fill: '#1a1a1a' })
		),
		text(frame.subtitle.text, { x: frame.subtitle.x, y: frame.subtitle.y, 'font-size': frame.subtitle.size, fill: '#44555c' })
	);
	frame.key.forEach((entry, index) => {
		const swatch = keyEntries[index]?.querySelector('svg');
		if (swatch) {
			const viewBox = swatch.getAttribute('viewBox') ?? '0 0 36 16';
			const copy = element('svg', { x: entry.x - KEY_SWATCH, y: entry.y - 13, width: 36, height: 16, viewBox });
			for (const child of swatch.children) copy.append(child.cloneNode(true));
			picture.append(copy);
		}
		for (const line of [entry, ...entry.more]) picture.append(text(line.text, { x: line.x, y: line.y, 'font-size': KEY_SIZE, fill: '#1a1a1a' }));
	});
	for (const line of frame.note) picture.append(text(line.text, { x: line.x, y: line.y, 'font-size': NOTE_SIZE, fill: '#44555c' }));
	frame.panels.forEach((panel, index) => {
		if (panel.label !== undefined && panel.labelY !== undefined)
			picture.append(text(panel.label, { x: panel.x, y: panel.labelY, 'font-size': 18, 'font-weight': 700, fill: '#1a1a1a' }));
		const nested = element('svg', { x: panel.x, y: panel.y, width: panel.width, height: panel.height, viewBox: boxes[index]!.join(' ') });
		for (const child of sources[index]!.children) {
			if (child.localName !== 'title' && child.localName !== 'desc') nested.append(child.cloneNode(true));
		}
		picture.append(nested);
	});
	return { svg: new XMLSerializer().serializeToString(picture), width: frame.width, height: frame.height };
}

/** The SVG text as an SVG file. */
export function svgBlob(svg: string): Blob {
	return new Blob([svg], { type: 'image/svg+xml' });
}

/** Draws the picture onto a canvas at `scale` times its size and resolves to a PNG. */
export async function pngBlob({ svg, width, height }: ExportedSvg, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(svgBlob(svg));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw pictures.');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
