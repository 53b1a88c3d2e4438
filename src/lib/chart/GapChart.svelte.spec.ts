import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { GroupGap } from '$lib/group/aggregate';
import GapChart from './GapChart.svelte';

const gap = (name: string, perceived: number, actual: number): GroupGap => ({
	index: 0,
	sourceId: name.toLowerCase(),
	name,
	perceived,
	actual,
	difference: perceived - actual,
	direction: perceived < actual ? 'feel-less' : perceived > actual ? 'feel-more' : 'aligned'
});
const gaps = (...list: GroupGap[]) => list.map((item, index) => ({ ...item, index }));
const keyOf = (container: HTMLElement) => [...container.querySelectorAll('.legend li')].map((item) => item.textContent?.trim());

describe('GapChart', () => {
	it('rings the perceived circle round the actual diamond where the two are the same, and its key says so', () => {
		const { container } = render(GapChart, { gaps: gaps(gap('Money', 20, 60), gap('Role', 40, 40), gap('Class', 0, 0)), title: 't', description: 'd' });
		const circles = [...container.querySelectorAll('svg.gap-chart circle.perceived')];
		expect(circles.map((circle) => circle.classList.contains('around'))).toEqual([false, true, true]);
		const diamonds = [...container.querySelectorAll('svg.gap-chart path.actual')];
		expect(diamonds).toHaveLength(3);
		// Centred on the diamond, and wider than it: neither hides the other.
		const ring = circles[1]!;
		const [top] = diamonds[1]!.getAttribute('d')!.slice(1).split('L');
		const [x, y] = top!.split(',').map(Number);
		expect(Number(ring.getAttribute('cx'))).toBe(x);
		expect(Number(ring.getAttribute('r'))).toBeGreaterThan(Number(ring.getAttribute('cy')) - y!);
		expect(ring).toHaveAttribute('fill', 'none');
		expect(keyOf(container)).toEqual([
			'Group’s middle: perceived',
			'Group’s middle: actual',
			'Group’s middle: perceived and actual meet'
		]);
		expect(container.querySelector('.legend circle.around')).not.toBeNull();
	});

	it('draws no ring, and no key for one, when every gap has two places', () => {
		const { container } = render(GapChart, { gaps: gaps(gap('Money', 20, 60), gap('Role', 45, 40)), title: 't', description: 'd' });
		expect(container.querySelectorAll('circle.around')).toHaveLength(0);
		expect(container.querySelectorAll('svg.gap-chart circle.perceived')).toHaveLength(2);
		expect(keyOf(container)).toEqual(['Group’s middle: perceived', 'Group’s middle: actual']);
	});

	it('on a shared screen, draws names beside their lines, wrapped whole, when the fit says so', () => {
		const list = gaps(gap('Money', 20, 60), gap('Confidence to speak up in big meetings', 40, 50));
		const names = (container: HTMLElement) => [...container.querySelectorAll('svg.gap-chart text[font-weight="700"]')];
		const page = render(GapChart, { gaps: list, title: 't', description: 'd' });
		// On the page, above their lines: the long name wrapped whole onto two, not cut short.
		expect(names(page.container).map((text) => text.getAttribute('text-anchor'))).toEqual(['start', 'start', 'start']);
		expect(names(page.container).map((text) => text.textContent).join(' ')).toBe('Money Confidence to speak up in big meetings');
		page.unmount();

		const { container } = render(GapChart, { gaps: list, title: 't', description: 'd', fit: { beside: true, width: 480, fits: true } });
		expect(container.querySelector('svg.gap-chart')!.getAttribute('viewBox')).toMatch(/^0 0 480 /);
		const beside = names(container);
		expect(beside.every((text) => text.getAttribute('text-anchor') === 'end')).toBe(true);
		expect(beside.slice(1).map((text) => text.textContent).join(' ')).toBe('Confidence to speak up in big meetings');
		expect(beside.length).toBeGreaterThan(2);
	});
});
