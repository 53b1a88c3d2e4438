import { drawingOffCentre, drawnTextSizes, largerText } from './chart-text';
import { answerAllToResults, answerStep, expect, expectAccessible, gotoHydrated, PHONE, pressNext, skipToResults, startReflection, test, waitForStoredAnswer, watchAnnouncements } from './fixtures';

test.use({ viewport: PHONE });

/** The standard sources' names, in the order the steps take them. */
const STANDARD_NAMES = ['Education', 'Organisation', 'Money', 'Class and background', 'Role', 'Authority'];

test('a newcomer walks the whole reflection at phone width and sees their chart', async ({ page }) => {
	// A browser that has not promised to keep what is saved, so the results say how to keep a copy.
	await page.addInitScript(() => Object.defineProperty(navigator.storage, 'persisted', { value: async () => false }));
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where does your power come from?');
	await expect(page.getByText(/never sent\s+anywhere/)).toBeVisible();

	await startReflection(page, 'Thursday carers forum');
	// The ends of a scale are named with their meaning, with no stray space before the comma.
	const rating = page.locator('fieldset.question.rating').first();
	await expect(rating.getByRole('radio', { name: /^1, [A-Z]/ })).toHaveCount(1);
	await expect(rating.getByRole('radio', { name: /^5, [A-Z]/ })).toHaveCount(1);
	await expect(rating.getByRole('radio', { name: '3', exact: true })).toHaveCount(1);
	for (let index = 0; index < 6; index++) {
		await expect(page.locator('main').getByText(`Source ${index + 1} of 6`)).toBeVisible();
		// Heard, and shown in braille, as written: no space before the colon.
		await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(`Source ${index + 1} of 6: ${STANDARD_NAMES[index]}`);
		// The title, which screen readers hear on each move, says the same as the heading that takes focus.
		await expect(page).toHaveTitle(`${await page.locator('main h1').textContent()} – Reflect – Rebalance`);
		await answerStep(page, index % 2 === 0 ? 5 : 2);
		if (index > 0) await pressNext(page);
		else {
			// By keyboard, the heading that takes focus on the next step is read out, with no ring drawn round it.
			await page.getByRole('button', { name: 'Next' }).focus();
			await page.keyboard.press('Enter');
			const heading = page.locator('main h1');
			await expect(heading).toContainText('Source 2 of 6');
			await expect(heading).toBeFocused();
			expect(await heading.evaluate((h1) => [h1.matches(':focus-visible'), getComputedStyle(h1).outlineStyle, getComputedStyle(h1).boxShadow])).toEqual([true, 'none', 'none']);
		}
	}
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Before you see your chart');
	await page.getByRole('textbox').first().fill('My job gives me a seat at the table.');
	await page.getByRole('button', { name: 'See my results' }).click();

	await expect(page).toHaveURL(/\/results\?id=/);
	await expect(page).toHaveTitle('Your power map – Rebalance');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Thursday carers forum');
	const chart = page.getByRole('img', { name: /perceived and actual power/i });
	await expect(chart).toBeVisible();
	const table = page.getByRole('table');
	await expect(table.getByRole('columnheader', { name: 'Perceived', exact: true })).toBeVisible();
	await expect(table.getByRole('columnheader', { name: 'Actual', exact: true })).toBeVisible();
	await expect(table.getByRole('rowheader')).toHaveCount(6);
	// Ratings of 5 give perceived 100 on the first source.
	await expect(table.getByRole('row').nth(1)).toContainText('100');
	await expect(page.getByRole('heading', { name: 'Where feeling and facts differ' })).toBeVisible();
	// Each part of the page has a heading to jump to, the chart too, and the note on keeping a copy.
	await expect(page.getByRole('heading', { level: 2 })).toHaveText([
		'Your chart and scores',
		'Where feeling and facts differ',
		'Your share code: add your scores to the group picture (optional)',
		'What you wrote',
		'Keep a copy',
		'What next'
	]);
	// each source has its own question to think about, so no two gap cards read the same
	const gapCards = page.getByRole('region', { name: 'Where feeling and facts differ' }).getByRole('listitem');
	await expect(gapCards).toHaveCount(6);
	const prompts = await gapCards.locator('p:last-child').allTextContents();
	expect(prompts.every((prompt) => /\byou/i.test(prompt) && prompt.endsWith('?'))).toBe(true);
	expect(new Set(prompts).size).toBe(6);
	await expect(page.getByText('My job gives me a seat at the table.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Edit what I wrote' })).toBeVisible();
	const box = await chart.boundingBox();
	expect(box!.width).toBeLessThanOrEqual(PHONE.width);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	// On a phone every other scale number is left out, so they do not crowd the outlines; a wide screen has all five.
	const scale = chart.locator('text.scale');
	const shown = async () => (await scale.evaluateAll((texts) => texts.filter((text) => text.checkVisibility()).map((text) => text.textContent)));
	expect(await shown()).toEqual(['20', '60', '100']);
	await page.setViewportSize({ width: 1280, height: 800 });
	await expect.poll(shown).toEqual(['20', '40', '60', '80', '100']);
});

