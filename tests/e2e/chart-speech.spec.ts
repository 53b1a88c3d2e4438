import type { Page } from '@playwright/test';
import { answerStep, expect, skipToResults, startReflection, test } from './fixtures';
import { ZERO_GROUP } from './made-codes';

interface AxNode {
	nodeId: string;
	ignored: boolean;
	role?: { value: string };
	name?: { value: string };
	childIds?: string[];
}

/**
 * Each chart's name, with the words a screen reader would find inside it, as Chromium's accessibility tree
 * has them (what TalkBack and NVDA read in Chrome): a chart is one picture, named and described, so none.
 */
async function wordsInsideCharts(page: Page): Promise<{ chart: string; inside: string[] }[]> {
	const cdp = await page.context().newCDPSession(page);
	const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
	await cdp.detach();
	const byId = new Map(nodes.map((node) => [node.nodeId, node]));
	const wordsUnder = (node: AxNode): string[] =>
		(node.childIds ?? []).flatMap((id) => {
			const child = byId.get(id);
			if (!child) return [];
			const own = !child.ignored && child.role?.value === 'StaticText' ? [child.name?.value ?? ''] : [];
			return [...own, ...wordsUnder(child)];
		});
	return nodes
		.filter((node) => !node.ignored && node.role?.value === 'image')
		.map((node) => ({ chart: node.name?.value ?? '', inside: wordsUnder(node).filter((word) => word.trim() !== '') }));
}

async function expectChartsSpeakOnce(page: Page, count: number): Promise<void> {
	const charts = await wordsInsideCharts(page);
	expect(charts).toHaveLength(count);
	expect(charts.filter((chart) => chart.inside.length > 0)).toEqual([]);
}

test('a screen reader hears each chart once, by its name and description, not its drawn words and numbers after them', async ({
	page
}) => {
	await startReflection(page, 'Heard once');
	await answerStep(page, 4);
	await skipToResults(page);
	const chart = page.getByRole('img', { name: /perceived and actual power/i });
	await expect(chart).toBeVisible();
	// The drawn words are there for the eye: source names, "no answer" and the scale's numbers.
	await expect(chart.locator('text.note').first()).toHaveText('no answer');
	await expectChartsSpeakOnce(page, 1);

	await page.goto('/group');
	await page.getByLabel('Paste codes').fill(ZERO_GROUP.join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	for (const [view, charts] of [
		['Everyone together', 1],
		['Side by side', 3],
		['Source by source', 1],
		['Biggest gaps', 1]
	] as const) {
		await page.getByRole('tab', { name: view }).click();
		await expect(page.getByRole('tabpanel', { name: view }).getByRole('img').first()).toBeVisible();
		await expectChartsSpeakOnce(page, charts);
	}
});
