import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import GroupOverlay from './GroupOverlay.svelte';

const axes = ['Money', 'Role', 'Class', 'Education'].map((label, i) => ({ id: String(i), label }));
const person = (perceived: (number | null)[], actual: (number | null)[]) => ({
	scores: perceived.map((value, i) => ({ perceived: value, actual: actual[i] ?? null }))
});
const medians = { perceived: [50, 50, 50, 50], actual: [40, 40, 40, 40] };
const draw = (people: ReturnType<typeof person>[], highlight: number | null = null) =>
	render(GroupOverlay, { axes, people, medians, title: 't', description: 'd', highlight }).container;
const marks = (within: Element) =>
	[...within.querySelectorAll('g.marks path.mark')].map((path) => [
		path.classList.contains('perceived') ? 'perceived' : 'actual',
		path.getAttribute('d')?.match(/M/g)?.length
	]);

describe('GroupOverlay', () => {
	it('marks the centre for people whose outlines are only the centre point, once for everyone there', () => {
		const container = draw([
			person([0, 0, 0, 0], [60, 60, 60, 60]),
			person([0, null, 0, 0], [70, 70, 70, 70]),
			person([50, 50, 50, 50], [60, 60, 60, 60])
		]);
		expect(marks(container)).toEqual([['perceived', 1]]);
		expect(container.querySelector('path.mark')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
	});

	it('rings the circle round the diamond where one person’s perceived and another’s actual are both at the centre', () => {
		const container = draw([person([0, 0, 0, 0], [60, 60, 60, 60]), person([50, 50, 50, 50], [0, 0, null, 0])]);
		expect(marks(container)).toEqual([
			['perceived', 2],
			['actual', 1]
		]);
	});

	it('draws no marks when every outline has lines', () => {
		const container = draw([person([0, 50, 0, 50], [60, 60, 60, 60]), person([50, 50, 50, 50], [20, 30, 40, 0])]);
		expect(marks(container)).toEqual([]);
	});

	it('brings a picked person’s marks forward with their outlines', () => {
		const container = draw([person([50, 50, 50, 50], [60, 60, 60, 60]), person([0, 0, 0, 0], [0, 0, 0, 0])], 1);
		const groups = container.querySelectorAll('g.marks');
		expect(groups).toHaveLength(2);
		expect(Number(groups[0]!.getAttribute('opacity'))).toBeLessThan(0.2);
		expect(groups[1]).toHaveAttribute('opacity', '1');
		expect(marks(groups[1]!)).toEqual([
			['perceived', 2],
			['actual', 1]
		]);
	});
});

describe('GroupOverlay, the group’s middle values', () => {
	it('draws the middle perceived as a ring round the diamond where it meets the middle actual', () => {
		const meets = { perceived: [50, 30, 50, 50], actual: [40, 30, 40, 40] };
		const { container } = render(GroupOverlay, { axes, people: [], medians: meets, title: 't', description: 'd' });
		const rings = container.querySelectorAll('circle.perceived.marker.around');
		expect(rings).toHaveLength(1);
		expect(container.querySelectorAll('circle.perceived.marker:not(.around)')).toHaveLength(3);
		expect(rings[0]?.getAttribute('fill')).toBe('none');
		expect(Number(rings[0]?.getAttribute('r'))).toBeGreaterThan(6.5);
	});

	it('draws every middle perceived as a circle, and no ring, where the two never meet', () => {
		const { container } = render(GroupOverlay, { axes, people: [], medians, title: 't', description: 'd' });
		expect(container.querySelectorAll('circle.around')).toHaveLength(0);
		expect(container.querySelectorAll('circle.perceived.marker')).toHaveLength(4);
	});
});
