import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../../scripts/static-server.js';
import { newerCode } from '../../src/lib/group/share-codes.test-helper';
import { EXPORT_FORMAT } from '../../src/lib/storage/export-format';
import { expect, expectAccessible, PHONE, test as base } from './fixtures';
import { handFrame } from './hand-frame';

/** A copy of the built app on a server of its own, so a test can publish a newer version of it. */
interface Site {
	origin: string;
	/**
	 * Publishes a newer build: its version named 'newer' (in its version file, and so in its service worker's cache),
	 * pages marked with <meta name="build" content="newer">, and a worker that answers /which-worker with 'newer'.
	 */
	publishNewer(): Promise<void>;
}

const test = base.extend<{ site: Site }>({
	// Playwright reads which fixtures a fixture needs from this pattern, so it must be one, even empty.
	site: async ({}, use) => {
		const dir = await mkdtemp(join(tmpdir(), 'rebalance-site-'));
		await cp('build', dir, { recursive: true });
		const { server, url } = await startStaticServer({ dir, port: 0 });
		const publishNewer = async () => {
			const versionFile = join(dir, '_app/version.json');
			const { version } = JSON.parse(await readFile(versionFile, 'utf8')) as { version: string };
			await writeFile(versionFile, JSON.stringify({ version: 'newer' }));
			for (const page of ['join.html', '200.html']) {
				const html = await readFile(join(dir, page), 'utf8');
				await writeFile(join(dir, page), html.replace('<head>', '<head><meta name="build" content="newer">'));
			}
			const worker = (await readFile(join(dir, 'service-worker.js'), 'utf8')).replaceAll(version, 'newer');
			// Ahead of the app's own fetch handler, which answers every request from this origin.
			const marker = `self.addEventListener('fetch', (event) => {
				if (!event.request.url.endsWith('/which-worker')) return;
				event.respondWith(new Response('newer'));
				event.stopImmediatePropagation();
			});\n`;
			await writeFile(join(dir, 'service-worker.js'), marker + worker);
		};
		await use({ origin: url, publishNewer });
		server.close();
		await rm(dir, { recursive: true, force: true });
	},
	baseURL: async ({ site }, use) => use(site.origin)
});

test.use({ viewport: PHONE });

/** A session link that a newer Rebalance would make: a sound envelope with a version marker this build does not know. */
const NEWER_LINK = handFrame('3r', '["a newer layout"]');

/** Opens Rebalance once and waits until its service worker controls the page, as for someone coming back. */
async function installed(page: import('@playwright/test').Page): Promise<void> {
	await page.goto('/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

const whichWorker = (page: import('@playwright/test').Page) =>
	page.evaluate(async () => (await fetch('/which-worker')).text());

test('a link made by a newer Rebalance: one press of “Update Rebalance” reloads into the newer version, with the link still in the address', async ({ page, site }) => {
	await installed(page);
	await site.publishNewer();
	await page.goto(`/join#${NEWER_LINK}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link does not work');
	await expect(page.locator('.notice.error')).toHaveText(/newer version of Rebalance\. Press “Update Rebalance”/);
	await expectAccessible(page);
	expect(await whichWorker(page)).not.toBe('newer');

	await page.evaluate(() => ((window as { beforeReload?: boolean }).beforeReload = true));
	await page.getByRole('button', { name: 'Update Rebalance' }).click();
	// The page reloads only once the newer version has taken over: a reload before would open the old one again.
	await expect.poll(() => page.evaluate(() => (window as { beforeReload?: boolean }).beforeReload ?? false), { timeout: 20_000 }).toBe(false);
	expect(await whichWorker(page)).toBe('newer');
	expect(await page.locator('meta[name=build]').getAttribute('content')).toBe('newer');
	await expect(page).toHaveURL(new RegExp(`/join#${NEWER_LINK}$`));
});

test('with nothing newer on the website, the group screen’s update button says so, beside what a newer version made', async ({ page, site }) => {
	await installed(page);
	await page.goto('/group');
	// A newer session link and, as Rebalance writes codes (only that form of a newer version's code is looked for), a newer code.
	const code = newerCode().match(/.{1,4}/g)!.join('-');
	await page.getByLabel(/paste/i).first().fill(`${site.origin}/join#${NEWER_LINK}\n${code}`);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByText(/^The session link you pasted was made with a newer version of Rebalance.*Press “Update Rebalance”/)).toBeVisible();
	await expect(page.getByText(/This code was made by a newer version of Rebalance/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Update Rebalance' })).toHaveAccessibleDescription('After the update, paste the link and the codes again.');
	// Nothing in a newer version's code is for the facilitator to correct.
	await expect(page.getByRole('button', { name: /back in the box to fix/ })).toHaveCount(0);
	await page.getByRole('button', { name: 'Update Rebalance' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'already the newest version' })).toHaveText(
		/This is already the newest version of Rebalance on this website\..*ask whoever gave it to you\./
	);
	await expect(page.getByText(/This code was made by a newer version of Rebalance/)).toBeVisible();
	await expectAccessible(page);
});

test('offline, a file made by a newer Rebalance gets the update button, which says to go online', async ({ page, context }) => {
	await installed(page);
	await page.goto('/data');
	await page.getByLabel('Choose a file Rebalance saved').setInputFiles({
		name: 'rebalance-newer.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ format: EXPORT_FORMAT, version: 999, exportedAt: new Date().toISOString() }))
	});
	await expect(page.getByRole('alert')).toHaveText(/This file was made by a newer version of Rebalance/);
	await context.setOffline(true);
	const update = page.getByRole('button', { name: 'Update Rebalance' });
	await update.click();
	await expect(page.getByRole('status').filter({ hasText: 'could not check' })).toHaveText(
		'Rebalance could not check for a newer version. Check you are online, then try again.'
	);
	await expect(update).toBeFocused();
	await expectAccessible(page);
});