test('on a phone the results chart’s words are drawn at least 12 px and grow with larger text; on its side the whole chart fits the screen', async ({
	page,
	context
}) => {
	await startReflection(page, 'Chart sizes');
	await answerAllToResults(page, (step) => (step % 5) + 1);
	const chart = page.getByRole('img', { name: /perceived and actual power/i });
	await expect(chart).toBeVisible();
	const smallest = async (selector: string) => Math.min(...(await drawnTextSizes(chart, selector)));
	const labels = await smallest('text.label');
	expect(labels).toBeGreaterThanOrEqual(12);
	expect(await smallest('text.scale')).toBeGreaterThanOrEqual(10.5);

	await page.setViewportSize({ width: 740, height: 360 });
	await expect.poll(async () => (await chart.boundingBox())!.height).toBeLessThanOrEqual(360);
	// Drawn smaller than its width, the chart stays in the middle of it.
	expect(Math.abs(await drawingOffCentre(chart))).toBeLessThanOrEqual(1);

	await largerText(context);
	const larger = await context.newPage();
	await larger.goto(page.url());
	const largerChart = larger.getByRole('img', { name: /perceived and actual power/i });
	await expect(largerChart).toBeVisible();
	expect(Math.min(...(await drawnTextSizes(largerChart, 'text.label')))).toBeGreaterThan(labels * 1.05);
});

test('on a small phone with larger text, the results chart numbers its spokes at the reader’s size and names them in a key below', async ({
	page,
	context
}) => {
	await largerText(context);
	await page.setViewportSize({ width: 320, height: 640 });
	await startReflection(page, 'Small phone');
	for (let step = 0; step < 6; step++) {
		if (step !== 2) await answerStep(page, (step % 5) + 1);
		await pressNext(page);
	}
	await page.getByRole('button', { name: 'See my results' }).click();
	const chart = page.getByRole('img', { name: /perceived and actual power/i });
	await expect(chart).toBeVisible();
	// The names at 150% text would have made the chart too small to read; numbers leave it room.
	await expect(chart.locator('text.label')).toHaveText(['1', '2', '3', '4', '5', '6']);
	expect(Math.min(...(await drawnTextSizes(chart, 'text.label')))).toBeGreaterThanOrEqual(18);
	const [ring, box] = [(await chart.locator('path.ring').last().boundingBox())!, (await chart.boundingBox())!];
	expect(ring.width).toBeGreaterThan(box.width / 2);
	await expect(page.locator('.key li')).toHaveText(['1 Education', '2 Organisation', '3 Money, no answer', '4 Class and background', '5 Role', '6 Authority']);
	await expectAccessible(page);
	// A source chosen is marked in the key as on the chart.
	await page.getByRole('button', { name: 'Next source' }).click();
	await expect(page.locator('.key li.on')).toHaveText('1 Education');
	await expect(chart.locator('text.label.on')).toHaveText('1');
});

