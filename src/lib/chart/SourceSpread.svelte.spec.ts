import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SourceSpread from './SourceSpread.svelte';

const LONG_NAME = 'Knowing how the local services really work';
const results = [
	{ scores: [{ perceived: 40, actual: null }, { perceived: 80, actual: 60 }] },
	{ scores: [{ perceived: null, actual: null }, { perceived: 20, actual: 45 }] },
	{ scores: [{ perceived: 55, actual: 70 }, { perceived: 65, actual: 30 }] }
];

function texts(container: HTMLElement) {
	return [...container.querySelectorAll('text')].map((text) => ({
		content: text.textContent?.trim() ?? '',
		x: text.getAttribute('x'),
		y: Number(text.getAttribute('y'))
	}));
}

describe('SourceSpread', () => {
	it('wraps a name too long for its column onto a second line, whole, and leaves short names on one', () => {
		const { container } = render(SourceSpread, { names: [LONG_NAME, 'Money'], results, title: 't', description: 'd' });
		const names = [...container.querySelectorAll('text[font-weight="700"]')].map((text) => ({
			content: text.textContent?.trim() ?? '',
			y: Number(text.getAttribute('y'))
		}));
		expect(names.map((name) => name.content).join(' ')).toBe(`${LONG_NAME} Money`);
		expect(names).toHaveLength(3);
		expect(names[1]!.y - names[0]!.y).toBeGreaterThanOrEqual(16);
		expect(names.some((text) => text.content.includes('…'))).toBe(false);
	});

	it('puts who left a source blank on its own line under the name, so a long name cannot run into it', () => {
		const { container } = render(SourceSpread, {
			names: [LONG_NAME, 'Money'],
			results,
			title: 'How spread out the group is',
			description: 'Two sources.'
		});
		const all = texts(container);
		const name = all.filter((text) => text.y < 60 && LONG_NAME.includes(text.content)).at(-1)!;
		// The words under the name and above the first row's label, wrapped to the column as the name is.
		const firstRow = all.find((text) => text.content === 'Perceived')!;
		const note = all.filter((text) => text.y > name.y && text.y < firstRow.y && text.x === name.x);
		expect(note.map((line) => line.content).join(' ')).toBe('1 person gave no answer for perceived, 2 for actual');
		expect(note[0]!.y).toBeGreaterThanOrEqual(name.y + 14);
		expect(all.filter((text) => text.content.includes('gave no answer'))).toHaveLength(1);
	});

	it('draws one row of dots per reading and source, with a dot for every answer given', () => {
		const { container } = render(SourceSpread, { names: [LONG_NAME, 'Money'], results, title: 't', description: 'd' });
		const rows = [...container.querySelectorAll('path')].map((path) => (path.getAttribute('d')?.match(/M/g) ?? []).length);
		expect(rows).toEqual([2, 1, 3, 3]);
	});

	it('fits a box it is given: sources in columns, each column with its own 0-100 numbers', () => {
		// Seven: two columns of four would draw its words under 16 px in this box, so three columns.
		const names = ['Money', 'Role', 'Class', 'Education', 'Position', 'Authority', 'Language'];
		const { container } = render(SourceSpread, { names, results: [], title: 't', description: 'd', fit: { width: 1240, height: 540 } });
		const [, , w, h] = container.querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);
		// Its words, 14 units, at 16 px or more.
		expect((14 * 1240) / w!).toBeGreaterThanOrEqual(16);
		expect((h! * 1240) / w!).toBeLessThanOrEqual(540);
		const xOf = (name: string) => Number([...container.querySelectorAll('text')].find((text) => text.textContent === name)!.getAttribute('x'));
		expect(xOf('Money')).toBe(0);
		expect(xOf('Language')).toBeGreaterThan((w! * 2) / 3);
		expect([...container.querySelectorAll('text')].filter((text) => text.textContent === '100')).toHaveLength(3);
	});

	it('gives every source its own numbers when the box is too small to show them all', () => {
		const { container } = render(SourceSpread, { names: ['Money', 'Role', 'Class'], results, title: 't', description: 'd', fit: { width: 316, height: 200 } });
		expect(container.querySelector('svg')!.getAttribute('viewBox')).toMatch(/^0 0 340 /);
		expect([...container.querySelectorAll('text')].filter((text) => text.textContent === '0')).toHaveLength(3);
	});
});
