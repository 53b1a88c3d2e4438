import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { neutralLabel } from '$lib/group/labels';
import SmallMultiples from './SmallMultiples.svelte';

const axes = ['Money', 'Role', 'Class'].map((label, i) => ({ id: String(i), label }));
const people = (count: number) =>
	Array.from({ length: count }, (_, i) => ({
		label: neutralLabel(i),
		scores: [
			{ perceived: i % 101, actual: 50 },
			{ perceived: null, actual: 10 },
			{ perceived: 70, actual: null }
		]
	}));
const charts = () => screen.queryAllByRole('img');

describe('SmallMultiples', () => {
	it('gives each chart its letter and its scores in words, and nothing else about the person', () => {
		render(SmallMultiples, { axes, people: people(2) });
		expect(charts().map((chart) => chart.getAttribute('aria-label'))).toEqual([
			'Chart A. Money: perceived 0, actual 50. Role: perceived no answer, actual 10. Class: perceived 70, actual no answer.',
			'Chart B. Money: perceived 1, actual 50. Role: perceived no answer, actual 10. Class: perceived 70, actual no answer.'
		]);
		expect(screen.queryByRole('button')).toBeNull();
	});

	it('marks the centre for someone who answered 0 throughout, who has no outline to see, and says 0 in words', () => {
		const zero = { perceived: 0, actual: 0 };
		const group = [
			{ label: 'A', scores: [zero, zero, zero] },
			{ label: 'B', scores: [{ perceived: 0, actual: 40 }, { perceived: 0, actual: 60 }, { perceived: null, actual: 80 }] },
			{ label: 'C', scores: [{ perceived: 30, actual: 0 }, { perceived: 50, actual: 50 }, { perceived: 70, actual: 0 }] }
		];
		render(SmallMultiples, { axes, people: group });
		const [a, b, c] = charts();
		const marks = (chart: HTMLElement | undefined) => [...(chart?.querySelectorAll('path.mark') ?? [])].map((path) => (path.classList.contains('perceived') ? 'perceived' : 'actual'));
		// Both at the centre: the perceived circle is a ring round the actual diamond (two circles make a ring).
		expect(marks(a)).toEqual(['perceived', 'actual']);
		expect(a?.querySelector('path.perceived.mark')?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
		expect(a?.querySelector('path.actual.mark')?.getAttribute('d')?.match(/L/g)).toHaveLength(3);
		expect(a).toHaveAttribute('aria-label', 'Chart A. Money: perceived 0, actual 0. Role: perceived 0, actual 0. Class: perceived 0, actual 0.');
		// 0 where the other source is blank is still a mark, and the blank still a gap, not a 0.
		expect(marks(b)).toEqual(['perceived']);
		expect(b?.querySelector('path.perceived.mark')?.getAttribute('d')?.match(/M/g)).toHaveLength(1);
		expect(b).toHaveAttribute('aria-label', expect.stringContaining('Class: perceived no answer, actual 80.'));
		// Lines run from the centre to the 50: nothing to mark.
		expect(marks(c)).toEqual([]);
	});

	it.each([
		['someone answered 0 throughout', [{ perceived: 0, actual: 0 }, { perceived: 0, actual: 0 }, { perceived: 0, actual: 0 }], true],
		['someone gave one answer between blanks', [{ perceived: null, actual: 40 }, { perceived: 30, actual: 60 }, { perceived: null, actual: 80 }], true],
		['every outline has lines', [{ perceived: 0, actual: 40 }, { perceived: 30, actual: 60 }, { perceived: 50, actual: 80 }], false]
	])('tells the key whether any chart draws a mark on its own when %s', (_name, scores, drawn) => {
		let alone = !drawn;
		const group = [...people(2), { label: 'C', scores }];
		render(SmallMultiples, {
			props: {
				axes,
				people: group,
				get alone() {
					return alone;
				},
				set alone(value: boolean) {
					alone = value;
				}
			}
		});
		flushSync();
		expect(alone).toBe(drawn);
	});

	it('numbers each chart’s spokes in order, clockwise from the top, and gives the key for exports', () => {
		const { container } = render(SmallMultiples, { axes, people: people(2) });
		for (const chart of charts()) {
			const numbers = [...chart.querySelectorAll('text')];
			expect(numbers.map((text) => text.textContent)).toEqual(['1', '2', '3']);
			const [top, right, left] = numbers.map((text) => ({ x: Number(text.getAttribute('x')), y: Number(text.getAttribute('y')) }));
			// Three spokes: straight up, then down to the right, then down to the left.
			expect(top!.y).toBeLessThan(right!.y);
			expect(right!.x).toBeGreaterThan(top!.x);
			expect(left!.x).toBeLessThan(top!.x);
		}
		expect(container.querySelector('[data-export-note]')).toHaveAttribute(
			'data-export-note',
			'Spokes are numbered clockwise from the top: 1 Money, 2 Role, 3 Class.'
		);
	});

	it('shows a large group 60 at a time, and keeps focus near when the last page is shown', async () => {
		const user = userEvent.setup();
		render(SmallMultiples, { axes, people: people(130) });
		expect(charts()).toHaveLength(60);
		expect(screen.getByText('Showing 60 of 130 charts.')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Show 60 more' }));
		expect(charts()).toHaveLength(120);
		await user.click(screen.getByRole('button', { name: 'Show 10 more' }));
		expect(charts()).toHaveLength(130);
		expect(screen.getByText('Showing all 130 charts.')).toHaveFocus();
	});

	it('shows the page a highlighted chart is on, and marks it', () => {
		const { container } = render(SmallMultiples, { axes, people: people(130), highlight: 75 });
		expect(charts()).toHaveLength(120);
		expect(container.querySelector('li.on')).toHaveTextContent(neutralLabel(75));
		expect(container.querySelectorAll('li.dim')).toHaveLength(119);
	});

	it.each([
		[8, { width: 1240, height: 480 }, '4'],
		[8, { width: 316, height: 200 }, null],
		[61, { width: 4000, height: 3000 }, null]
	])('given a box, fits %i charts in it where they stay large enough (columns: %s)', (count, fit, columns) => {
		const { container } = render(SmallMultiples, { axes, people: people(count), fit });
		const list = container.querySelector('ul')!;
		expect(list.classList.contains('fit')).toBe(columns !== null);
		expect(list.style.getPropertyValue('--columns') || null).toBe(columns);
	});
});
