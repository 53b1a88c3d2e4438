import { answerStep, expect, expectAccessible, PHONE, pressNext, test } from './fixtures';

test.use({ viewport: PHONE });

test('a facilitator makes a session link, finds it again, duplicates it and deletes it', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/facilitate');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prepare a session');

	await page.getByLabel('Session title').fill('Carers forum planning');
	await page.getByLabel(/Welcome or purpose note/).fill('Welcome, everyone.\nPlease reflect before Thursday.');
	await page.getByLabel(/Date of the session/).fill('2025-06-12');
	await page.getByRole('button', { name: 'Add Lived experience' }).click();
	await expect(page.locator('#field-custom-0-name')).toHaveValue('Lived experience');
	const preview = page.getByRole('region', { name: 'Preview' });
	await expect(preview.getByRole('heading', { name: 'Carers forum planning' })).toBeVisible();
	await expect(preview.getByText('Thursday 12 June 2025')).toBeVisible();
	await expect(preview.getByText(/how much power do you feel you get from “Lived experience”/)).toBeVisible();

	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByRole('heading', { name: 'Your link is ready' })).toBeFocused();
	// Scrolled to with room above for its focus ring (3 px, 2 px away, in a 5 px halo).
	expect((await page.getByRole('heading', { name: 'Your link is ready' }).boundingBox())!.y).toBeGreaterThanOrEqual(8);
	// Saved, the form is now changing that session, and a new one can be started beside it.
	await expect(page.getByRole('heading', { name: 'Change “Carers forum planning”' })).toBeVisible();
	await expect(page).toHaveTitle('“Carers forum planning” – Prepare a session – Rebalance');
	await expect(page.getByRole('button', { name: 'Start an empty session instead' })).toBeVisible();
	const field = page.getByLabel('Link for your group');
	const link = await field.inputValue();
	expect(link.startsWith(`${baseURL}/join#1`)).toBe(true);
	// A link with one extra source is longer than a text message holds (160 characters), and the page says so.
	expect(link.length).toBeGreaterThan(160);
	await expect(field).toHaveAccessibleDescription(/^It is longer than one text message\./);
	await expect(page.getByRole('img', { name: 'QR code for the session link' }).first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'Open the group screen' })).toHaveAttribute('href', /^\/group\?session=./);

	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

	const [participant] = await Promise.all([
		context.waitForEvent('page'),
		page.getByRole('link', { name: /Open the link yourself/ }).click()
	]);
	await expect(participant.getByRole('heading', { level: 1 })).toHaveText(/Carers forum planning$/);
	await participant.close();

	// The address names the open session, so a reload comes back to it with its link.
	await expect(page).toHaveURL(/\/facilitate\?session=./);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Change “Carers forum planning”' })).toBeVisible();
	await expect(page).toHaveTitle('“Carers forum planning” – Prepare a session – Rebalance');
	await expect(field).toHaveValue(link);
	const saved = page.getByRole('region', { name: 'Your saved sessions' });
	await expect(saved.getByRole('heading', { name: 'Carers forum planning' })).toBeVisible();
	await expect(saved.getByText(/7 sources/)).toBeVisible();

	await saved.getByRole('button', { name: 'Open Carers forum planning' }).click();
	await expect(page.getByRole('heading', { name: 'Change “Carers forum planning”' })).toBeFocused();
	await expect(page.getByLabel('Session title')).toHaveValue('Carers forum planning');
	await expect(page.locator('#field-custom-0-name')).toHaveValue('Lived experience');
	// The same settings give the same link, so the one already sent is shown again, first, above the form.
	await expect(field).toHaveValue(link);
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeInViewport();
	await page.getByLabel('Session title').fill('Carers forum planning, take two');
	await expect(page.getByText('Anyone who already has the old link keeps the old version')).toBeVisible();

	// Unsaved changes are not thrown away without asking.
	// The question must really be asked: without it the title would stay the same too, if nothing happened.
	const duplicateButton = saved.getByRole('button', { name: 'Duplicate Carers forum planning' });
	const unsavedQuestion = /changes that are not saved\. Throw them away\?/;
	let asked = page.waitForEvent('dialog');
	let clicked = duplicateButton.click();
	let question = await asked;
	expect(question.type()).toBe('confirm');
	expect(question.message()).toMatch(unsavedQuestion);
	await question.dismiss();
	await clicked;
	await expect(page.getByLabel('Session title')).toHaveValue('Carers forum planning, take two');
	asked = page.waitForEvent('dialog');
	clicked = duplicateButton.click();
	question = await asked;
	expect(question.type()).toBe('confirm');
	expect(question.message()).toMatch(unsavedQuestion);
	await question.accept();
	await clicked;
	await expect(page.getByLabel('Session title')).toHaveValue('Carers forum planning (copy)');
	await expect(page.getByText('Your link is ready')).toHaveCount(0);
	// Taking "(copy)" off would make its codes count with the original's; the form says so.
	const sharing = page.getByText('Another saved session, “Carers forum planning”, has this title and the same sources');
	await page.getByLabel('Session title').fill('Carers forum planning');
	await expect(sharing).toBeVisible();
	await page.getByLabel('Session title').fill('Carers forum planning (copy)');
	await expect(sharing).toHaveCount(0);
	await expect(page).toHaveURL(/\/facilitate$/);
	const copyNote = page.getByText('This is a copy of “Carers forum planning”.');
	await expect(copyNote).toBeVisible();
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByRole('heading', { name: 'Your link is ready' })).toBeVisible();
	expect(await field.inputValue()).not.toBe(link);
	await expect(page.getByRole('heading', { name: 'Change “Carers forum planning (copy)”' })).toBeVisible();
	await expect(copyNote).toHaveCount(0);
	await expect(saved.getByRole('listitem')).toHaveCount(2);

	const original = saved.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Carers forum planning', exact: true }) });
	await original.getByRole('button', { name: /^Delete/ }).click();
	await original.getByRole('button', { name: 'Yes, delete it' }).click();
	await expect(page.getByText('“Carers forum planning” has been deleted from this device.', { exact: false })).toBeFocused();
	await expect(saved.getByRole('listitem')).toHaveCount(1);
	await page.reload();
	await expect(saved.getByRole('heading', { name: 'Carers forum planning (copy)' })).toBeVisible();
	await expect(saved.getByRole('listitem')).toHaveCount(1);
});

