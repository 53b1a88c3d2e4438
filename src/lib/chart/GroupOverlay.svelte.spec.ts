import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
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
/** Everyone's hollow marks: for each reading, how many subpaths each person's path has. */
const hollow = (container: Element) =>
	Object.fromEntries(
		(['perceived', 'actual'] as const).map((reading) => [
			reading,
			[...container.querySelectorAll(`g.alone.${reading} path`)].map((path) => path.getAttribute('d')?.match(/M/g)?.length)
		])
	);
/** What the chart says of the marks it draws on their own, as a key beside it would read it. */
function saysMarks(people: ReturnType<typeof person>[], highlight: number | null = null): { alone: boolean; solidAlone: boolean } {
	const said = { alone: false, solidAlone: false };
	render(GroupOverlay, {
		props: {
			axes,
			people,
			medians,
			title: 't',
			description: 'd',
			highlight,
			get alone() {
				return said.alone;
			},
			set alone(value: boolean) {
				said.alone = value;
			},
			get solidAlone() {
				return said.solidAlone;
			},
			set solidAlone(value: boolean) {
				said.solidAlone = value;
			}
		}
	});
	flushSync();
	return said;
}

describe('GroupOverlay', () => {
	it('marks the centre for each person whose outlines are only the centre point', () => {
		const container = draw([
			person([0, 0, 0, 0], [60, 60, 60, 60]),
			person([0, null, 0, 0], [70, 70, 70, 70]),
			person([50, 50, 50, 50], [60, 60, 60, 60])
		]);
		expect(hollow(container)).toEqual({ perceived: [1, 1], actual: [] });
		expect(container.querySelector('g.alone path')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
	});

	it('draws the marks hollow, in the colour and width of everyone’s outlines and faint, so no one stands out', () => {
		const people = Array.from({ length: 11 }, (_, i) => person([10 + i, 20, 30, 40], [50, 60, 70, 80 - i]));
		const container = draw([...people, person([0, 0, 0, 0], [0, 0, null, 0])]);
		for (const reading of ['perceived', 'actual']) {
			const alone = container.querySelector(`g.alone.${reading}`)!;
			const everyone = container.querySelector(`g.everyone.${reading}`)!;
			expect(alone.querySelectorAll('path')).toHaveLength(1);
			expect(alone).toHaveAttribute('fill', 'none');
			for (const paint of ['stroke', 'stroke-width']) expect(alone.getAttribute(paint)).toBe(everyone.getAttribute(paint));
			// Fainter than a few people's outlines, though not as faint as twelve's, which would hide a small shape.
			const opacity = Number(alone.getAttribute('stroke-opacity'));
			expect(opacity).toBeLessThan(0.5);
			expect(opacity).toBeGreaterThan(Number(everyone.getAttribute('stroke-opacity')));
		}
		expect(container.querySelectorAll('g.alone path[fill], g.alone path[stroke], g.alone path[opacity]')).toHaveLength(0);
		expect(marks(container)).toEqual([]);
	});

	it('rings the circle round the diamond where one person’s perceived and another’s actual are both at the centre', () => {
		const container = draw([person([0, 0, 0, 0], [60, 60, 60, 60]), person([50, 50, 50, 50], [0, 0, null, 0])]);
		expect(hollow(container)).toEqual({ perceived: [1], actual: [1] });
		const [circle, diamond] = [...container.querySelectorAll('g.alone path')].map((path) => path.getAttribute('d') ?? '');
		const radius = Number(circle?.match(/a([\d.]+),/)?.[1]);
		// The diamond's corners, left and right: the ring reaches past them.
		const xs = (diamond?.match(/-?[\d.]+/g) ?? []).map(Number).filter((_, i) => i % 2 === 0);
		expect(radius).toBeGreaterThan((Math.max(...xs) - Math.min(...xs)) / 2 + 1);
	});

	it('draws no marks when every outline has lines', () => {
		const container = draw([person([0, 50, 0, 50], [60, 60, 60, 60]), person([50, 50, 50, 50], [20, 30, 40, 0])]);
		expect(hollow(container)).toEqual({ perceived: [], actual: [] });
	});

	it.each([
		['someone answered 0 throughout', [person([0, 0, 0, 0], [0, 0, 0, 0]), person([50, 50, 50, 50], [60, 60, 60, 60])], true],
		['someone gave one answer between blanks', [person([null, 30, null, null], [60, 60, 60, 60])], true],
		['every outline has lines', [person([0, 50, 0, 50], [60, 60, 60, 60])], false]
	])('tells the key whether it draws a mark on its own when %s', (_name, people, drawn) => {
		expect(saysMarks(people).alone).toBe(drawn);
	});

	const zeroAndOthers = [person([50, 50, 50, 50], [60, 60, 60, 60]), person([0, 0, 0, 0], [0, 0, 0, 0])];
	it.each([
		['nobody is picked', null, false],
		['the person picked has outlines, so only others’ hollow marks are drawn', 0, false],
		['the person picked is only a mark, drawn solid', 1, true]
	])('tells the key its marks on their own are solid only while %s', (_name, highlight, solid) => {
		expect(saysMarks(zeroAndOthers, highlight)).toEqual({ alone: true, solidAlone: solid });
	});

	it('brings a picked person’s marks forward, solid, with their outlines', () => {
		const container = draw([person([50, 50, 50, 50], [60, 60, 60, 60]), person([0, 0, 0, 0], [0, 0, 0, 0])], 1);
		expect(Number(container.querySelector('g.alone')!.getAttribute('stroke-opacity'))).toBeLessThan(0.2);
		const picked = container.querySelectorAll('g.marks');
		expect(picked).toHaveLength(1);
		expect(picked[0]).not.toHaveAttribute('opacity');
		expect(marks(picked[0]!)).toEqual([
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
