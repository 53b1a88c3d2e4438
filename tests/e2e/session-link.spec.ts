import type { Locator, Page } from '@playwright/test';
import { decodeSession, encodeSession } from '../../src/lib/share/session-link';
import type { SessionSettings } from '../../src/lib/share/session-settings';
import { STANDARD_SOURCE_IDS } from '../../src/lib/questionnaire/types';
import { handFrame } from './hand-frame';
import { answerAllToResults, answerStep, expect, expectAccessible, expectWordsFit, PHONE, pressNext, skipToResults, startReflection, test, waitForStoredAnswer, watchAnnouncements } from './fixtures';

test.use({ viewport: PHONE });

const SESSION: SessionSettings = {
	title: 'Carers forum planning',
	welcome: 'Thank you for coming on Thursday.\nPlease take ten minutes before we meet.',
	date: '2026-12-03',
	sources: ['educational', 'monetary', 'position'],
	custom: [{ name: 'Lived experience', description: 'What you know from living through something yourself.' }],
	threshold: 3
};

test('a participant opens a session link, reflects on its sources and sees the custom axis', async ({ page }) => {
	const announced = await watchAnnouncements(page);
	await page.goto(`/join#${await encodeSession(SESSION)}`);
	// Someone who jumps to the heading hears what the page is, not only the session's title, with no space before the colon.
	await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('A reflection before your session: Carers forum planning');
	await expect(page.getByText('Thank you for coming on Thursday.')).toBeVisible();
	await expect(page.getByText(/3 December 2026/)).toBeVisible();
	await expect(page.getByText('The 4 sources of power you will look at')).toBeVisible();
	// The way on is on a phone's first screen, whole, with no scrolling past the privacy promise to find it.
	expect(page.viewportSize()).toEqual({ width: 360, height: 740 });
	await expect(page.getByRole('button', { name: 'Start my reflection' })).toBeInViewport({ ratio: 1 });
	await expect(page.getByText('Your answers stay on this device.')).toBeAttached();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Start my reflection' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

	for (const [index, name] of ['Education', 'Money', 'Role', 'Lived experience'].entries()) {
		// Heard, and shown in braille, as written: no space before the colon.
		await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(`Source ${index + 1} of 4: ${name}`);
		await answerStep(page, 4);
		await pressNext(page);
	}
	// A screen reader hears each step's title, counted as in its heading, never as the standard six.
	// The first is read before the reflection is, so it names only the page (never "Loading", out of
	// date as soon as it is heard); the heading that takes focus says the rest.
	expect(await announced()).toEqual([
		'Reflect – Rebalance',
		...['Money', 'Role', 'Lived experience'].map((name, i) => `Source ${i + 2} of 4: ${name} – Reflect – Rebalance`),
		'Before you see your chart – Reflect – Rebalance'
	]);
	await page.getByRole('button', { name: 'See my results' }).click();
	await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(['Education', 'Money', 'Role', 'Lived experience']);
	const chart = page.getByRole('img', { name: /perceived and actual power/i });
	const axisLabels = chart.locator('text.label');
	await expect(axisLabels).toHaveCount(4);
	await expect(axisLabels.last()).toHaveText(/Lived\s*experience/);
	await expect(axisLabels.filter({ hasText: 'Class' })).toHaveCount(0);

	// Opening the link again, the way back to the results comes first, in view on a phone.
	await page.goto(`/join#${await encodeSession(SESSION)}`);
	await expect(page.getByRole('heading', { name: 'You have done this before' })).toBeVisible();
	// Said as when it is from, not when it started: it is finished.
	await expect(page.getByRole('link', { name: /^See your results \(from \d/ })).toBeInViewport();

	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Session: Carers forum planning' })).toHaveCount(0);
	await page.goto('/reflect');
	await page.getByRole('button', { name: 'Begin' }).click();
	// Leaving before the new reflection is saved would leave nothing to list.
	await expect(page.locator('main').getByText('Source 1 of 6')).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Session: Carers forum planning', level: 3 })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Your own reflections', level: 3 })).toBeVisible();
});