test('Back from a saved session’s group screen comes back to where the facilitator was in the list', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/facilitate');
	for (const title of ['Carers forum', 'Youth panel', 'Board away day']) {
		await page.getByLabel('Session title').fill(title);
		await page.getByRole('button', { name: 'Create link' }).click();
		await expect(page.getByRole('heading', { name: 'Your link is ready' })).toBeVisible();
		await page.getByRole('button', { name: 'Start an empty session instead' }).click();
	}
	await page.reload();
	const groupLink = page.getByRole('region', { name: 'Your saved sessions' }).getByRole('link', { name: 'Group screen for Carers forum' });
	await groupLink.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group screen: Carers forum');
	await page.goBack();
	await expect(groupLink).toBeInViewport();
	await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();
});

test('a facilitator who misses something is told what and where', async ({ page }) => {
	await page.goto('/facilitate');
	for (const name of ['Education', 'Organisation', 'Money', 'Class and background']) {
		await page.getByRole('checkbox', { name }).uncheck();
	}
	await page.getByRole('button', { name: 'Create link' }).click();
	// Focused, so it is read out; not an alert as well, which would have it read twice.
	const summary = page.getByRole('heading', { name: 'There is a problem' }).locator('..');
	await expect(summary).toBeFocused();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(summary.getByRole('link')).toHaveText(['The session needs a title.', /chart needs at least 3/]);
	await summary.getByRole('link', { name: 'The session needs a title.' }).click();
	await expect(page.getByLabel('Session title')).toBeFocused();
	await page.getByRole('button', { name: 'Add Networks' }).click();
	await page.getByLabel('Session title').fill('Youth panel');
	// A source added and forgotten is pointed out, not left out of the link without a word.
	await page.getByRole('button', { name: 'Add a source of your own' }).click();
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link')).toHaveText(['Your source 2: Type a name for this source, or remove it if you do not need it.']);
	await summary.getByRole('link').click();
	await expect(page.locator('#field-custom-1-name')).toBeFocused();
	await page.getByRole('button', { name: 'Remove your source 2' }).click();
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByRole('heading', { name: 'Your link is ready' })).toBeVisible();
	await expect(summary).toHaveCount(0);
});

