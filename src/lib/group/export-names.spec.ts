import { describe, expect, it } from 'vitest';
import { exportFilename, slug } from './export-names';

const META = { title: 'Carers forum', view: 'Side by side', date: '2025-03-04' };

describe('slug', () => {
	it.each([
		['Standard reflection', 'standard-reflection'],
		['  Café & carers’ forum!  ', 'cafe-carers-forum'],
		['Éducation — 2025', 'education-2025'],
		['!!!', 'group'],
		['a'.repeat(80), 'a'.repeat(60)]
	])('%s', (text, expected) => {
		expect(slug(text)).toBe(expected);
	});
});

describe('exportFilename', () => {
	it.each([
		['svg', 'rebalance-carers-forum-side-by-side-2025-03-04.svg'],
		['png', 'rebalance-carers-forum-side-by-side-2025-03-04.png']
	] as const)('%s', (extension, expected) => {
		expect(exportFilename(META, extension)).toBe(expected);
	});
});