test('Back from a session’s first question returns to the session’s page, which carries on the reflection; once finished, Back leads to changing answers', async ({
	page
}) => {
	const link = `/join#${await encodeSession(SESSION)}`;
	await page.goto(link);
	await page.getByRole('button', { name: 'Start my reflection' }).click();
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText(/^Source 1 of 4/);
	const rating = page.locator('fieldset.question.rating').first().getByRole('radio', { name: /^4\b/ });
	await rating.check();
	await waitForStoredAnswer(page, rating);
	await page.getByRole('button', { name: 'Back' }).click();

	// The page the person came from, not an opening step they never saw.
	await expect(heading).toHaveText(/Carers forum planning$/);
	// The address is the session's link again, so a reload, or a copy of it, is that link.
	await expect(page).toHaveURL(/\/join#./);
	expect(await decodeSession(new URL(page.url()).hash)).toEqual({ ok: true, settings: SESSION });
	await expect(page.getByRole('heading', { name: 'You have started this before' })).toBeVisible();
	await expect(page.getByText(/Which group or session/)).toHaveCount(0);
	const carryOn = page.getByRole('link', { name: /^Carry on with your reflection/ });
	await expect(carryOn).toBeInViewport({ ratio: 1 });
	await expect(page.getByRole('link', { name: /^Carry on with your reflection/ })).toHaveCount(1);
	await carryOn.click();
	await expect(heading).toHaveText(/^Source 1 of 4/);
	await expect(rating).toBeChecked();

	await skipToResults(page);
	await page.getByText('Change my answers').click();
	await page.getByRole('link', { name: 'Education: change my answers', exact: true }).click();
	await expect(heading).toHaveText(/^Source 1 of 4/);
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(heading).toHaveText('Change your answers');
	await expect(page.getByText('For the session “Carers forum planning”')).toBeVisible();
	await expect(page.getByRole('link', { name: /: change my answers$/ })).toHaveText(['Education', 'Money', 'Role', 'Lived experience']);
	await expect(page.getByLabel('What this reflection is called')).toHaveValue('Carers forum planning');
});

test('Back to the session’s page and “Carry on” add no history, however the reflection was opened: the browser’s Back then goes to where the person was before', async ({
	page
}) => {
	const heading = page.getByRole('heading', { level: 1 });
	const back = page.getByRole('button', { name: 'Back' });
	const carryOn = page.getByRole('link', { name: /^Carry on with your reflection/ });
	const roundTrips = async () => {
		for (let round = 0; round < 2; round++) {
			await expect(heading).toHaveText(/^Source 1 of 4/);
			await back.click();
			await expect(heading).toHaveText(/Carers forum planning$/);
			await carryOn.click();
		}
		await expect(heading).toHaveText(/^Source 1 of 4/);
	};
	const home = /\/$/;
	await page.goto('/');
	await page.goto(`/join#${await encodeSession(SESSION)}`);
	await page.getByRole('button', { name: 'Start my reflection' }).click();
	await roundTrips();
	// The step, then the session's page, then where the person was before it: no pile of the same two pages.
	await page.goBack();
	await expect(heading).toHaveText(/Carers forum planning$/);
	await page.goBack();
	await expect(page).toHaveURL(home);

	// Carried on from the home page, the session's page was never behind the step: Back puts it in the step's place.
	await page.getByRole('link', { name: /^Carry on with “Carers forum planning”/ }).click();
	await roundTrips();
	await back.click();
	await expect(heading).toHaveText(/Carers forum planning$/);
	await page.goBack();
	await expect(page).toHaveURL(home);
});

test('the opening step asked for by hand on an unfinished session reflection is its session’s page, in place of that address; the place it was left is kept', async ({
	page
}) => {
	await page.goto(`/join#${await encodeSession(SESSION)}`);
	await page.getByRole('button', { name: 'Start my reflection' }).click();
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText(/^Source 1 of 4/);
	await pressNext(page);
	await expect(heading).toHaveText(/^Source 2 of 4/);
	const secondSource = page.url();

	await page.goto(secondSource.replace(/step=[^&]+/, 'step=start'));
	await expect(heading).toHaveText(/Carers forum planning$/);
	await expect(page).toHaveURL(/\/join#./);
	await expect(page.getByLabel(/which group or session/i)).toHaveCount(0);
	await page.getByRole('link', { name: /^Carry on with your reflection/ }).click();
	await expect(heading).toHaveText(/^Source 2 of 4/);
	// The address asked for was replaced, so the browser's Back never comes back round to it.
	await page.goBack();
	await expect(heading).toHaveText(/Carers forum planning$/);
	await page.goBack();
	expect(page.url()).toBe(secondSource);
	await expect(heading).toHaveText(/^Source 2 of 4/);
});

test('a session reflection an older version saved at its opening step carries on from its session’s page at its first source, with nothing lost', async ({
	page
}) => {
	const rating = await savedAtOpeningStep(page);
	await page.goto(`/join#${await encodeSession(SESSION)}`);
	await page.getByRole('link', { name: /^Carry on with your reflection/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Source 1 of 4/);
	await expect(rating).toBeChecked();
	// Its name is as it was, and its place is its first source again: the home page now carries on there.
	await page.goto('/');
	await expect(page.getByRole('link', { name: /^Carry on with “Carers forum planning”/ })).toHaveAttribute('href', /&step=educational$/);
});

test('from the home page, a session reflection an older version saved at its opening step opens its session’s page in that step’s place', async ({
	page
}) => {
	const rating = await savedAtOpeningStep(page);
	await page.reload();
	await page.getByRole('link', { name: /^Carry on with “Carers forum planning”/ }).click();
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText(/Carers forum planning$/);
	await expect(page).toHaveURL(/\/join#./);
	await expect(page.getByLabel(/which group or session/i)).toHaveCount(0);
	await page.getByRole('link', { name: /^Carry on with your reflection/ }).click();
	await expect(heading).toHaveText(/^Source 1 of 4/);
	await expect(rating).toBeChecked();
	// The opening step's address was replaced: the browser's Back goes through the session's page to the home page.
	await page.goBack();
	await expect(heading).toHaveText(/Carers forum planning$/);
	await page.goBack();
	await expect(page).toHaveURL(/\/$/);
});

/** A session reflection with one answer, whose place is saved as its opening step, as an older version could; ends on the home page. */
async function savedAtOpeningStep(page: Page): Promise<Locator> {
	await page.goto(`/join#${await encodeSession(SESSION)}`);
	await page.getByRole('button', { name: 'Start my reflection' }).click();
	const rating = page.locator('fieldset.question.rating').first().getByRole('radio', { name: /^4\b/ });
	await rating.check();
	await waitForStoredAnswer(page, rating);
	const id = new URL(page.url()).searchParams.get('id')!;
	await page.goto('/');
	await saveStep(page, id, 'start');
	return rating;
}

/** Saves the place a reflection was left at straight into this device's database, as an older version would have. */
async function saveStep(page: Page, id: string, step: string): Promise<void> {
	await page.evaluate(
		([id, step]) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('rebalance');
				open.onsuccess = () => {
					const tx = open.result.transaction('reflections', 'readwrite');
					const store = tx.objectStore('reflections');
					const read = store.get(id!);
					read.onsuccess = () => store.put({ ...read.result, step });
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			}),
		[id, step]
	);
}

test('Back to the session’s page is heard by its title and heading, never “Opening”; deleted elsewhere, Back stays with what the page holds, and the page says kindly that the reflection is gone', async ({
	page,
	context
}) => {
	const announced = await watchAnnouncements(page);
	await page.goto(`/join#${await encodeSession(SESSION)}`);
	await page.getByRole('button', { name: 'Start my reflection' }).click();
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText(/^Source 1 of 4/);
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(heading).toHaveText(/Carers forum planning$/);
	await expect(heading).toBeFocused();
	expect(await announced()).toEqual(['Reflect – Rebalance', 'Your session link – Rebalance']);

	await page.getByRole('link', { name: /^Carry on with your reflection/ }).click();
	await expect(heading).toHaveText(/^Source 1 of 4/);
	const rating = page.locator('fieldset.question.rating').first().getByRole('radio', { name: /^4\b/ });
	await rating.check();
	await waitForStoredAnswer(page, rating);
	const home = await context.newPage();
	await home.goto('/');
	await home.getByRole('button', { name: /^Delete “Carers forum planning”, started / }).click();
	await home.getByRole('button', { name: /^Yes, delete/ }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'This reflection has been deleted' })).toBeVisible();
	// Not to the session's page, which would find nothing: the answers on this page can still be kept.
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page).toHaveURL(/\/reflect/);
	await expect(page.getByRole('button', { name: 'Save them as a new reflection' })).toBeVisible();

	// Opened by hand, or kept in the history: not a broken link, which would ask to check what was copied.
	await home.goto('/join?reflection=gone');
	await expect(home.getByRole('heading', { level: 1 })).toHaveText('We could not find that reflection');
	await expect(home).toHaveTitle('Reflection not found – Rebalance');
	await expect(home.getByText(/copied/)).toHaveCount(0);
	// Found missing after the page's arrival was announced: its heading takes focus, to be heard.
	await expect(home.getByRole('heading', { level: 1 })).toBeFocused();
});