test('the note that a saved session has changed does not move the field being typed in, even without scroll anchoring', async ({ page }) => {
	await page.goto('/facilitate');
	const title = page.getByLabel('Session title');
	await title.fill('Tenants panel');
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByRole('heading', { name: 'Your link is ready' })).toBeVisible();
	// As in Safari, which keeps the scroll position, not what is on the screen, when content above grows.
	await page.addStyleTag({ content: '* { overflow-anchor: none !important; }' });
	await title.focus();
	await title.evaluate((field) => field.scrollIntoView({ block: 'center' }));
	const before = await title.evaluate((field) => field.getBoundingClientRect().top);
	await page.keyboard.type(' 2');
	await expect(page.getByRole('heading', { name: 'Your link, without your latest changes' })).toBeVisible();
	expect(Math.abs((await title.evaluate((field) => field.getBoundingClientRect().top)) - before)).toBeLessThanOrEqual(1);
});

test('the address follows the open session without SvelteKit’s announcer reading out the page title again', async ({ page }) => {
	await page.goto('/');
	await page.goto('/facilitate');
	await expect(page.getByLabel('Session title')).toBeVisible();
	// What the announcer says to a screen reader from now on: it would talk over the heading that gets focus.
	await page.evaluate(() => {
		const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
		const announcer = document.getElementById('svelte-announcer')!;
		new MutationObserver(() => heard.push(announcer.textContent?.trim() ?? '')).observe(announcer, { subtree: true, childList: true, characterData: true });
	});
	const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard.filter(Boolean));

	await page.getByLabel('Session title').fill('Tenants panel');
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page).toHaveURL(/\/facilitate\?session=./);
	await page.getByRole('button', { name: 'Start an empty session instead' }).click();
	await expect(page.getByRole('heading', { name: 'New session' })).toBeFocused();
	await expect(page).toHaveURL(/\/facilitate$/);
	await expect(page).toHaveTitle('Prepare a session – Rebalance');
	await page.getByRole('button', { name: 'Open Tenants panel' }).click();
	await expect(page.getByRole('heading', { name: 'Change “Tenants panel”' })).toBeFocused();
	await expect(page).toHaveURL(/\/facilitate\?session=./);
	expect(await heard()).toEqual([]);
	// Back and Forward still work, and coming back opens the session named in the address.
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where does your power come from?');
	await page.goForward();
	await expect(page.getByRole('heading', { name: 'Change “Tenants panel”' })).toBeVisible();
});

test('the headings follow what is on the screen, for a new session and for a saved one', async ({ page }) => {
	// Each heading as a screen reader's list of headings gives it: its level, then its words.
	const outline = () =>
		page.getByRole('heading').evaluateAll((headings) => headings.map((heading) => `${heading.tagName.slice(1)} ${heading.textContent?.trim()}`));
	await page.goto('/facilitate');
	await expect(page.getByLabel('Session title')).toBeVisible();
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByText('There is a problem')).toBeVisible();
	expect(await outline()).toEqual([
		'1 Prepare a session',
		'2 New session',
		'3 Session details',
		'4 There is a problem',
		'3 Preview',
		'4 Your session title (no title yet)',
		'5 What you will do'
	]);

	await page.getByLabel('Session title').fill('Tenants panel');
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByRole('heading', { name: 'Your link is ready' })).toBeFocused();
	await page.reload();
	await expect(page.getByLabel('Session title')).toHaveValue('Tenants panel');
	// The form is named by its heading, so it can be found among the page's landmarks too.
	await expect(page.getByRole('form', { name: 'Session details' })).toBeVisible();
	expect(await outline()).toEqual([
		'1 Prepare a session',
		'2 Your saved sessions',
		'3 Tenants panel',
		'2 Change “Tenants panel”',
		'3 Your link is ready',
		'3 Session details',
		'3 Preview',
		'4 Tenants panel',
		'5 What you will do'
	]);
});

test('a link to a session that is not on this device says so', async ({ page }) => {
	await page.goto('/facilitate?session=not-here');
	await expect(page.getByRole('alert')).toContainText('We could not find that session on this device');
	await expect(page.getByLabel('Session title')).toBeVisible();
});

