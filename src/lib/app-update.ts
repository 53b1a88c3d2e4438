import { version } from '$app/environment';
import { SKIP_WAITING } from './update-advice';
import { UNREACHABLE_WORDS } from './update-unreachable';

/**
 * What asking for the newest Rebalance found: it is on its way (the page reloads), this is it already, the site could
 * not be asked, or a newer version is there but could not take over in this tab.
 */
export type UpdateOutcome = 'updating' | 'current' | 'unreachable' | 'stuck';

/** The parts of the browser an update needs, passed in so each step can be tested without one. */
export interface UpdateParts {
	/** The version this page runs. */
	running: string;
	/** The version the site serves now; rejects when the site cannot be asked. */
	newest(): Promise<string>;
	/** The service worker's registration, if Rebalance has one here. */
	registration(): Promise<ServiceWorkerRegistration | undefined>;
	/** Reloads the page, which the newest version then serves. */
	reload(): void;
}

/**
 * What to do when the update button cannot help. Reloading is not enough: the service worker keeps the cached
 * version until every Rebalance tab has closed, so a reload opens the same one.
 */
const CLOSE_TABS_ADVICE =
	'To get the newest version, close every Rebalance tab and window (on a phone, close the app itself), then try again.';

/** What the update button says it found (UpdateRebalance.svelte), loaded only once it is pressed. */
export const UPDATE_OUTCOME_WORDS: Record<UpdateOutcome, string> = {
	updating: 'Updating Rebalance. This page will reload in a moment.',
	current:
		'This is already the newest version of Rebalance on this website. What you opened may have been made on a different Rebalance website: open it there, or ask whoever gave it to you.',
	unreachable: UNREACHABLE_WORDS,
	stuck: `Rebalance could not update in this tab. ${CLOSE_TABS_ADVICE}`
};

/** How long a newer version may take to download before the person is told to close their tabs instead. */
const INSTALL_TIME_LIMIT_MS = 60_000;

/** Resolves true once `worker` reaches `state`, false if it is dropped or the time runs out first. */
function reached(worker: ServiceWorker, state: ServiceWorkerState, limitMs: number): Promise<boolean> {
	return new Promise((resolve) => {
		const settle = () => {
			if (worker.state !== state && worker.state !== 'redundant') return;
			clearTimeout(timer);
			worker.removeEventListener('statechange', settle);
			resolve(worker.state === state);
		};
		const timer = setTimeout(() => {
			worker.removeEventListener('statechange', settle);
			resolve(false);
		}, limitMs);
		worker.addEventListener('statechange', settle);
		settle();
	});
}

/** The newer version, downloaded and waiting to take over, once the registration has looked for it. */
async function downloaded(registration: ServiceWorkerRegistration, limitMs: number, onDownloading: () => void): Promise<ServiceWorker | null> {
	// Looking again finds a version published since the page opened; one found before is waiting already.
	await registration.update().catch(() => undefined);
	const installing = registration.installing;
	if (installing) onDownloading();
	if (installing && !(await reached(installing, 'installed', limitMs))) return null;
	return registration.waiting;
}

/**
 * Whether the site's version is newer than this page's. SvelteKit names each build by when it was made (a number of
 * milliseconds), so a site rolled back, or a copy of it not yet brought up to date, is older, not newer: going to it
 * would leave this page's newer data behind. Names that are not numbers are only told apart.
 */
export function isNewer(site: string, running: string): boolean {
	const [siteTime, runningTime] = [site, running].map((name) => (/^\d+$/.test(name) ? Number(name) : Number.NaN));
	return Number.isNaN(siteTime) || Number.isNaN(runningTime) ? site !== running : siteTime! > runningTime!;
}

/**
 * Gets the newest Rebalance into this tab. The service worker keeps the version it cached until every Rebalance tab
 * has closed, so a plain reload opens the same version: here the newer one is asked to take over first. Other tabs
 * carry on with what they have loaded (SvelteKit reloads a page whose next step it cannot find). `onDownloading` is told
 * when a newer version starts to download, which can take a while on a slow connection.
 */
export async function updateRebalance(
	parts: UpdateParts,
	{ onDownloading = () => {}, limitMs = INSTALL_TIME_LIMIT_MS }: { onDownloading?: () => void; limitMs?: number } = {}
): Promise<UpdateOutcome> {
	let newest: string;
	try {
		newest = await parts.newest();
	} catch {
		return 'unreachable';
	}
	if (!isNewer(newest, parts.running)) return 'current';
	const registration = await parts.registration().catch(() => undefined);
	if (registration?.active) {
		const waiting = await downloaded(registration, limitMs, onDownloading);
		if (!waiting) return 'stuck';
		const activated = reached(waiting, 'activated', limitMs);
		waiting.postMessage(SKIP_WAITING);
		if (!(await activated)) return 'stuck';
	}
	parts.reload();
	return 'updating';
}

/** The version the site serves now, from the file SvelteKit publishes with every build (the app is served at '/'). */
async function newestVersion(): Promise<string> {
	const response = await fetch('/_app/version.json', { cache: 'no-store' });
	const published: unknown = response.ok ? await response.json() : null;
	if (typeof published !== 'object' || published === null || !('version' in published) || typeof published.version !== 'string') {
		throw new Error('The site did not say which version it serves.');
	}
	return published.version;
}

/** This browser's parts for `updateRebalance`. */
export function browserParts(): UpdateParts {
	return {
		running: version,
		newest: newestVersion,
		registration: async () => navigator.serviceWorker?.getRegistration(),
		reload: () => location.reload()
	};
}
