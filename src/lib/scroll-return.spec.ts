// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scrollSnapshot } from './scroll-return';

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
	});
	vi.stubGlobal('scrollY', 0);
	vi.stubGlobal('innerHeight', 700);
	Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, get: () => pageHeight });
	history.replaceState(null, '', '/results?id=r1');
});

afterEach(() => {
	scrollSnapshot.restore(0);
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('scrollSnapshot', () => {
	it('keeps how far down the page is scrolled', () => {
		vi.stubGlobal('scrollY', 2345);
		expect(scrollSnapshot.capture()).toBe(2345);
	});

	it('follows the page down as it draws, then lets it be', () => {
		scrollSnapshot.restore(2000);
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
		['another page is on its way', () => history.pushState(null, '', '/data')]
	])('stops when %s', (_, happen) => {
		scrollSnapshot.restore(2000);
		grow(1500);
		happen();
		grow(3000);
		expect(scrolledTo).toEqual([800]);
	});

	it('waits a little under the time limit for a page that draws late', () => {
		scrollSnapshot.restore(2000);
		vi.advanceTimersByTime(9_000);
		grow(3000);
		expect(scrolledTo).toEqual([2000]);
	});

	it('follows only the latest place, when Back and Forward come quickly one after the other', () => {
		scrollSnapshot.restore(2000);
		scrollSnapshot.restore(300);
		grow(3000);
		expect(scrolledTo).toEqual([300]);
	});

	it.each([['a word', 'far'], ['nothing', null], ['the top', 0], ['above the top', -40], ['not a number', Number.NaN], ['no end', Infinity], ['a record', { y: 200 }]])(
		'does nothing with %s kept by an older version',
		(_, kept) => {
			scrollSnapshot.restore(kept as never);
			grow(3000);
			expect(scrolledTo).toEqual([]);
			expect(watchers).toEqual([]);
		}
	);
});