test('the printed handout holds only the session, its link, its QR code and the privacy promise', async ({ page }) => {
	await page.goto('/facilitate');
	await page.getByLabel('Session title').fill('Print test');
	await page.getByRole('button', { name: 'Create link' }).click();
	const link = await page.getByLabel('Link for your group').inputValue();
	await page.emulateMedia({ media: 'print' });
	const visible = await page.evaluate(() => document.body.innerText);
	expect(visible).toContain('Print test');
	expect(visible).toContain(link);
	expect(visible).toContain('Cannot scan it? Ask whoever gave you this sheet to send you the link');
	expect(visible).toContain('Your answers stay on your own device.');
	expect(visible).not.toContain('Prepare a session');
	expect(visible).not.toContain('Copy link');
	await expect(page.locator('.site-header')).toBeHidden();
	const codes = page.getByRole('img', { name: 'QR code for the session link' });
	await expect(codes).toHaveCount(1);
	await expect(page.locator('.session-handout').getByRole('img')).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('everything fits a 320px screen, with the link panel open', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/facilitate');
	await page.getByLabel('Session title').fill('A rather long session title that has to wrap on a small phone');
	for (const name of ['Add Lived experience', 'Add Language', 'Add Networks', 'Add Digital access']) {
		await page.getByRole('button', { name }).click();
	}
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByRole('heading', { name: 'Your link is ready' })).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('the form and its preview are centred on the page’s column at every width, within it on a narrow screen, and nothing scrolls sideways', async ({ page }) => {
	await page.goto('/facilitate');
	await page.getByLabel('Session title').fill('Carers forum planning');
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByRole('heading', { name: 'Your link is ready' })).toBeVisible();
	const preview = page.getByRole('region', { name: 'Preview' });
	for (const width of [320, 360, 768, 1024, 1280, 1440, 1920]) {
		await page.setViewportSize({ width, height: 900 });
		// The column is where the page's heading and the footer's words sit.
		const column = await page.getByRole('heading', { level: 1 }).evaluate((heading) => {
			const box = heading.getBoundingClientRect();
			return { left: box.left, right: box.right };
		});
		const box = (await page.locator('.workspace').boundingBox())!;
		// Wider than the column only where the form and preview sit side by side, so the form has room.
		const within = width < 1024;
		expect(box.x, `${width}px`).toBeGreaterThanOrEqual(within ? column.left - 0.5 : 16);
		expect(box.x + box.width, `${width}px`).toBeLessThanOrEqual(within ? column.right + 0.5 : width - 16);
		expect(Math.abs(box.x - column.left - (column.right - box.x - box.width)), `${width}px`).toBeLessThanOrEqual(1);
		const shown = (await preview.boundingBox())!;
		expect(shown.x + shown.width, `${width}px`).toBeLessThanOrEqual(box.x + box.width + 0.5);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${width}px`).toBeLessThanOrEqual(0);
	}
	// Beside the form where there is room for both, so it changes in view as the form is filled in.
	const form = (await page.getByRole('textbox', { name: 'Session title' }).boundingBox())!;
	expect((await preview.boundingBox())!.x).toBeGreaterThan(form.x + form.width);
});

for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
	test(`axe finds no WCAG 2.2 AA violations on /facilitate at ${viewport.width}px`, async ({ page }) => {
		// Four full axe runs: give them room on a busy machine.
		test.slow();
		await page.setViewportSize(viewport);
		await page.goto('/facilitate');
		await expect(page.getByLabel('Session title')).toBeVisible();
		await expectAccessible(page);

		await page.getByRole('button', { name: 'Add a source of your own' }).click();
		await page.locator('#field-custom-0-description').fill('Only a description');
		await page.getByLabel(/How many people need to share/).fill('1');
		await page.getByRole('button', { name: 'Create link' }).click();
		await expect(page.getByText('There is a problem')).toBeVisible();
		await expectAccessible(page);

		await page.getByLabel('Session title').fill('Axe session');
		await page.locator('#field-custom-0-name').fill('Faith');
		await page.getByLabel(/How many people need to share/).fill('3');
		await page.getByRole('button', { name: 'Create link' }).click();
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('heading', { name: 'Your link is ready' })).toBeVisible();
		await expectAccessible(page);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);

		await page.reload();
		await expect(page.getByRole('heading', { name: 'Your saved sessions' })).toBeVisible();
		await expectAccessible(page);
	});
}

test('a participant in another browser opens the facilitator’s link, reflects, and sees the custom axis', async ({ page, browser, baseURL }) => {
	await page.goto('/facilitate');
	await page.getByLabel('Session title').fill('Tenants panel');
	for (const name of ['Education', 'Money', 'Class and background']) await page.getByRole('checkbox', { name }).uncheck();
	await page.getByRole('button', { name: 'Add Networks' }).click();
	await page.getByRole('button', { name: 'Create link' }).click();
	const link = await page.getByLabel('Link for your group').inputValue();

	const participantContext = await browser.newContext({ baseURL, viewport: PHONE });
	const participant = await participantContext.newPage();
	await participant.goto(link);
	await expect(participant.getByRole('heading', { level: 1 })).toHaveText(/Tenants panel$/);
	await participant.getByRole('button', { name: 'Start my reflection' }).click();
	for (let number = 1; number <= 4; number++) {
		await expect(participant.locator('main').getByText(`Source ${number} of 4`)).toBeVisible();
		await answerStep(participant, 3);
		await pressNext(participant);
	}
	await participant.getByRole('button', { name: 'See my results' }).click();
	const labels = participant.getByRole('img', { name: /perceived and actual power/i }).locator('text.label');
	await expect(labels).toHaveCount(4);
	await expect(labels.last()).toHaveText('Networks');
	await expect(participant.getByRole('table').first().getByRole('rowheader')).toHaveText(['Organisation', 'Role', 'Authority', 'Networks']);
	await participantContext.close();

	// The facilitator's device holds no answers: nothing the participant did reached it.
	await page.goto('/');
	await expect(page.getByRole('heading', { name: /Your reflections/ })).toHaveCount(0);
});

test('every stop in the date field has the focus ring, also Chromium’s calendar button inside it', async ({ page }) => {
	await page.goto('/facilitate');
	const date = page.getByLabel(/Date of the session/);
	await date.focus();
	// Day, month, year, then the calendar button, which the field's :focus and :focus-visible do not match.
	for (let stop = 1; stop <= 4; stop++) {
		expect(await page.evaluate(() => document.activeElement?.id), `stop ${stop} is in the date field`).toBe('field-date');
		expect(await date.evaluate((field) => getComputedStyle(field).outlineStyle), `the ring at stop ${stop}`).toBe('solid');
		await page.keyboard.press('Tab');
	}
});

for (const width of [1280, 1000]) {
	test(`at ${width} px, the form has room to type in, beside its preview where both fit, and nothing scrolls sideways`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/facilitate');
		const title = page.getByLabel('Session title');
		await expect(title).toBeVisible();
		const preview = page.getByRole('heading', { name: 'Preview' });
		const [field, shown, lead] = [(await title.boundingBox())!, (await preview.boundingBox())!, (await page.locator('.lead').boundingBox())!];
		if (width === 1280) {
			// Within the page's column the form had about 370 px beside the preview.
			expect(field.width).toBeGreaterThanOrEqual(480);
			expect(shown.x).toBeGreaterThan(field.x + field.width);
		} else {
			// One column, the form then its preview, lined up with the words above.
			expect(shown.y).toBeGreaterThan(field.y);
			expect(Math.abs(field.x - lead.x)).toBeLessThanOrEqual(1);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
	});
}

test('a source of your own removed by mistake is put back with Undo, as typed and where it was, leaving no unsaved changes', async ({ page }) => {
	await page.goto('/facilitate');
	await page.getByLabel('Session title').fill('Carers forum planning');
	await page.getByRole('button', { name: 'Add Lived experience' }).click();
	const description = page.locator('#field-custom-0-description');
	await description.fill('What we know from caring for someone at home.');
	await page.getByRole('button', { name: 'Add Networks' }).click();
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByRole('heading', { name: 'Your link is ready' })).toBeVisible();

	await page.getByRole('button', { name: 'Remove your source 1, Lived experience' }).click();
	await expect(page.locator('#field-custom-0-name')).toHaveValue('Networks');
	await expect(page.getByRole('status').filter({ hasText: 'Removed “Lived experience”.' })).toBeVisible();
	const undo = page.getByRole('button', { name: 'Undo' });
	await expect(undo).toBeFocused();
	await expect(page.getByRole('heading', { name: 'Your link, without your latest changes' })).toBeVisible();
	await expectAccessible(page);

	await page.keyboard.press('Enter');
	await expect(page.locator('#field-custom-0-name')).toHaveValue('Lived experience');
	await expect(page.locator('#field-custom-0-name')).toBeFocused();
	await expect(description).toHaveValue('What we know from caring for someone at home.');
	await expect(page.locator('#field-custom-1-name')).toHaveValue('Networks');
	await expect(undo).toHaveCount(0);
	// Back as saved: the link is up to date, and starting afresh asks nothing, as there is nothing to lose.
	await expect(page.getByRole('heading', { name: 'Your link is ready' })).toBeVisible();
	const asked: string[] = [];
	page.on('dialog', (dialog) => {
		asked.push(dialog.message());
		void dialog.dismiss();
	});
	await page.getByRole('button', { name: 'Start an empty session instead' }).click();
	await expect(page.getByLabel('Session title')).toHaveValue('');
	expect(asked).toEqual([]);
});
