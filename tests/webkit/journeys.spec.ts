// The main journeys once more in WebKit, the engine of Safari on every iPhone and iPad, where
// many people will open Rebalance. Run by scripts/webkit.js, which starts the browser.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerStep, checkedCount, endJourney, keepBlobs, mainText, openGroupOfFour, savedBlob, tempFile, waitForStoredAnswers } from './journey-steps';
import { OPEN_TIME_LIMIT_MS } from '$lib/storage/db';
import { KEY, WebKitPage } from './webdriver';

const PHONE = { width: 390, height: 844 };
/** First visits in the storage race below; more when measuring how often it is lost. */
const LEAVE_VISITS = Number(process.env.REBALANCE_LEAVE_VISITS) || 3;
let page: WebKitPage;

// A new window for each journey, with a new empty profile, so nothing saved carries over.
beforeEach(async () => {
	page = await WebKitPage.start();
	await page.resize(PHONE.width, PHONE.height);
});

afterEach(() => endJourney(page));

describe('in WebKit', () => {
	it('walks a reflection to its chart, keeping answers and place over reloads', async () => {
		await page.goto('/');
		await page.click('a', 'Start a reflection');
		await page.type('#label', 'Carers forum');
		await page.click('button', 'Begin');
		let answered = 0;
		for (let step = 1; step <= 6; step++) {
			await page.waitFor(mainText(`Source ${step} of 6`), `source ${step}`);
			await answerStep(page, step % 2 ? 5 : 2);
			const questions = await page.evaluate<number>(`return document.querySelectorAll('fieldset.question').length`);
			expect(await checkedCount(page)).toBe(questions);
			answered += questions;
			if (step === 3) {
				const path = await page.path();
				// A reload once every answer is stored comes back to the same step with all of them.
				await waitForStoredAnswers(page, answered);
				await page.reload();
				await page.waitFor(mainText('Source 3 of 6'), 'source 3 again');
				expect(await page.path()).toBe(path);
				expect(await checkedCount(page)).toBe(questions);
			}
			await page.click('button', 'Next');
		}
		await page.waitFor(`return document.querySelector('h1')?.textContent.includes('Before you see your chart')`, 'the closing step');
		await page.type('textarea', 'My job gives me a seat at the table.');
		await page.click('button', 'See my results');

		await page.waitFor(`return document.querySelector('svg[role=img]')`, 'the chart');
		expect(await page.path()).toMatch(/^\/results\?id=/);
		const drawn = () =>
			page.evaluate<{ axes: number; rows: number; gaps: number; note: boolean }>(`
				const chart = document.querySelector('svg[role=img]');
				return {
					axes: chart.querySelectorAll('text.label').length,
					rows: [...document.querySelectorAll('table')].find((table) => table.caption?.textContent.includes('Scores by source'))?.querySelectorAll('th[scope=row]').length,
					gaps: document.querySelectorAll('section[aria-labelledby=gaps-heading] li').length,
					note: document.body.textContent.includes('My job gives me a seat at the table.')
				};`);
		expect(await drawn()).toEqual({ axes: 6, rows: 6, gaps: 6, note: true });
		await page.click('button', 'Next source');
		// Ratings of 5 on the first source make it 100 felt.
		await page.waitFor(`return document.body.textContent.includes('Education: Perceived 100')`, 'the first source read out');
		await page.reload();
		await page.waitFor(`return document.querySelector('svg[role=img]')`, 'the chart after a reload');
		expect(await drawn()).toEqual({ axes: 6, rows: 6, gaps: 6, note: true });

		// Back from another page comes back to where the reader was, at the foot of the results, not their top.
		const home = `[...document.querySelectorAll('main a')].find((link) => link.textContent.trim() === 'Back to home')`;
		await page.evaluate(`${home}.scrollIntoView({ block: 'center' })`);
		await page.evaluate(`${home}.click()`);
		await page.waitFor(`return location.pathname === '/'`, 'the home page');
		await page.evaluate('history.back()');
		await page.waitFor(
			`const box = ${home}?.getBoundingClientRect(); return box && box.top >= 0 && box.bottom <= innerHeight`,
			'the results, at their foot'
		);
	});

	it('makes a session link that a participant opens with its own sources', async () => {
		await page.goto('/facilitate');
		await page.type('#field-title', 'Carers forum planning');
		await page.click('button', 'Add Lived experience');
		await page.click('button', 'Create link');
		await page.waitFor(`return [...document.querySelectorAll('h3')].some((h) => h.textContent.includes('Your link is ready'))`, 'the link');
		expect(await page.evaluate<boolean>(`return !!document.querySelector('[role=img][aria-label^="QR code"]')`)).toBe(true);
		await page.click('button', 'Copy link');
		await page.waitFor(`return [...document.querySelectorAll('[role=status]')].some((s) => s.textContent.includes('Copied'))`, 'Copied');
		const link = await page.evaluate<string>(`return document.getElementById('session-link').value`);
		expect(link).toMatch(/\/join#/);

		await page.goto(link);
		await page.waitFor(`return document.querySelector('h1')?.textContent === 'A reflection before your session: Carers forum planning'`, 'the session page');
		await page.click('button', 'Start my reflection');
		await page.waitFor(mainText('Source 1 of 7'), 'seven sources, one the facilitator added');
	});

	it('shows a group, lets every view be picked and presented, and saves a PNG', async () => {
		await page.resize(1280, 900);
		await openGroupOfFour(page);
		// What adding did is said under the Add codes button, in view, with the picture appearing below it.
		await page.waitFor(
			`return [...document.querySelectorAll('[role=status]')].some((status) => {
				const box = status.getBoundingClientRect();
				const picture = document.getElementById('views-heading')?.getBoundingClientRect();
				return status.textContent.includes('The group picture is now showing') && box.top >= 0 && box.bottom <= innerHeight && picture !== undefined && picture.top > box.bottom;
			})`,
			'the report in view'
		);
		for (const view of ['Side by side', 'Source by source', 'Biggest gaps', 'Everyone together']) {
			await page.click('[role=tab]', view);
			await page.waitFor(`return document.querySelector('[role=tab][aria-selected=true]')?.textContent.includes(${JSON.stringify(view)})`, view);
			expect(await page.evaluate<number>(`return document.querySelectorAll('#view-panel svg').length`)).toBeGreaterThan(0);
		}
		// The picture is made on a canvas: WebKit must hand back a real PNG of the view.
		await keepBlobs(page);
		await page.click('button', 'Save picture');
		expect((await savedBlob(page, 'image/png')).width).toBeGreaterThan(500);

		await page.click('button', 'Present');
		await page.waitFor(`return document.activeElement?.closest('dialog[open]')`, 'presenter mode');
		await page.press(KEY.ArrowRight);
		await page.waitFor(`return document.getElementById('presenter-heading')?.textContent.includes('Side by side')`, 'the next view');
		await page.press(KEY.Escape);
		await page.waitFor(`return !document.querySelector('dialog[open]') && document.activeElement?.textContent === 'Present'`, 'presenter mode closed, focus back on Present');
		// The view chosen while presenting is kept through a reload (a SvelteKit snapshot, in sessionStorage).
		await page.reload();
		await page.waitFor(`return document.querySelector('[role=tab][aria-selected=true]')?.textContent.includes('Side by side')`, 'the view chosen, after a reload');
	});

	it('gives a bad link and a wrong file their own clear messages', async () => {
		// The missing results first, as they wait for storage to open: a page left while storage first opens is
		// the next journey's subject.
		await page.goto('/results?id=nonsense');
		await page.waitFor(`return document.querySelector('h1')?.textContent === 'We could not find that reflection'`, 'the missing results page');
		await page.goto('/join#not-a-session');
		await page.waitFor(`return document.querySelector('h1')?.textContent === 'This link does not work'`, 'the broken link page');
		await page.goto('/data');
		await page.type('input[type=file]', tempFile('not-rebalance.json', '{"hello": 1}'));
		await page.waitFor(`return document.body.textContent.includes('This is not a Rebalance download')`, 'the wrong file message');
	});

	it('answers on a page that follows one left while it first opened storage, within the time limit', async () => {
		// WebKit keeps a page that is left for going back, with its opening of storage frozen part way, and
		// every later opening can wait on it for the rest of the browser's session. db.ts's endOnLeaving ends
		// an upgrade as the page goes (db.spec.ts), which leaves only a page left before its upgrade began;
		// the time limit answers for that one. How often it still happens is a race with the machine's load
		// (probes: 16 of 25 first visits before endOnLeaving, 1 of 46 after on an idle machine, 2 of 3 once
		// on a loaded CI run), so it is printed, never asserted: REBALANCE_LEAVE_VISITS=40 node
		// scripts/webkit.js -t 'first opened storage' measures it. What is asserted is that no visit loads
		// for good, and each says one of the two true things, with a way to try again after the time limit.
		const headings: string[] = [];
		for (let visit = 1; visit <= LEAVE_VISITS; visit++) {
			if (visit > 1) {
				await page.close();
				page = await WebKitPage.start();
			}
			await page.goto('/join');
			await page.goto('/results?id=nonsense');
			const heading = await page.waitFor<string>(
				`const text = document.querySelector('h1')?.textContent;
				return ['We could not find that reflection', 'Your results could not be opened'].includes(text) && text`,
				`an answer on first visit ${visit}`,
				OPEN_TIME_LIMIT_MS + 5_000
			);
			// Waiting for the time limit is owned up to, with a way to try again.
			if (heading === 'Your results could not be opened') {
				await page.waitFor(`return [...document.querySelectorAll('button')].some((button) => button.textContent === 'Try again')`, 'Try again');
			}
			headings.push(heading);
		}
		const timedOut = headings.filter((heading) => heading === 'Your results could not be opened').length;
		console.info(`${timedOut} of ${LEAVE_VISITS} first visits waited for the time limit`);
	}, LEAVE_VISITS * 40_000 + 60_000);

	it('downloads everything and brings it in on another device', async () => {
		await page.goto('/');
		await page.click('a', 'Start a reflection');
		await page.type('#label', 'Moving phones');
		await page.click('button', 'Begin');
		await page.waitFor(mainText('Source 1 of 6'), 'source 1');
		await answerStep(page, 4);
		await waitForStoredAnswers(page, await checkedCount(page));
		await page.goto('/data');
		await keepBlobs(page);
		await page.click('button', 'Download my data');
		const { text } = await savedBlob(page, 'application/json');
		expect(text).toContain('Moving phones');

		// Another device: a new window with an empty profile.
		await page.close();
		page = await WebKitPage.start();
		await page.goto('/data');
		await page.type('input[type=file]', tempFile('rebalance-data.json', text));
		await page.click('button', 'Bring these in');
		await page.click('a', 'Go to home');
		await page.waitFor(`return [...document.querySelectorAll('h3')].some((h) => h.textContent === 'Moving phones')`, 'the reflection on the home page');
	});
});