test('arriving at a step from another page, a screen reader never hears “Loading”, and focus is on the step’s heading', async ({ page }) => {
	const announced = await watchAnnouncements(page);
	const heading = page.getByRole('heading', { level: 1 });
	// Pressed before the app has the page, the link loads a new page, whose focus starts at the top as any page's does.
	await gotoHydrated(page, '/');
	await page.getByRole('link', { name: 'Start a reflection' }).click();
	// Not the home page's heading again, so it is clear this is a new page.
	await expect(heading).toHaveText('Start your reflection');
	await expect(heading).toBeFocused();
	await expect(page).toHaveTitle('Start your reflection – Reflect – Rebalance');

	await page.getByLabel(/which group or session/i).fill('Arriving');
	await page.getByRole('button', { name: 'Begin' }).click();
	await expect(heading).toHaveText(/^Source 1 of 6/);
	await expect(heading).toBeFocused();
	await answerStep(page, 3);
	await page.getByRole('link', { name: 'Save and leave' }).click();
	await page.getByRole('link', { name: /^Carry on with “Arriving”/ }).click();
	await expect(heading).toHaveText(/^Source 1 of 6/);
	await expect(heading).toBeFocused();
	// What was heard is recorded from each page load on.
	const heardFirst = await announced();

	await skipToResults(page);
	await expect(heading).toHaveText('Your power map: Arriving');
	await page.getByText('Change my answers').click();
	await page.getByRole('link', { name: 'Money: change my answers', exact: true }).click();
	await expect(heading).toHaveText(/^Source 3 of 6/);
	await expect(heading).toBeFocused();
	await page.getByRole('link', { name: 'Back to my results' }).click();
	await expect(heading).toHaveText('Your power map: Arriving');

	// Before a reflection is read, its title is only the page's name: "Loading" would be out of date by the time
	// it was heard, and the heading that has taken focus by then says where this is.
	const heard = [...heardFirst, ...(await announced())];
	expect(heard).toContain('Start your reflection – Reflect – Rebalance');
	expect(heard).toContain('Reflect – Rebalance');
	expect(heard).toContain('Your power map – Rebalance');
	expect(heard.filter((text) => /loading/i.test(text))).toEqual([]);
});

test('a reload mid-way keeps the answers and the place', async ({ page }) => {
	await startReflection(page, 'Reload test');
	await answerStep(page, 3);
	await pressNext(page);
	await expect(page.locator('main').getByText('Source 2 of 6')).toBeVisible();
	const firstRating = page.locator('fieldset.question.rating').first();
	await firstRating.getByRole('radio', { name: /^4\b/ }).check();
	const preferNot = page.locator('fieldset.question').last().getByRole('radio', { name: 'Prefer not to say' });
	await preferNot.check();
	await waitForStoredAnswer(page, preferNot);
	const url = page.url();

	await page.reload();
	await expect(page).toHaveURL(url);
	await expect(page.locator('main').getByText('Source 2 of 6')).toBeVisible();
	await expect(firstRating.getByRole('radio', { name: /^4\b/ })).toBeChecked();
	await expect(page.locator('fieldset.question').last().getByRole('radio', { name: 'Prefer not to say' })).toBeChecked();

	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page.locator('main').getByText('Source 1 of 6')).toBeVisible();
	await expect(page.locator('fieldset.question.rating').first().getByRole('radio', { name: /^3\b/ })).toBeChecked();

	await page.goto('/');
	await page.getByRole('link', { name: 'Carry on' }).first().click();
	await expect(page.locator('main').getByText('Source 1 of 6')).toBeVisible();
});

test('results survive a reload and list, after the chart, which sources are incomplete', async ({ page }) => {
	await startReflection(page, 'Partial');
	await answerStep(page, 4);
	await skipToResults(page);
	const notice = page.getByText('Some questions were left out. That is fine');
	await expect(notice).toBeVisible();
	const chart = page.getByRole('img', { name: /perceived and actual power/i });
	await expect(chart).toBeVisible();
	// The chart first: above it, the list of five sources pushed it a screen down on a phone.
	expect((await notice.boundingBox())!.y).toBeGreaterThan((await chart.boundingBox())!.y);
	await page.reload();
	await expect(chart).toBeVisible();
	await expect(page.getByRole('table').getByRole('row', { name: /Money/ })).toContainText('No answer');
	// As the notice says: a source with no answers is marked "no answer" on the chart too.
	await expect(chart.locator('text.note[data-axis="2"]')).toHaveText('no answer');
	await expect(page.getByRole('link', { name: 'Answer the Money questions', exact: true })).toBeVisible();
	// Nothing written yet: the way to the notes does not speak of editing them.
	await expect(page.getByRole('link', { name: 'Write your thoughts' })).toHaveAttribute('href', /step=reflect/);
	await expect(page.getByRole('link', { name: 'Edit what I wrote' })).toHaveCount(0);
});

test('from the results, the step for writing thoughts is headed as what it is then, not as the step before the chart', async ({ page }) => {
	await startReflection(page, 'Later thoughts');
	await answerStep(page, 3);
	await page.goto(page.url().replace(/step=[^&]+/, 'step=reflect'));
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText('Before you see your chart');
	const prompts = await page.locator('main label').allTextContents();
	expect(prompts.length).toBeGreaterThan(0);
	// Finishing from here, the step keeps its heading until the results show.
	await page.evaluate(() => {
		const seen: string[] = ((window as unknown as { headings: string[] }).headings = []);
		new MutationObserver(() => seen.push(document.querySelector('main h1')?.textContent ?? '')).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	await page.getByRole('button', { name: 'See my results' }).click();
	await expect(page.getByRole('table')).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { headings: string[] }).headings)).not.toContain('Your thoughts');

	await page.getByRole('link', { name: 'Write your thoughts' }).click();
	await expect(heading).toHaveText('Your thoughts');
	await expect(heading).toBeFocused();
	// Heard as the page opens, so it says the same as the heading.
	await expect(page).toHaveTitle('Your thoughts – Reflect – Rebalance');
	await expect(page.locator('main label')).toHaveText(prompts);
	await page.reload();
	await expect(heading).toHaveText('Your thoughts');
	await expect(page).toHaveTitle('Your thoughts – Reflect – Rebalance');
});