test('“What is Rebalance?” is answered on the session’s page, and the session link stays in the address', async ({ page }) => {
	await page.goto(`/join#${await encodeSession(SESSION)}`);
	const address = page.url();
	await page.getByText('What is Rebalance?').click();
	const answer = page.locator('details').filter({ hasText: 'What is Rebalance?' });
	await expect(answer).toHaveJSProperty('open', true);
	await expect(answer).toContainText('stay on this device');
	await expect(answer).toContainText('10 to 15 minutes');
	expect(page.url()).toBe(address);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Carers forum planning$/);
	await expect(page.getByRole('button', { name: 'Start my reflection' })).toBeVisible();
	await expectAccessible(page);
});

test('on a phone, a newcomer sees “Start my reflection” without scrolling, under a welcome of a few sentences', async ({ page }) => {
	const welcome =
		'Thank you for coming to the carers forum on Thursday. Please take ten minutes to reflect before we meet. We will look at the group’s picture together.';
	await page.goto(`/join#${await encodeSession({ ...SESSION, welcome })}`);
	await expect(page.getByText(welcome)).toBeVisible();
	expect(page.viewportSize()).toEqual({ width: 360, height: 740 });
	await expect(page.getByRole('button', { name: 'Start my reflection' })).toBeInViewport({ ratio: 1 });
	// What the person will do, and that their answers stay here, are read before the way on.
	const before = (text: string) =>
		page.getByText(text).evaluate((element) => {
			const start = [...document.querySelectorAll('button')].find((button) => button.textContent?.includes('Start my reflection'))!;
			return Boolean(element.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING);
		});
	expect(await before('Your answers stay on this device.')).toBe(true);
	expect(await before('For each source of power, you say how powerful you')).toBe(true);
	// The list of sources is still a press away, after it.
	await page.getByText('The 4 sources of power you will look at').click();
	await expect(page.getByText('Lived experience: What you know from living through something yourself.')).toBeVisible();
	await expectAccessible(page);
});

