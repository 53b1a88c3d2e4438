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
	it('shortens a name too long for its column at a word, with an ellipsis, and leaves short names whole', () => {
		const { container } = render(SourceSpread, { names: [LONG_NAME, 'Money'], results, title: 't', description: 'd' });
		const names = texts(container).filter((text) => text.y < 20 || text.content === 'Money');
		const long = names.find((text) => text.content.startsWith('Knowing'))!;
		expect(long.content).toMatch(/^Knowing how the local( services)?…$/);
		expect(names.some((text) => text.content === 'Money')).toBe(true);
	});

	it('puts who left a source blank on its own line under the name, so a long name cannot run into it', () => {
		const { container } = render(SourceSpread, {
			names: [LONG_NAME, 'Money'],
			results,
			title: 'How spread out the group is',
			description: 'Two sources.'
		});
		const all = texts(container);
		const name = all.find((text) => text.content.startsWith('Knowing how'))!;
		const note = all.find((text) => text.content.startsWith('No answer'))!;
		expect(note.content).toBe('No answer: 1 perceived, 2 actual');
		expect(note.x).toBe(name.x);
		expect(note.y).toBeGreaterThanOrEqual(name.y + 14);
		expect(all.filter((text) => text.content.startsWith('No answer'))).toHaveLength(1);
	});

	it('draws one row of dots per reading and source, with a dot for every answer given', () => {
		const { container } = render(SourceSpread, { names: [LONG_NAME, 'Money'], results, title: 't', description: 'd' });
		const rows = [...container.querySelectorAll('path')].map((path) => (path.getAttribute('d')?.match(/M/g) ?? []).length);
		expect(rows).toEqual([2, 1, 3, 3]);
	});

	it('fits a box it is given: sources in columns, each column with its own 0-100 numbers', () => {
		const names = ['Money', 'Role', 'Class', 'Education', 'Position', 'Authority', 'Language'];
		const { container } = render(SourceSpread, { names, results: [], title: 't', description: 'd', fit: { width: 1240, height: 540 } });
		const [, , w, h] = container.querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);
		expect(1240 / w!).toBeGreaterThanOrEqual(0.9);
		expect((h! * 1240) / w!).toBeLessThanOrEqual(540);
		const xOf = (name: string) => Number([...container.querySelectorAll('text')].find((text) => text.textContent === name)!.getAttribute('x'));
		expect(xOf('Money')).toBe(0);
		expect(xOf('Language')).toBeGreaterThan(w! / 2);
		expect([...container.querySelectorAll('text')].filter((text) => text.textContent === '100')).toHaveLength(2);
	});

	it('gives every source its own numbers when the box is too small to show them all', () => {
		const { container } = render(SourceSpread, { names: ['Money', 'Role', 'Class'], results, title: 't', description: 'd', fit: { width: 316, height: 200 } });
		expect(container.querySelector('svg')!.getAttribute('viewBox')).toMatch(/^0 0 340 /);
		expect([...container.querySelectorAll('text')].filter((text) => text.textContent === '0')).toHaveLength(3);
	});
});