test('on the results chart, a mouse passing over shows a source’s scores without announcing them, and a click announces them', async ({
	page
}) => {
	await startReflection(page, 'Pointing');
	await answerStep(page, 4);
	await skipToResults(page);
	const chart = page.getByRole('img', { name: /perceived and actual power/i });
	await chart.scrollIntoViewIfNeeded();
	const box = (await chart.boundingBox())!;
	const readout = page.locator('.readout');
	const spoken = page.locator('.explore [aria-live]');
	await expect(spoken).toHaveCount(1);
	// Above the centre is the first source; below it, the fourth.
	await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.2);
	await expect(readout).toContainText(/^Education:/);
	await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.8);
	await expect(readout).toContainText(/^Class and background:/);
	await expect(spoken).toHaveText('');
	await page.mouse.down();
	await page.mouse.up();
	await expect(spoken).toContainText(/^Class and background:/);
	await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.2);
	await expect(readout).toContainText(/^Education:/);
	await expect(spoken).toContainText(/^Class and background:/);
});

test('on a phone, “Next source” under the chart stays put, and in view, as Enter steps it through every source', async ({ page }) => {
	await startReflection(page, 'Stepping');
	await answerAllToResults(page, 4);
	// The mouse, left where "See my results" was pressed, would rest on the chart and point at a source itself.
	await page.mouse.move(0, 0);
	const next = page.getByRole('button', { name: 'Next source' });
	await page.getByRole('button', { name: 'Previous source' }).focus();
	await page.keyboard.press('Tab');
	await expect(next).toBeFocused();
	await expect(next).toBeInViewport({ ratio: 1 });
	const place = await next.boundingBox();
	const readout = page.locator('.readout');
	const heights = new Set<number>();
	for (const name of STANDARD_NAMES) {
		await page.keyboard.press('Enter');
		await expect(readout).toHaveText(new RegExp(`^${name}:`));
		heights.add(Math.round((await readout.boundingBox())!.height));
		expect(await next.boundingBox(), `“Next source” at ${name}`).toEqual(place);
	}
	// The readouts above it took one line and two: the room for the longest was kept from the start.
	expect(heights.size).toBeGreaterThan(1);
	await expect(next).toBeInViewport({ ratio: 1 });
});

