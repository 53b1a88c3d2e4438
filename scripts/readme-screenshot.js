// Makes docs/results.png, the README's picture of the results page, from the build, by walking a reflection as a
// person would. Usage: node scripts/readme-screenshot.js  (builds first when there is no build/). Not part of npm test.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { startStaticServer } from './static-server.js';

// How each of the six sources is answered: the rating given to every "how powerful do you feel" question, and
// which option (by position) of every question about the facts. Chosen for a chart with gaps both ways.
const ANSWERS = [
	{ rating: 5, option: 2 },
	{ rating: 4, option: 1 },
	{ rating: 2, option: 2 },
	{ rating: 4, option: 1 },
	{ rating: 5, option: 3 },
	{ rating: 2, option: 1 }
];

const executablePath = findChromium();
if (!executablePath) {
	console.error('The screenshot needs Chromium: sudo apt-get install -y chromium, or set CHROMIUM_PATH.');
	process.exit(1);
}
if (!existsSync('build/index.html')) execSync('npm run build', { stdio: 'inherit' });

const { server, url } = await startStaticServer({ port: 0 });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
	const page = await browser.newPage({ viewport: { width: 900, height: 800 }, colorScheme: 'light', reducedMotion: 'reduce' });
	await page.goto(`${url}/reflect`);
	await page.getByLabel(/which group or session/i).fill('Carers forum, March');
	await page.getByRole('button', { name: 'Begin' }).click();
	for (const [step, { rating, option }] of ANSWERS.entries()) {
		await page.locator('main').getByText(`Source ${step + 1} of 6`).waitFor();
		const questions = page.locator('fieldset.question');
		for (let i = 0; i < (await questions.count()); i++) {
			const question = questions.nth(i);
			const isRating = await question.evaluate((element) => element.classList.contains('rating'));
			const radios = question.getByRole('radio');
			const choice = isRating ? question.getByRole('radio', { name: new RegExp(`^${rating}\\b`) }) : radios.nth(option % (await radios.count()));
			await choice.check();
		}
		await page.getByRole('button', { name: 'Next' }).click();
	}
	await page.getByRole('button', { name: 'See my results' }).click();
	const chart = page.getByRole('img', { name: /perceived and actual power/i });
	await chart.waitFor();
	// Down to just below the chart, whatever size it is drawn at.
	const { y, height } = (await chart.boundingBox()) ?? { y: 0, height: 800 };
	await page.screenshot({ path: 'docs/results.png', fullPage: true, clip: { x: 0, y: 0, width: 900, height: Math.ceil(y + height + 24) } });
	console.log('Saved docs/results.png');
} finally {
	await browser.close();
	server.close();
}
