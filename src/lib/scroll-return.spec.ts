// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Snapshot } from '@sveltejs/kit';
import { scrollSnapshot, withScroll } from './scroll-return';

// The page as the browser would draw it: its height, its scroll, and what watches it grow.
let pageHeight = 0;
let watchers: { grown: () => void; watching: boolean }[] = [];
let scrolledTo: number[] = [];

class FakeResizeObserver {
	readonly #watcher: { grown: () => void; watching: boolean };
	constructor(grown: () => void) {
		this.#watcher = { grown, watching: false };
		watchers.push(this.#watcher);
	}
	observe() {
		this.#watcher.watching = true;
	}
	disconnect() {
		this.#watcher.watching = false;
	}
}

/** The page drawn to `height`, as the results are when read from storage; ResizeObserver says so. */
function grow(height: number) {
	pageHeight = height;
	for (const watcher of watchers) if (watcher.watching) watcher.grown();
}

beforeEach(() => {
	pageHeight = 0;
	watchers = [];
	scrolledTo = [];
	vi.useFakeTimers();
	vi.stubGlobal('ResizeObserver', FakeResizeObserver);
	vi.stubGlobal('scrollTo', (_x: number, y: number) => {
		scrolledTo.push(y);
		vi.stubGlobal('scrollY', y);
		// As a browser says so, once it has scrolled.
		dispatchEvent(new Event('scroll'));
	});
	vi.stubGlobal('scrollY', 0);
	vi.stubGlobal('innerHeight', 700);
	Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, get: () => pageHeight });
	history.replaceState(null, '', '/results?id=r1');
});

/** Restores `kept` as SvelteKit would, once the follower's code has loaded. */
async function restoreOn(snapshot: Snapshot<unknown>, kept: unknown) {
	snapshot.restore(kept);
	await vi.dynamicImportSettled();
}
const restore = (kept: unknown) => restoreOn(scrollSnapshot, kept);