test('after the results, one source’s answers can be changed straight away, and the results follow', async ({ page }) => {
	await startReflection(page, 'Second thoughts');
	await expect(page.getByRole('link', { name: 'Save and leave' })).toBeVisible();
	await answerStep(page, 4);
	await pressNext(page);
	await answerStep(page, 4);
	// Leaving the page by its address straight away could cut off the last answer's write.
	await waitForStoredAnswer(page, page.locator('fieldset.question').last().getByRole('radio').first());
	await skipToResults(page);
	const organisation = page.getByRole('table').getByRole('row', { name: /Organisation/ });
	const before = await organisation.textContent();

	await expect(page.getByRole('link', { name: 'Organisation' })).toHaveCount(0);
	await page.getByText('Change my answers').click();
	// Each link says where it goes, heard on its own in a list of the page's links.
	await expect(page.getByRole('link', { name: /: change my answers$/ })).toHaveText(STANDARD_NAMES);
	await page.getByRole('link', { name: 'Organisation: change my answers', exact: true }).click();
	await expect(page.locator('main').getByText('Source 2 of 6')).toBeVisible();
	const firstRating = page.locator('fieldset.question.rating').first().getByRole('radio', { name: /^1\b/ });
	await firstRating.check();
	await waitForStoredAnswer(page, firstRating);
	await expect(page.getByRole('link', { name: 'Save and leave' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Back to my results' }).click();

	await expect(organisation).toBeVisible();
	expect(await organisation.textContent()).not.toBe(before);
});

test('after answers change, the results show the code shown before, to have it removed, until the new one has been shown', async ({ page }) => {
	await startReflection(page, 'Counted once');
	await answerAllToResults(page, 4);
	const show = page.getByRole('button', { name: 'Show my share code' });
	const shownCode = page.locator('.shown .code');
	await show.click();
	const before = (await shownCode.textContent()) ?? '';
	const oldNote = page.getByText('Your code has changed since you last showed it.', { exact: false });
	await expect(oldNote).toHaveCount(0);
	// Remembered on this device only: never in the address.
	expect(page.url()).not.toContain(before);

	await page.getByText('Change my answers').click();
	await page.getByRole('link', { name: 'Organisation' }).click();
	const firstRating = page.locator('fieldset.question.rating').first().getByRole('radio', { name: /^1\b/ });
	await firstRating.check();
	await waitForStoredAnswer(page, firstRating);
	await page.getByRole('link', { name: 'Back to my results' }).click();
	await show.click();
	await expect(shownCode).not.toHaveText(before);
	await expect(oldNote).toBeVisible();
	await expect(page.getByText('Your old code')).toBeVisible();
	await expect(page.locator('.notice .code')).toHaveText(before);
	await expect(page.getByRole('button', { name: 'Copy old code' })).toBeVisible();
	await expectAccessible(page);

	// The new code was shown, so it is the one remembered now.
	await page.reload();
	await show.click();
	await expect(shownCode).toBeVisible();
	await expect(oldNote).toHaveCount(0);
});

test('reflections with the same label are told apart by when they started, to the second only when needed, to a screen reader too', async ({
	page
}) => {
	for (const time of ['09:00:05', '09:00:40', '09:40:10']) {
		await page.clock.setFixedTime(new Date(`2026-11-30T${time}Z`));
		await startReflection(page, 'Carers forum');
	}
	await page.goto('/');
	const carryOn = page.getByRole('listitem').getByRole('link', { name: /^Carry on with “Carers forum”, started / });
	await expect(carryOn).toHaveCount(3);
	const names = (await carryOn.allTextContents()).map((name) => name.replace(/\s+/g, ' ').trim());
	expect(new Set(names).size).toBe(3);
	// The two started in one minute need their seconds; the other does not.
	expect(names.filter((name) => /\d\d:\d\d:\d\d$/.test(name))).toHaveLength(2);
	expect(names.some((name) => name.endsWith(', 09:40'))).toBe(true);
	// Moving by headings, each is told apart too.
	const headings = page.getByRole('heading', { name: /^Carers forum started \d/, level: 3 });
	await expect(headings).toHaveCount(3);
	expect(new Set(await headings.evaluateAll((all) => all.map((heading) => heading.textContent))).size).toBe(3);

	const first = names.find((name) => name.includes(':00:05'))!.replace('Carry on with ', '');
	await page.getByRole('button', { name: `Delete ${first}`, exact: true }).click();
	// Started and left, it has nothing in it, and the question says so.
	await expect(page.getByRole('group', { name: `Delete ${first}? It has no answers yet.` })).toBeVisible();
	await page.getByRole('button', { name: 'Yes, delete it' }).click();
	await expect(page.getByText(`${first}, has been deleted from this device.`, { exact: true })).toBeFocused();
	await expect(carryOn).toHaveCount(2);
	// Alone in its minute now, the other of the two is shown to the minute too.
	await expect(carryOn).toHaveText([/, 09:40$/, /, 09:00$/]);
});

test('coming back on a phone, the introduction is folded away and the reflections are on the first screen; a newcomer sees it open', async ({ page }) => {
	const meaning = page.getByText(/^Co-production means people who use services and people who run them working together/);
	const fold = page.getByText('What Rebalance is for');
	await page.goto('/');
	await expect(meaning).toBeVisible();
	await expect(fold).toBeHidden();
	// A screen reader still hears what the open introduction is.
	await expect(page.getByRole('group', { name: 'What Rebalance is for' })).toContainText('Co-production means people who use services');

	await startReflection(page, 'Finished one');
	await answerStep(page, 3);
	await pressNext(page);
	await skipToResults(page);
	await expect(page.getByRole('img', { name: /perceived and actual power/i })).toBeVisible();
	await startReflection(page, 'Half done');
	await page.goto('/');
	const carryOn = page.getByRole('link', { name: /^Carry on with “Half done”/ });
	const results = page.getByRole('link', { name: /^See results for “Finished one”/ });
	await expect(carryOn).toBeInViewport({ ratio: 1 });
	await expect(results).toBeInViewport({ ratio: 1 });
	// The reflection to carry on with is the page's main button; starting another is the secondary one.
	await expect(carryOn).not.toHaveClass(/secondary/);
	await expect(page.getByRole('link', { name: 'Start a new reflection' })).toHaveClass(/secondary/);
	await expect(meaning).toBeHidden();
	await fold.click();
	await expect(meaning).toBeVisible();
	await expectAccessible(page);
	// Opened, it stays open while the person deletes a reflection.
	await page.getByRole('button', { name: /^Delete “Finished one”/ }).click();
	await page.getByRole('button', { name: 'Yes, delete it' }).click();
	await expect(page.getByText(/^“Finished one”, started .+, has been deleted/)).toBeFocused();
	await expect(meaning).toBeVisible();
});

test('coming back after finishing a reflection, seeing its results is the page’s main button, and a new one can still be started', async ({ page }) => {
	await startReflection(page, 'Done and dusted');
	await answerStep(page, 3);
	await skipToResults(page);
	await expect(page.getByRole('img', { name: /perceived and actual power/i })).toBeVisible();
	await page.goto('/');
	const results = page.getByRole('link', { name: /^See results for “Done and dusted”/ });
	const fresh = page.getByRole('link', { name: 'Start a new reflection' });
	await expect(results).toBeInViewport({ ratio: 1 });
	await expect(fresh).toBeInViewport({ ratio: 1 });
	// One filled button on the page: the way back to what the person made, not a new reflection beside it.
	await expect(page.locator('main a.button:not(.secondary):not(.link)')).toHaveCount(1);
	await expect(results).not.toHaveClass(/secondary/);
	await expect(fresh).toHaveClass(/secondary/);
	await fresh.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start your reflection');
});

test('a finished reflection’s “Change my answers” on the home page leads to each source and its private name, and Back from its first question comes back there', async ({
	page
}) => {
	await startReflection(page, 'Board');
	await answerStep(page, 3);
	await skipToResults(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your power map: Board');
	await page.goto('/');
	await page.getByRole('link', { name: /^Change my answers for “Board”/ }).click();
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText('Change your answers');
	await expect(heading).toBeFocused();
	await expect(page).toHaveTitle('Change your answers – Reflect – Rebalance');
	// Not a start again: nothing about beginning, and no "Carry on" into a reflection that is finished.
	await expect(page.getByText(/When you begin/)).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Carry on' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: /: change my answers$/ })).toHaveText(STANDARD_NAMES);
	await expectAccessible(page);

	// The private name is changed here, saved as it is typed, so going on by a link keeps it.
	const name = page.getByLabel('What this reflection is called');
	await expect(name).toHaveValue('Board');
	await name.fill('Board meeting ');
	await expect(name).toHaveValue('Board meeting ');
	await page.getByRole('link', { name: 'Money: change my answers', exact: true }).click();
	await expect(heading).toHaveText(/^Source 3 of 6/);
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(heading).toHaveText(/^Source 2 of 6/);
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(heading).toHaveText(/^Source 1 of 6/);
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(heading).toHaveText('Change your answers');
	await expect(heading).toBeFocused();
	await expect(name).toHaveValue('Board meeting');
	await page.getByRole('link', { name: 'Back to my results' }).click();
	await expect(heading).toHaveText('Your power map: Board meeting');
});

test('leaving a reflection part-way, the home page says its answers are kept, and says it once focus arrives there', async ({ page }) => {
	await startReflection(page, 'Tuesday forum');
	await answerStep(page, 3);
	await page.getByRole('link', { name: 'Save and leave' }).click();
	const saved = page.getByText('Your answers to “Tuesday forum” are saved on this device. Carry on whenever you like, from the list below.');
	await expect(saved).toBeFocused();
	await expect(page.getByText('are saved on this device')).toHaveCount(1);
	await expectAccessible(page);

	// Not on arriving from anywhere else, nor on a reload.
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Tuesday forum', level: 3 })).toBeVisible();
	await expect(page.getByText('are saved on this device')).toHaveCount(0);
	await page.getByRole('link', { name: /Your data/ }).click();
	await page.getByRole('link', { name: 'Rebalance' }).click();
	await expect(page.getByRole('heading', { name: 'Tuesday forum', level: 3 })).toBeVisible();
	await expect(page.getByText('are saved on this device')).toHaveCount(0);

	// A finished reflection changed, then left by the Rebalance link: its changes are kept, with nothing to carry on.
	await page.getByRole('link', { name: /^Carry on with “Tuesday forum”/ }).click();
	await answerAllToResults(page, 2);
	await page.getByText('Change my answers').click();
	await page.getByRole('link', { name: 'Money: change my answers', exact: true }).click();
	await page.getByRole('link', { name: 'Rebalance' }).click();
	await expect(page.getByText('Your changes to “Tuesday forum” are saved on this device.', { exact: true })).toBeFocused();
});

test('a reflection can be deleted, and everything can be deleted after confirming', async ({ page }) => {
	await startReflection(page, 'First');
	await startReflection(page, 'Second');
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'First', level: 3 })).toBeVisible();

	await page.getByRole('button', { name: /^Delete “First”, started / }).click();
	await page.getByRole('button', { name: 'Yes, delete it' }).click();
	const note = page.getByText(/^“First”, started .+, has been deleted from this device\.$/);
	await expect(note).toBeFocused();
	// Focus reads the note out; in a live region too, it would be read twice.
	expect(await note.evaluate((element) => element.closest('[role="status"], [role="alert"], [aria-live]'))).toBeNull();
	await expect(page.getByRole('heading', { name: 'First', level: 3 })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Second', level: 3 })).toBeVisible();

	await page.getByRole('button', { name: 'Delete everything on this device' }).click();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('heading', { name: 'Second', level: 3 })).toBeVisible();
	await page.getByRole('button', { name: 'Delete everything on this device' }).click();
	await page.getByRole('button', { name: 'Yes, delete everything' }).click();
	await expect(page.getByText('Everything Rebalance kept on this device has been deleted.')).toBeFocused();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Second', level: 3 })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Start a reflection' })).toBeVisible();
});