test('on a phone, a session’s results lead straight to the share code, several screens down, and Tab goes on from there', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto(`/join#${await encodeSession(SESSION)}`);
	await page.getByRole('button', { name: 'Start my reflection' }).click();
	for (let step = 0; step < 4; step++) {
		await answerStep(page, 3);
		await pressNext(page);
	}
	await page.getByRole('button', { name: 'See my results' }).click();
	const jump = page.getByRole('link', { name: 'Go to your share code' });
	await expect(jump).toBeInViewport();
	const show = page.getByRole('button', { name: 'Show my share code' });
	await expect(show).not.toBeInViewport();
	await jump.click();
	const heading = page.getByRole('heading', { name: /^Your share code: add your scores to the group picture/ });
	await expect(heading).toBeInViewport();
	// Focus goes with it, so a screen reader reads on from the heading (VoiceOver on iOS may not follow a plain
	// in-page link), and the address is left as it was.
	await expect(heading).toBeFocused();
	expect(new URL(page.url()).hash).toBe('');
	await page.keyboard.press('Tab');
	await expect(page.locator('section.share').locator(':focus')).toHaveCount(1);

	// Without a session no one is waiting for a code, so the results start with the chart as before.
	await startReflection(page, 'On my own');
	await answerStep(page, 3);
	await skipToResults(page);
	await expect(page.getByRole('img', { name: /perceived and actual power/i })).toBeVisible();
	await expect(jump).toHaveCount(0);
});

