import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { STANDARD_SOURCE_IDS, type Scores } from '../questionnaire/types';
import RadarChart from './RadarChart.svelte';

const NAMES: Record<string, string> = {
	educational: 'Educational',
	institutional: 'Institutional',
	monetary: 'Monetary',
	class: 'Class',
	position: 'Position',
	authority: 'Authority'
};

const scores: Scores = {
	educational: { perceived: 75, actual: 50 },
	institutional: { perceived: 40, actual: 60 },
	monetary: { perceived: null, actual: 20 },
	class: { perceived: 50, actual: 50 },
	position: { perceived: 80, actual: 30 },
	authority: { perceived: 60, actual: 70 }
};

const axes = STANDARD_SOURCE_IDS.map((id) => ({ id, label: NAMES[id] ?? id }));
const series = [
	{
		id: 'perceived',
		name: 'Perceived',
		variant: 'perceived' as const,
		values: STANDARD_SOURCE_IDS.map((id) => scores[id]?.perceived ?? null)
	},
	{
		id: 'actual',
		name: 'Actual',
		variant: 'actual' as const,
		values: STANDARD_SOURCE_IDS.map((id) => scores[id]?.actual ?? null)
	}
];

function renderChart() {
	return render(RadarChart, { axes, series, title: 'Your power, source by source' });
}

const group = (container: Element, variant: string) => {
	const found = container.querySelector(`[data-variant="${variant}"]`);
	if (!found) throw new Error(`no ${variant} series`);
	return found;
};

