import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isNewer, updateRebalance, type UpdateParts } from './app-update';
import { SKIP_WAITING } from './update-advice';

/** A service worker that moves through its states when told, and takes over when asked if it listens. */
class FakeWorker extends EventTarget {
	messages: unknown[] = [];
	constructor(
		public state: ServiceWorkerState,
		private listens = true
	) {
		super();
	}
	moveTo(state: ServiceWorkerState) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
	postMessage(message: unknown) {
		this.messages.push(message);
		if (this.listens && message === SKIP_WAITING) setTimeout(() => this.moveTo('activated'), 10);
	}
}

type Found = 'nothing' | 'installs' | 'fails to install' | 'never installs' | 'was waiting' | 'waits but does not listen';

/** A registration with a version running, and what looking again finds. */
function registration(found: Found, updateFails = false) {
	const next = new FakeWorker(found === 'was waiting' || found === 'waits but does not listen' ? 'installed' : 'installing', found !== 'waits but does not listen');
	const fake = {
		active: new FakeWorker('activated'),
		installing: null as FakeWorker | null,
		waiting: found === 'was waiting' || found === 'waits but does not listen' ? next : null,
		next,
		update: vi.fn(async () => {
			if (found === 'installs' || found === 'fails to install' || found === 'never installs') fake.installing = next;
			if (found === 'installs') {
				setTimeout(() => {
					fake.installing = null;
					fake.waiting = next;
					next.moveTo('installed');
				}, 10);
			}
			if (found === 'fails to install') setTimeout(() => next.moveTo('redundant'), 10);
			if (updateFails) throw new TypeError('Failed to update: offline');
		})
	};
	return fake;
}

function parts(overrides: Partial<UpdateParts> = {}) {
	return { running: '100', newest: async () => '200', registration: async () => undefined, ...overrides, reload: vi.fn<() => void>() };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Runs an update to its end, moving the clock on far past every time limit. */
async function settled(run: Promise<string>): Promise<string> {
	await vi.advanceTimersByTimeAsync(200_000);
	return run;
}

describe('isNewer', () => {
	it.each([
		['1796058508298', '1796058508297', true],
		['1796058508297', '1796058508298', false],
		['1796058508298', '1796058508298', false],
		['10000000000000', '9999999999999', true],
		['release-2', 'release-1', true],
		['release-1', 'release-1', false],
		['1796058508298', 'release-1', true]
	])('the site’s %s against this page’s %s: %s', (site, running, newer) => {
		expect(isNewer(site, running)).toBe(newer);
	});
});

describe('updateRebalance', () => {
	it.each([
		['the site cannot be asked', { newest: () => Promise.reject(new TypeError('Failed to fetch')) }, 'unreachable'],
		['the site serves this version', { newest: async () => '100' }, 'current'],
		['the site serves an older version (rolled back), which would leave this page’s data behind', { newest: async () => '50' }, 'current'],
		['there is no service worker, so a reload fetches the newest', {}, 'updating'],
		['the service worker cannot be asked, so a reload is tried', { registration: () => Promise.reject(new Error('insecure')) }, 'updating']
	])('when %s, says %s', async (_case, overrides, outcome) => {
		const page = parts(overrides);
		expect(await settled(updateRebalance(page))).toBe(outcome);
		expect(page.reload).toHaveBeenCalledTimes(outcome === 'updating' ? 1 : 0);
	});

	it.each<[Found, boolean, string]>([
		['installs', false, 'updating'],
		['was waiting', false, 'updating'],
		['was waiting', true, 'updating'],
		['nothing', false, 'stuck'],
		['fails to install', false, 'stuck'],
		['never installs', false, 'stuck'],
		['waits but does not listen', false, 'stuck']
	])('when looking again finds a version that %s (looking fails: %s), says %s', async (found, updateFails, outcome) => {
		const held = registration(found, updateFails);
		const page = parts({ registration: async () => held as unknown as ServiceWorkerRegistration });
		const onDownloading = vi.fn();
		expect(await settled(updateRebalance(page, { onDownloading }))).toBe(outcome);
		expect(held.update).toHaveBeenCalledOnce();
		// Said only while a download is under way, which can take a while.
		expect(onDownloading).toHaveBeenCalledTimes(['installs', 'fails to install', 'never installs'].includes(found) ? 1 : 0);
		expect(page.reload).toHaveBeenCalledTimes(outcome === 'updating' ? 1 : 0);
		// Only a version that is downloaded is asked to take over.
		const asked = ['installs', 'was waiting', 'waits but does not listen'].includes(found);
		expect(held.next.messages).toEqual(asked ? [SKIP_WAITING] : []);
	});

	it('reloads only once the newer version has taken over, so the reload does not open the old one again', async () => {
		const held = registration('was waiting');
		const page = parts({ registration: async () => held as unknown as ServiceWorkerRegistration });
		const run = updateRebalance(page);
		await vi.advanceTimersByTimeAsync(5);
		expect(held.next.messages).toEqual([SKIP_WAITING]);
		expect(page.reload).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(10);
		expect(page.reload).toHaveBeenCalledOnce();
		expect(await run).toBe('updating');
	});
});