test('a link made by an earlier version, with suggested sources in full, opens as it always did', async ({ page }) => {
	// Made by the build before version 2 links, and written down then (session-link.test-helper.ts has it too).
	const sent =
		'1zFcA53ADxLY_NbsMgEIRfZcSZWGnSn5fIoVIr5WD5QGFtVsGsy0LSvH1F2us3I30zozm7EvCGSm5FoTmRryzZWPMZXb7gLg2zFHhZOS8D3hM5JehGOaBSxndjqlg5t0oKyaiRdTDWHPaHl93-uHt6Nvb1aMfRnPhKAfSzUWHKnow15-jqw3HJcsNcZEXiK-cFNRZpS4TKSjV2cpdWlNJsoc1HOEXTzh2UypU9WXhXOpGC2G9VXkkHM9nRnFxemlu682Mjd_lTENI_f8zGUqRtaEpqwdmnFnqPq_bDnl3CTUpQC5cDvqiH5JTTHS0HKlpFwmCmyR6nXw';
	await page.goto(`/join#${sent}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Ward 7 team reflection$/);
	await expect(page.getByText('14 March 2025')).toBeVisible();
	await page.getByText('The 8 sources of power you will look at').click();
	await expect(page.getByRole('listitem').filter({ hasText: /^Language:/ })).toHaveText(
		'Language: Speaking the language this group uses, including its special words, and being easily understood.'
	);
});

test('someone who has done a reflection without a session link is told, on opening a session link, to share this session’s code and not that one', async ({
	page
}) => {
	const note = page.getByText(/A share code belongs to one session/);
	await startReflection(page, 'Tenants group');
	const standard = page.url();
	// Started but not finished: there is no code from it yet, so nothing to mix up.
	await page.goto(`/join#${await encodeSession(SESSION)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Carers forum planning$/);
	await expect(note).toHaveCount(0);

	await page.goto(standard);
	await answerAllToResults(page, 3);
	await expect(page.getByRole('button', { name: 'Show my share code' })).toBeVisible();

	await page.goto(`/join#${await encodeSession(SESSION)}`);
	await expect(note).toHaveText(
		'You have done a reflection without a session link on this device before. A share code belongs to one session, so that reflection’s code will not work for this one. Answer this one, and share the code it gives you at the end.'
	);
	await expect(note).toBeInViewport();
	// Not a way back: this session has not been started, so it starts as anyone's would.
	await expect(page.getByRole('heading', { name: /You have (done|started) this before/ })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Start my reflection' })).toBeVisible();
	await expectAccessible(page);

	// With this session started too, both are said, but not "answer this one" beside the way back to it.
	await page.getByRole('button', { name: 'Start my reflection' }).click();
	await expect(page.locator('main').getByText('Source 1 of 4')).toBeVisible();
	await page.goto(`/join#${await encodeSession(SESSION)}`);
	await expect(page.getByRole('heading', { name: 'You have started this before' })).toBeVisible();
	await expect(note).toHaveText(/will not work for this one\.\s*$/);
	await expectAccessible(page);
});

test('at 320 px, a source named with one long word fits every page it shows on', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	const name = 'Neighbourhoodconnectionsandfriendships';
	await page.goto(`/join#${await encodeSession({ ...SESSION, custom: [{ name, description: 'Who you know nearby.' }] })}`);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Start my reflection' }).click();
	for (let step = 0; step < 4; step++) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(new RegExp(`^Source ${step + 1} of 4`));
		await answerStep(page, 2);
		if (step === 3) {
			await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
			await expectAccessible(page);
			await expectWordsFit(page, name);
		}
		await pressNext(page);
	}
	await page.getByRole('button', { name: 'See my results' }).click();
	await expect(page.getByRole('table').getByRole('rowheader').last()).toHaveText(name);
	await page.getByText('Change my answers').click();
	await expectAccessible(page);
	await expectWordsFit(page, name);
});