afterEach(async () => {
	await restore(0);
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('scrollSnapshot', () => {
	it('keeps how far down the page is scrolled', () => {
		vi.stubGlobal('scrollY', 2345);
		expect(scrollSnapshot.capture()).toEqual({ y: 2345 });
	});

	it('keeps the nearest heading with an id above the window’s top, and comes back to it where the page is laid out afresh', async () => {
		// Tops in the window, as the browser would give them, scrolled 2000 down. A chart's own id is no heading's.
		const tops: Record<string, number> = { intro: -1900, views: -300, hidden: -100, s7: -50, gaps: 250 };
		document.body.innerHTML =
			'<main><h2 id="intro"></h2><h2 id="views"></h2><h3 id="hidden"></h3><svg id="s7"></svg><h3 id="gaps"></h3></main>';
		vi.stubGlobal('scrollY', 2000);
		for (const element of document.querySelectorAll('main [id]')) {
			const top = tops[element.id]!;
			const size = element.id === 'hidden' ? 0 : 20;
			element.getBoundingClientRect = () => ({ top: top - (scrollY - 2000), width: size, height: size }) as DOMRect;
		}
		const kept = scrollSnapshot.capture();
		expect(kept).toEqual({ y: 2000, anchor: { id: 'views', below: 300 } });

		// Back again, with 600 pixels less above the views (a form folded away), at the page's top.
		vi.stubGlobal('scrollY', 0);
		for (const element of document.querySelectorAll('main [id]')) {
			const top = tops[element.id]! + 2000 - 600;
			element.getBoundingClientRect = () => ({ top: top - scrollY, width: 20, height: 20 }) as DOMRect;
		}
		await restore(kept);
		grow(4000);
		expect(scrolledTo).toEqual([1400]);
		document.body.innerHTML = '';
	});

	it.each([
		['not drawn', ''],
		['hidden', '<main><h2 id="views" hidden></h2></main>']
	])('goes by the distance alone where the heading kept is %s', async (_, page) => {
		document.body.innerHTML = page;
		await restore({ y: 2000, anchor: { id: 'views', below: 300 } });
		grow(3000);
		expect(scrolledTo).toEqual([2000]);
		document.body.innerHTML = '';
	});

	it('keeps the place being gone back to, not the loading note’s top, when the page is left or hidden on the way', async () => {
		await restore({ y: 2000 });
		expect(scrollSnapshot.capture()).toEqual({ y: 2000 });
		grow(3000);
		vi.stubGlobal('scrollY', 2500);
		expect(scrollSnapshot.capture()).toEqual({ y: 2500 });
	});

	it('follows the page down as it draws, then lets it be', async () => {
		await restore({ y: 2000 });
		grow(500);
		expect(scrolledTo).toEqual([]);
		grow(1500);
		expect(scrolledTo).toEqual([800]);
		grow(3000);
		expect(scrolledTo).toEqual([800, 2000]);
		grow(6000);
		expect(scrolledTo).toEqual([800, 2000]);
	});

	it.each([
		['the reader scrolls', () => dispatchEvent(new Event('wheel'))],
		['the reader touches the screen', () => dispatchEvent(new Event('touchstart'))],
		['the reader presses a key', () => dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }))],
		['the reader clicks', () => document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }))],
		['the page has had as long as storage is given to open', () => vi.advanceTimersByTime(10_000)],
		['another page is on its way', () => history.pushState(null, '', '/data')],
		[
			'the page is scrolled some other way (a scrollbar dragged, a screen reader moving on)',
			() => {
				vi.stubGlobal('scrollY', 300);
				dispatchEvent(new Event('scroll'));
			}
		]
	])('stops when %s', async (_, happen) => {
		await restore({ y: 2000 });
		grow(1500);
		happen();
		grow(3000);
		expect(scrolledTo).toEqual([800]);
	});

	it('goes nowhere when the reader has gone on to another page before the follower’s code has loaded', async () => {
		scrollSnapshot.restore({ y: 2000 });
		history.pushState(null, '', '/data');
		await vi.dynamicImportSettled();
		grow(3000);
		expect(scrolledTo).toEqual([]);
	});

	it('waits a little under the time limit for a page that draws late', async () => {
		await restore({ y: 2000 });
		vi.advanceTimersByTime(9_000);
		grow(3000);
		expect(scrolledTo).toEqual([2000]);
	});

	it('follows only the latest place, when Back and Forward come quickly one after the other', async () => {
		await restore({ y: 2000 });
		await restore({ y: 300 });
		grow(3000);
		expect(scrolledTo).toEqual([300]);
	});

	it('takes a place kept as a number alone, as this version kept it at first', async () => {
		await restore(2000);
		grow(3000);
		expect(scrolledTo).toEqual([2000]);
	});

	it.each([
		['a word', 'far'],
		['nothing', null],
		['the top', 0],
		['above the top', -40],
		['not a number', Number.NaN],
		['no end', Infinity],
		['a record without a place', { x: 200 }],
		['a place above the top', { y: -5 }],
		['the top, with a heading that is no name', { y: 0, anchor: { id: 5, below: 30 } }],
		['the top, with a heading above its own top', { y: 0, anchor: { id: 'views', below: -30 } }]
	])(
		'does nothing with %s kept by an older version',
		async (_, kept) => {
			await restore(kept);
			grow(3000);
			expect(scrolledTo).toEqual([]);
			expect(watchers).toEqual([]);
		}
	);
});

describe('withScroll', () => {
	const ownKept: unknown[] = [];
	const page = withScroll({ capture: () => ({ view: 'gaps' }), restore: (kept) => void ownKept.push(kept) });
	beforeEach(() => void ownKept.splice(0));

	it('keeps the page’s own snapshot and the scroll together, and gives each back', async () => {
		vi.stubGlobal('scrollY', 1800);
		const kept = page.capture();
		// Back on the page, which opens at its top.
		vi.stubGlobal('scrollY', 0);
		await restoreOn(page, kept);
		expect(ownKept).toEqual([{ view: 'gaps' }]);
		grow(3000);
		expect(scrolledTo).toEqual([1800]);
	});

	it('gives an older version’s snapshot, kept without the scroll, to the page whole, and leaves the scroll alone', async () => {
		await restoreOn(page, { view: 'gaps' });
		await restoreOn(page, null);
		expect(ownKept).toEqual([{ view: 'gaps' }, null]);
		grow(3000);
		expect(scrolledTo).toEqual([]);
	});
});