test('a link to a reflection that is not here says so kindly', async ({ page }) => {
	await page.goto('/reflect?id=not-a-real-one&step=monetary');
	await expect(page.getByRole('heading', { name: /could not find that reflection/ })).toBeVisible();
	await expect(page).toHaveTitle('Reflection not found – Rebalance');
	await page.goto('/results?id=nope');
	await expect(page.getByRole('heading', { name: /could not find that reflection/ })).toBeVisible();
	await expect(page).toHaveTitle('Reflection not found – Rebalance');

	// Reached by a link within the app (one to a reflection deleted in another tab), the page's arrival is announced
	// before the reflection is looked for, so its heading takes focus to be heard.
	for (const address of ['/reflect?id=gone-elsewhere', '/results?id=gone-elsewhere']) {
		await page.goto('/');
		await page.locator('main').evaluate((main, href) => {
			const link = main.appendChild(document.createElement('a'));
			link.href = href;
			link.textContent = 'Old link';
		}, address);
		await page.getByRole('link', { name: 'Old link' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that reflection');
		await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	}
});

test('results with nothing to draw tell “not answered yet” from “skipped or Prefer not to say”, and offer nothing to keep or edit', async ({ page }) => {
	// A browser that has not promised to keep what is saved: with something to keep, the results would say how.
	await page.addInitScript(() => Object.defineProperty(navigator.storage, 'persisted', { value: async () => false }));
	const notYet = page.getByText('You have not answered any questions yet, so there is nothing to draw.');
	const skipped = page.getByText(
		'There is nothing to draw, because every question was skipped or answered “Prefer not to say”. That is fine. You can change your answers at any time.'
	);
	await startReflection(page, 'Nothing to draw');
	const results = page.url().replace('/reflect?', '/results?').replace(/&step=[^&]+/, '');
	await page.goto(results);
	await expect(notYet).toBeVisible();
	await expect(skipped).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Back to home' })).toBeVisible();
	for (const pointless of [page.getByRole('heading', { name: 'Keep a copy' }), page.getByRole('link', { name: /download your data|Edit what I wrote|Write your thoughts/ })]) {
		await expect(pointless).toHaveCount(0);
	}
	await page.getByRole('link', { name: 'Answer the questions' }).click();
	await expect(page.locator('main').getByText('Source 1 of 6')).toBeVisible();

	// Every question skipped: nothing is stored, but the person went through them all.
	for (let step = 0; step < 6; step++) await pressNext(page);
	await page.getByRole('button', { name: 'See my results' }).click();
	await expect(skipped).toBeVisible();
	await expect(notYet).toHaveCount(0);
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Change my answers' }).click();
	await expect(page.locator('main').getByText('Source 1 of 6')).toBeVisible();

	// "Prefer not to say" is stored as a blank answer: with nothing else given, there is still nothing to draw.
	const blanks = await page.getByRole('radio', { name: 'Prefer not to say' }).all();
	for (const radio of blanks) await radio.check();
	await waitForStoredAnswer(page, blanks.at(-1)!);
	await page.goto(results);
	await expect(skipped).toBeVisible();
	await expect(page.getByRole('img', { name: /perceived and actual power/i })).toHaveCount(0);
});

test('a link to a step that is not part of the reflection opens its start, says so, and keeps the answers', async ({ page }) => {
	await startReflection(page, 'Odd link');
	const rating = page.locator('fieldset.question.rating').first().getByRole('radio', { name: /^4\b/ });
	await rating.check();
	await waitForStoredAnswer(page, rating);
	const message = 'That step is not part of this reflection, so you are at the start.';

	await page.goto(page.url().replace(/step=[^&]+/, 'step=nonsense'));
	await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Carry on your reflection');
	await expect(page).toHaveTitle('Carry on your reflection – Reflect – Rebalance');
	await expect(page.getByLabel(/which group or session/i)).toHaveValue('Odd link');

	await page.getByRole('button', { name: 'Carry on' }).click();
	await expect(page.locator('main').getByText('Source 1 of 6')).toBeVisible();
	await expect(rating).toBeChecked();
	await expect(page.getByText(message)).toHaveCount(0);
});

test('the browser’s Back from the first question returns to this reflection’s start, not a new one', async ({ page }) => {
	await startReflection(page, 'Back button');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await answerStep(page, 2);
	await page.goBack();
	await expect(page).toHaveURL(/\/reflect\?id=.+&step=start/);
	await expect(page.getByLabel(/which group or session/i)).toHaveValue('Back button');
	await page.getByRole('button', { name: 'Carry on' }).click();
	await expect(page.locator('main').getByText('Source 1 of 6')).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Back button', level: 3 })).toBeVisible();
	await expect(page.locator('ul.reflections > li')).toHaveCount(1);
	// Arriving from another page, a screen reader starts at the step's heading, as on Next.
	await page.getByRole('link', { name: /^Carry on with “Back button”/ }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('the browser’s Back and Forward between steps show the step from its top, where its heading has focus', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await startReflection(page, 'Back and forth');
	await answerStep(page, 3);
	await pressNext(page);
	await expect(page.locator('main').getByText('Source 2 of 6')).toBeVisible();
	// Each step is left scrolled to its end, as after answering its last question.
	const scrollToEnd = () => page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
	await scrollToEnd();
	await pressNext(page);
	await expect(page.locator('main').getByText('Source 3 of 6')).toBeVisible();
	await scrollToEnd();
	const heading = page.getByRole('heading', { level: 1 });
	for (const [move, shown] of [['back', 'Source 2 of 6'], ['forward', 'Source 3 of 6']] as const) {
		await (move === 'back' ? page.goBack() : page.goForward());
		await expect(page.locator('main').getByText(shown)).toBeVisible();
		await expect(heading, move).toBeFocused();
		await expect(heading, move).toBeInViewport({ ratio: 1 });
	}
});

test('results print as the chart, scores, gaps and notes, without the buttons or the share panel', async ({ page }) => {
	await startReflection(page, 'On paper');
	await answerStep(page, 5);
	await page.goto(page.url().replace(/step=[^&]+/, 'step=reflect'));
	await page.getByRole('textbox').first().fill('Mostly from my role.');
	await page.getByRole('button', { name: 'See my results' }).click();
	await page.evaluate(() => {
		window.print = () => document.body.setAttribute('data-printed', 'yes');
	});
	await page.getByRole('button', { name: 'Print or save as PDF' }).click();
	await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

	// An A4 page's width: the chart keeps its full size with its buttons gone.
	await page.setViewportSize({ width: 794, height: 1123 });
	await page.emulateMedia({ media: 'print' });
	const chart = page.getByRole('img', { name: /perceived and actual power/i });
	expect((await chart.boundingBox())!.width).toBeGreaterThan(500);
	for (const shown of [
		page.getByRole('heading', { level: 1, name: 'On paper' }),
		chart,
		page.getByRole('table'),
		page.getByRole('heading', { name: 'Where feeling and facts differ' }),
		page.getByText('Mostly from my role.')
	]) {
		await expect(shown).toBeVisible();
	}
	for (const hidden of [
		page.getByRole('button', { name: 'Next source' }),
		page.getByRole('heading', { name: /Your share code: add your scores to the group picture/ }),
		page.getByRole('button', { name: 'Print or save as PDF' }),
		page.getByRole('link', { name: 'Back to home' }),
		page.getByRole('link', { name: /Your data/ }),
		page.getByRole('link', { name: 'Rebalance' })
	]) {
		await expect(hidden).toBeHidden();
	}
});