test('at 320 px, the share code of a session of eight sources wraps at its dashes and fits the screen', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	const custom = ['Lived experience', 'Time to take part'].map((name) => ({ name, description: 'Yours.' }));
	await page.goto(`/join#${await encodeSession({ ...SESSION, sources: [...STANDARD_SOURCE_IDS], custom })}`);
	await page.getByRole('button', { name: 'Start my reflection' }).click();
	for (let step = 0; step < 8; step++) {
		await answerStep(page, 1 + (step % 5));
		await pressNext(page);
	}
	await page.getByRole('button', { name: 'See my results' }).click();
	await page.getByRole('button', { name: 'Show my share code' }).click();
	const code = page.locator('.code');
	await expect(code).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4}){5,}$/);
	const { right, lines } = await code.evaluate((element) => {
		const range = document.createRange();
		range.selectNodeContents(element);
		return { right: element.getBoundingClientRect().right, lines: new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size };
	});
	expect(lines).toBeGreaterThan(1);
	expect(right).toBeLessThanOrEqual(320);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	// Copied, it is still the one code, with no breaks or spaces in it.
	expect((await code.textContent())?.trim()).toMatch(/^[0-9A-Z-]+$/);
});

/** A link built by hand around any body, as a newer build or a hostile tool might write it. */
const BAD_LINKS: [string, () => Promise<string>, RegExp][] = [
	['truncated', async () => (await encodeSession(SESSION)).slice(0, 30), /cut short/i],
	[
		'tampered with',
		async () => {
			const good = await encodeSession(SESSION);
			const at = good.length - 5;
			return good.slice(0, at) + (good[at] === 'A' ? 'B' : 'A') + good.slice(at + 1);
		},
		/has changed since it was made/i
	],
	['from a future version', async () => handFrame('3r', '["a newer layout"]'), /newer version/i],
	['of the wrong type', async () => 'hello-world', /does not look like a Rebalance session link/i],
	['oversized', async () => '1z' + 'A'.repeat(7000), /much longer than a session link can be/i],
	['empty', async () => '', /has no session details/i]
];

