// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { KEY_SIZE, NOTE_SIZE } from '$lib/group/export-layout';
import { exportSvg } from './export-image';

const META = { title: 'Carers forum', view: 'Side by side', date: '2025-03-04' };

function container(markup: string): HTMLElement {
	const root = document.createElement('div');
	root.innerHTML = markup;
	return root;
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;

describe('exportSvg', () => {
	it('is null when there is no chart to save', () => {
		expect(exportSvg(container('<p>Nothing here</p><svg viewBox="0 0 10 10"></svg>'), META)).toBeNull();
	});

	it('copies each marked chart, with its label, under the heading, and leaves out titles and descriptions', () => {
		const root = container(`
			<svg viewBox="0 0 120 100" data-export data-export-label="A" role="img" aria-label="Chart A. Money: perceived 60">
				<title>secret title</title><desc>secret description</desc>
				<path d="M0,0L10,10" stroke="#1f6f8b" />
			</svg>
			<svg viewBox="0 0 120 100" data-export data-export-label="B"><circle cx="5" cy="5" r="2" /></svg>
			<svg viewBox="0 0 50 50"><rect width="5" height="5" /></svg>`);
		const result = exportSvg(root, META);
		expect(result).not.toBeNull();
		const picture = parse(result!.svg);
		expect(picture.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
		expect(picture.getAttribute('width')).toBe(String(result!.width));
		const texts = [...picture.querySelectorAll(':scope > text')].map((node) => node.textContent);
		expect(texts).toEqual(['Carers forum', 'Side by side · 2025-03-04', 'A', 'B']);
		const nested = picture.querySelectorAll(':scope > svg');
		expect(nested).toHaveLength(2);
		expect(nested[0]?.getAttribute('viewBox')).toBe('0 0 120 100');
		expect(nested[0]?.querySelector('path')?.getAttribute('stroke')).toBe('#1f6f8b');
		expect(nested[1]?.querySelector('circle')).not.toBeNull();
		expect(result!.svg).not.toContain('secret');
		expect(picture.querySelector('rect[width="5"]')).toBeNull();
	});

	it('gives a single chart no label and the full width', () => {
		const result = exportSvg(container('<svg viewBox="0 0 400 300" data-export><path d="M0,0" /></svg>'), {
			...META,
			view: 'Everyone together'
		});
		const nested = parse(result!.svg).querySelector(':scope > svg');
		expect(nested?.getAttribute('width')).toBe('640');
		expect(nested?.getAttribute('height')).toBe('480');
	});

	it('draws the key, each entry with its swatch, and the note, so the picture reads on its own', () => {
		const root = container(`
			<ul data-export-key>
				<li><svg viewBox="0 0 36 16"><line x1="2" y1="8" x2="34" y2="8" stroke="#1f6f8b" /></svg> Perceived</li>
				<li><svg viewBox="0 0 36 16"><line x1="2" y1="8" x2="34" y2="8" stroke="#b3541e" stroke-dasharray="4 3" /></svg> Actual</li>
			</ul>
			<ul data-export-note="Spokes go clockwise from the top: Education, Money, Role.">
				<li><svg viewBox="0 0 120 100" data-export data-export-label="A"><path d="M0,0" /></svg></li>
			</ul>`);
		const picture = parse(exportSvg(root, META)!.svg);
		const texts = [...picture.querySelectorAll(':scope > text')];
		expect(texts.map((node) => node.textContent)).toEqual(['Carers forum', 'Side by side · 2025-03-04', 'Perceived', 'Actual', 'Spokes go clockwise from the top: Education, Money, Role.', 'A']);
		// Drawn at the sizes the layout measured them at, so they fit where it put them.
		expect(texts.slice(2, 5).map((node) => node.getAttribute('font-size'))).toEqual([KEY_SIZE, KEY_SIZE, NOTE_SIZE].map(String));
		const swatches = [...picture.querySelectorAll(':scope > svg')].filter((svg) => svg.getAttribute('width') === '36');
		expect(swatches.map((svg) => svg.querySelector('line')?.getAttribute('stroke'))).toEqual(['#1f6f8b', '#b3541e']);
		expect(swatches[1]?.querySelector('line')?.getAttribute('stroke-dasharray')).toBe('4 3');
	});
});