describe('RadarChart', () => {
	it('is one image with a name and a description of every value', () => {
		renderChart();
		const chart = screen.getByRole('img', { name: 'Your power, source by source' });
		expect(chart).toHaveAccessibleDescription(
			expect.stringContaining('Monetary: Perceived no answer, Actual 20.')
		);
		expect(chart).toHaveAccessibleDescription(
			expect.stringContaining('Educational: Perceived 75, Actual 50.')
		);
	});

	it('draws six axes, each with its label, and five rings', () => {
		const { container } = renderChart();
		expect(container.querySelectorAll('line.axis')).toHaveLength(6);
		const labels = [...container.querySelectorAll('text.label')].map((t) => t.textContent?.trim());
		expect(labels).toEqual(Object.values(NAMES));
		expect(container.querySelectorAll('path.ring')).toHaveLength(5);
		const scale = [...container.querySelectorAll('text.scale')].map((t) => t.textContent);
		expect(scale).toEqual(['20', '40', '60', '80', '100']);
	});

	it('tells the two series apart by colour, line style and marker shape', () => {
		const { container } = renderChart();
		const perceived = group(container, 'perceived');
		const actual = group(container, 'actual');
		const pOutline = perceived.querySelector('path.outline');
		const aOutline = actual.querySelector('path.outline');
		expect(pOutline?.getAttribute('stroke-dasharray')).toBeNull();
		expect(aOutline?.getAttribute('stroke-dasharray')).toMatch(/\d/);
		expect(pOutline?.getAttribute('stroke')).not.toBe(aOutline?.getAttribute('stroke'));
		expect(perceived.querySelectorAll('circle.marker')).toHaveLength(5);
		expect(actual.querySelectorAll('path.marker')).toHaveLength(6);
	});

	it('rings the perceived point where it meets the actual one, so neither hides the other', () => {
		const { container } = renderChart();
		const perceived = group(container, 'perceived');
		const ring = perceived.querySelector('circle.marker[data-axis="3"]');
		const diamond = group(container, 'actual').querySelector('path.marker[data-axis="3"]');
		expect(ring).toHaveClass('around');
		// Class is 50 on both: the ring is centred on the diamond and reaches past its corners.
		const corners = (diamond?.getAttribute('d')?.match(/-?[\d.]+/g) ?? []).map(Number);
		const [cx, cy] = [Number(ring?.getAttribute('cx')), Number(ring?.getAttribute('cy'))];
		const reach = Math.max(...corners.map((value, i) => Math.abs(value - (i % 2 === 0 ? cx : cy))));
		expect(reach).toBeGreaterThan(0);
		expect(Number(ring?.getAttribute('r'))).toBeGreaterThan(reach + 1);
		expect(perceived.querySelectorAll('circle.marker.around')).toHaveLength(1);
	});

	it('explains the ring in its key only when it draws one', async () => {
		const { rerender } = renderChart();
		expect(screen.getByText('Perceived and actual meet')).toBeInTheDocument();
		// Each actual value moved 37 points round the scale: at least 12 from its perceived one everywhere.
		const apart = series.map((s) => ({ ...s, values: s.values.map((value) => (value !== null && s.id === 'actual' ? (value + 37) % 100 : value)) }));
		await rerender({ axes, series: apart, title: 'Your power, source by source' });
		expect(screen.queryByText('Perceived and actual meet')).toBeNull();
	});

	it('draws a blank as a gap, not a zero', () => {
		const { container } = renderChart();
		const perceived = group(container, 'perceived');
		const outline = perceived.querySelector('path.outline');
		const d = outline?.getAttribute('d') ?? '';
		// Monetary (axis 2) is blank: one open run of five values, no fill.
		expect(d.match(/M/g)).toHaveLength(1);
		expect(d.match(/L/g)).toHaveLength(4);
		expect(d).not.toContain('Z');
		expect(outline?.getAttribute('fill')).toBe('none');
		expect(perceived.querySelector('.marker[data-axis="2"]')).toBeNull();
		// Nothing is drawn on the blank axis that could be read as a score; its label says so instead.
		expect(container.querySelectorAll('.series [data-axis="2"]')).toHaveLength(1);
		const words = (note: Element) => [...note.querySelectorAll('tspan')].map((line) => line.textContent).join(' ');
		expect([...container.querySelectorAll('text.note')].map((note) => [note.getAttribute('data-axis'), words(note)])).toEqual([
			['2', 'no perceived answer']
		]);
		const actualOutline = group(container, 'actual').querySelector('path.outline');
		expect(actualOutline?.getAttribute('d')).toMatch(/Z$/);
		expect(actualOutline?.getAttribute('fill')).not.toBe('none');
	});

	it('has a legend in HTML naming both series', () => {
		renderChart();
		const items = screen.getAllByRole('listitem').map((li) => li.textContent?.trim());
		expect(items).toEqual(expect.arrayContaining(['Perceived', 'Actual']));
	});

	it('shows a source’s values on hover and on tap, from pointer targets hidden from screen readers', async () => {
		const { container } = renderChart();
		const readout = container.querySelector('.readout');
		expect(readout).toHaveTextContent('');
		const hits = container.querySelectorAll('path.hit');
		expect(hits).toHaveLength(6);
		hits.forEach((hit) => expect(hit).toHaveAttribute('aria-hidden', 'true'));
		await fireEvent.pointerEnter(hits[2] as Element);
		expect(readout).toHaveTextContent('Monetary: Perceived no answer, Actual 20');
		await fireEvent.pointerDown(hits[4] as Element);
		expect(readout).toHaveTextContent('Position: Perceived 80, Actual 30');
		expect(container.querySelectorAll('text.label.on')).toHaveLength(1);
		expect(container.querySelector('text.label.on')).toHaveTextContent('Position');
	});

	it('says how to read a source where its scores will appear, until one is chosen, without a screen reader hearing it', async () => {
		const { container } = renderChart();
		const hint = () => container.querySelector('.readout-room .hint');
		expect(hint()).toHaveTextContent('Point at or tap the chart, or use the buttons below, to read one source’s scores.');
		expect(hint()?.closest('[aria-hidden="true"]')).not.toBeNull();
		await fireEvent.pointerDown(container.querySelectorAll('path.hit')[1] as Element);
		expect(hint()).toBeNull();
		expect(container.querySelector('.readout')).toHaveTextContent('Institutional: Perceived 40, Actual 60');
	});

	it('announces a tap or click on the chart, but not a mouse passing over it', async () => {
		const { container } = renderChart();
		const hits = container.querySelectorAll('path.hit');
		// Everything screen readers are told as it changes: the text of every live region, and of what is inside one.
		const spoken = () =>
			[...container.querySelectorAll('[aria-live]:not([aria-live="off"]), [role="status"], [role="log"]')]
				.map((region) => region.textContent?.trim())
				.join(' ');
		for (const hit of [hits[2], hits[3], hits[5]]) await fireEvent.pointerEnter(hit as Element);
		expect(container.querySelector('.readout')).toHaveTextContent('Authority: Perceived 60, Actual 70');
		expect(spoken()).toBe('');
		await fireEvent.pointerDown(hits[1] as Element);
		expect(spoken()).toBe('Institutional: Perceived 40, Actual 60. Source 2 of 6.');
		await fireEvent.pointerEnter(hits[4] as Element);
		expect(container.querySelector('.readout')).toHaveTextContent('Position: Perceived 80, Actual 30');
		expect(spoken()).toBe('Institutional: Perceived 40, Actual 60. Source 2 of 6.');
		// What a screen reader finds reading the page is that last announcement, once.
		const readable = [...container.querySelectorAll('.explore p')].filter((p) => !p.closest('[aria-hidden="true"]'));
		expect(readable.filter((p) => p.textContent?.includes('Perceived'))).toHaveLength(1);
	});

	it('lets keyboard users step through the sources, announcing each with its place, so coming round is heard', async () => {
		const user = userEvent.setup();
		const { container } = renderChart();
		const readout = container.querySelector('[aria-live="polite"]');
		await user.tab();
		expect(screen.getByRole('button', { name: 'Previous source' })).toHaveFocus();
		const steps: [string, string][] = [
			['{ArrowRight}', 'Educational: Perceived 75, Actual 50. Source 1 of 6.'],
			['{ArrowRight}', 'Institutional: Perceived 40, Actual 60. Source 2 of 6.'],
			['{End}', 'Authority: Perceived 60, Actual 70. Source 6 of 6.'],
			['{ArrowDown}', 'Educational: Perceived 75, Actual 50. Source 1 of 6.'],
			['{ArrowLeft}', 'Authority: Perceived 60, Actual 70. Source 6 of 6.'],
			['{Home}', 'Educational: Perceived 75, Actual 50. Source 1 of 6.']
		];
		for (const [key, text] of steps) {
			await user.keyboard(key);
			expect(readout?.textContent).toBe(text);
		}
		await user.tab();
		await user.keyboard('{Enter}');
		expect(readout).toHaveTextContent('Institutional: Perceived 40, Actual 60');
	});

	it('steps backwards from nothing chosen to the last source', async () => {
		const user = userEvent.setup();
		const { container } = renderChart();
		await user.click(screen.getByRole('button', { name: 'Previous source' }));
		expect(container.querySelector('[aria-live="polite"]')).toHaveTextContent(
			'Authority: Perceived 60, Actual 70'
		);
	});
});