for (const [name, make, message] of BAD_LINKS) {
	test(`a link that is ${name} gets a clear page and leaves saved work alone`, async ({ page }) => {
		await page.goto('/reflect');
		await page.getByLabel(/which group or session/i).fill('Kept safe');
		await page.getByRole('button', { name: 'Begin' }).click();
		await expect(page.locator('main').getByText('Source 1 of 6')).toBeVisible();

		await page.goto(`/join#${await make()}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link does not work');
		await expect(page).toHaveTitle('This link does not work – Rebalance');
		await expect(page.locator('.notice.error')).toHaveText(message);
		// A newer version's link needs an update, not a new link (update.spec.ts follows the update through).
		const newer = name === 'from a future version';
		// Getting the link again (or updating) is the way on. A reflection outside the session would take 15 minutes
		// and make a code the session's group screen refuses: it is no filled button, and its words say so.
		const filled = await page
			.locator('main')
			.locator('a, button')
			.evaluateAll((all) => all.filter((element) => getComputedStyle(element).backgroundColor !== 'rgba(0, 0, 0, 0)').map((element) => element.textContent?.trim()));
		expect(filled).toEqual(newer ? ['Update Rebalance'] : []);
		await expect(page.getByRole('link', { name: 'Do a reflection that is not part of the session' })).toHaveAttribute('href', '/reflect');
		// Why a link is cut short is said where it may have been.
		await expect(page.getByText('sometimes cut short when they are copied or sent')).toHaveCount(['truncated', 'empty'].includes(name) ? 1 : 0);
		await expectAccessible(page);
		// What to do is said once, in the message for this kind of problem.
		const main = (await page.locator('main').textContent()) ?? '';
		expect(main.match(/who(ever)? sent/gi) ?? []).toHaveLength(newer ? 0 : 1);
		await expect(page.getByRole('button', { name: 'Update Rebalance' })).toHaveCount(newer ? 1 : 0);
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Kept safe', level: 3 })).toBeVisible();
	});
}

const unsafeLink = async (title: string, welcome = 'Hello') =>
	handFrame('1r', JSON.stringify([title, welcome, '', 63, [], 3]));

for (const [field, make] of [
	['title', () => unsafeLink('<img src=x onerror=alert(1)>')],
	['welcome note', () => unsafeLink('Planning', '<script>alert(1)</script>')],
	['title link', () => unsafeLink('javascript:alert(1)')]
] as const) {
	test(`markup in the ${field} of a link is refused and never rendered`, async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto(`/join#${await make()}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link does not work');
		await expect(page.locator('img[src="x"], main script')).toHaveCount(0);
		expect(dialogs).toEqual([]);
		await expectAccessible(page);
	});
}

test('a second link opened on the same page shows only that session, with only its own earlier reflections', async ({ page }) => {
	const first = await encodeSession(SESSION);
	await page.goto(`/join#${first}`);
	await page.getByRole('button', { name: 'Start my reflection' }).click();
	await expect(page.locator('main').getByText('Source 1 of 4')).toBeVisible();
	await page.goto(`/join#${first}`);
	await expect(page.getByRole('heading', { name: 'You have started this before' })).toBeVisible();
	await expect(page.getByRole('link', { name: /^Carry on with your reflection/ })).toHaveAttribute('href', /^\/reflect\?id=/);
	await expect(page.getByRole('link', { name: /^Carry on with your reflection/ })).toBeInViewport();

	// What SvelteKit's announcer says to a screen reader as the address changes, from now on.
	const listen = () =>
		page.evaluate(() => {
			const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
			const announcer = document.getElementById('svelte-announcer')!;
			new MutationObserver(() => heard.push(announcer.textContent?.trim() ?? '')).observe(announcer, { subtree: true, childList: true, characterData: true });
		});
	const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard.join(' | '));
	await listen();
	const second = await encodeSession({ ...SESSION, title: 'Youth panel', custom: [] });
	await page.evaluate((hash) => (location.hash = hash), second);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Youth panel$/);
	// The page changed under the person without a page load: its new heading has focus.
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	// The title said as the address changed was not the session before it.
	expect(await heard()).not.toContain('Carers');
	await expect(page.getByRole('heading', { name: 'You have started this before' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Start my reflection' })).toBeVisible();

	// The skip link moves focus without touching the fragment, which holds the link: a reload still opens it.
	await page.getByRole('link', { name: 'Skip to main content' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	expect(new URL(page.url()).hash).toBe(`#${second}`);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Youth panel$/);
	// The same link entered again is no new link: the page stays as it is.
	await page.goto(page.url());
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Youth panel$/);
	// A fragment naming something on the page, as a plain #main link would make, is no new link either.
	await page.evaluate(() => (location.hash = 'main'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Youth panel$/);

	await listen();
	await page.evaluate((hash) => (location.hash = hash), second.slice(0, 40));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link does not work');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	expect(await heard()).not.toContain('Youth panel');
});

test('a session link whose # arrived as %23, as some email and chat apps send it, opens the session', async ({ page }) => {
	await page.goto(`/join%23${await encodeSession(SESSION)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Carers forum planning$/);
	await expect(page.getByRole('button', { name: 'Start my reflection' })).toBeVisible();
	// The address is the session's link again, so a reload, or a copy of it, is that link.
	await expect(page).toHaveURL(/\/join#./);
	expect(await decodeSession(new URL(page.url()).hash)).toEqual({ ok: true, settings: SESSION });
	// The broken address was replaced, not left behind it: Back does not open it again.
	expect(await page.evaluate(() => history.length)).toBe(2);
	await expectAccessible(page);
});

for (const [name, gap] of [
	['an encoded space', '%20'],
	['an encoded line break', '%0A'],
	['an encoded Windows line break', '%0D%0A'],
	['a space', ' ']
]) {
	test(`a session link wrapped by a mail or notes app and pasted back together with ${name} part-way opens the session`, async ({ page }) => {
		const fragment = await encodeSession(SESSION);
		await page.goto(`/join#${fragment.slice(0, 30)}${gap}${fragment.slice(30)}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Carers forum planning$/);
		await expect(page.getByRole('button', { name: 'Start my reflection' })).toBeVisible();
	});
}

test('two earlier reflections from one link are told apart by when each started and how far it got, here and at home', async ({ page }) => {
	const link = `/join#${await encodeSession(SESSION)}`;
	await page.clock.setFixedTime(new Date('2026-11-20T10:00:00Z'));
	await page.goto(link);
	await page.getByRole('button', { name: 'Start my reflection' }).click();
	await expect(page.locator('main').getByText('Source 1 of 4')).toBeVisible();
	const rating = page.locator('fieldset.question.rating').first().getByRole('radio', { name: /^4\b/ });
	await rating.check();
	await waitForStoredAnswer(page, rating);
	// Twenty seconds later: within the same minute, the links must still differ.
	await page.clock.setFixedTime(new Date('2026-11-20T10:00:20Z'));
	await page.goto(link);
	await page.getByRole('button', { name: 'Start again, fresh' }).click();
	await expect(page.locator('main').getByText('Source 1 of 4')).toBeVisible();

	await page.goto(link);
	const links = page.getByRole('listitem').getByRole('link', { name: /^Carry on with your reflection \(started \d/ });
	await expect(links).toHaveCount(2);
	// The copy started by mistake is the one with nothing in it.
	await expect(links).toHaveText([/, no answers yet\)$/, /, 1 answer so far\)$/]);
	const names = await links.evaluateAll((found) => found.map((link) => link.textContent));
	expect(new Set(names).size).toBe(2);
	await expectAccessible(page);

	await page.goto('/');
	const cards = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Carers forum planning/ }) });
	await expect(cards).toHaveCount(2);
	await expect(cards.first()).toContainText('In progress, no answers yet');
	await expect(cards.last()).toContainText('In progress, 1 answer so far');
	await cards.first().getByRole('button', { name: /^Delete/ }).click();
	await expect(cards.first()).toContainText('It has no answers yet.');
	await expect(cards.first()).not.toContainText('cannot be undone');
	await cards.last().getByRole('button', { name: /^Delete/ }).click();
	await expect(cards.last()).toContainText('and all its answers? This cannot be undone.');
});

test('when the reflection cannot be saved, Start says so and keeps focus for another try', async ({ page }) => {
	// A device that is full says so a moment later, as a real one can: long enough for a
	// disabled button to lose focus.
	await page.addInitScript(() => {
		IDBObjectStore.prototype.add = function () {
			const request = Object.setPrototypeOf(new EventTarget(), IDBRequest.prototype) as IDBRequest;
			Object.defineProperty(request, 'error', { value: new DOMException('The device is full.', 'QuotaExceededError') });
			setTimeout(() => request.dispatchEvent(new Event('error')), 300);
			return request;
		};
	});
	await page.goto(`/join#${await encodeSession(SESSION)}`);
	const start = page.getByRole('button', { name: 'Start my reflection' });
	await start.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert')).toHaveText(/would not let Rebalance save here/);
	await expect(start).toBeFocused();
});
