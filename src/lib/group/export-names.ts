/** What a saved picture of the group is called: session, view and day, in plain ASCII. */
import type { ExportMeta } from './export-layout';

/** Lower case words joined by dashes, ASCII letters and digits only; "group" when nothing is left. */
export function slug(text: string): string {
	const words = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.match(/[a-z0-9]+/g);
	return words ? words.join('-').slice(0, 60).replace(/-+$/, '') : 'group';
}

/** The download's file name, e.g. "rebalance-carers-forum-side-by-side-2025-03-04.png". */
export function exportFilename(meta: ExportMeta, extension: 'svg' | 'png'): string {
	return `rebalance-${slug(meta.title)}-${slug(meta.view)}-${meta.date}.${extension}`;
}
