// A small W3C WebDriver client for WebKitGTK's WebKitWebDriver: Playwright cannot drive
// Debian's WebKit, and these few calls are all the WebKit journeys need.

import { request } from './webdriver-request';

/** The key under which WebDriver hands over a reference to a page element. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A reference to an element on the page, as WebDriver returns it. */
export type ElementRef = { [ELEMENT]: string };

/** WebDriver's codes for keys that type no character, for `press`. */
export const KEY = { ArrowLeft: '\uE012', ArrowRight: '\uE014', Escape: '\uE00C' } as const;

/** Errors a journey found on the page: uncaught errors, rejections and console.error calls. */
const WATCH_ERRORS = `
if (!window.__pageErrors) {
	window.__pageErrors = [];
	addEventListener('error', (event) => __pageErrors.push(String(event.message)));
	addEventListener('unhandledrejection', (event) => __pageErrors.push('Unhandled rejection: ' + String(event.reason?.stack ?? event.reason)));
	const consoleError = console.error;
	console.error = (...args) => { __pageErrors.push('console.error: ' + args.join(' ')); consoleError(...args); };
}`;

/** One browser window in WebKit, driven through WebDriver, with the app at `baseUrl`. */
export class WebKitPage {
	private constructor(
		private readonly session: string,
		private readonly baseUrl: string
	) {}

	/** Opens a new window on the WebDriver server and app that scripts/webkit.js started. */
	static start(): Promise<WebKitPage> {
		const { WEBDRIVER_URL, APP_URL } = process.env;
		if (!WEBDRIVER_URL || !APP_URL) {
			throw new Error('WEBDRIVER_URL or APP_URL is not set: run the WebKit journeys with `node scripts/webkit.js`');
		}
		return WebKitPage.open(WEBDRIVER_URL, APP_URL);
	}

	/** Opens a new window through the WebDriver server at `driverUrl`. */
	static async open(driverUrl: string, baseUrl: string): Promise<WebKitPage> {
		const capabilities = { alwaysMatch: { 'webkitgtk:browserOptions': { args: ['--automation'] } } };
		// On a busy CI machine, WebKitWebDriver has twice left a new window's request unanswered for
		// minutes, where it usually takes a second: ask again rather than wait for it.
		for (let attempt = 1; ; attempt++) {
			try {
				const created = (await request(driverUrl, 'POST', '/session', { capabilities }, 40_000)) as { sessionId: string };
				return new WebKitPage(`${driverUrl}/session/${created.sessionId}`, baseUrl);
			} catch (error) {
				if (attempt === 3 || !(error instanceof Error && error.name === 'TimeoutError')) throw error;
			}
		}
	}

	private call(method: string, path: string, body?: unknown): Promise<unknown> {
		return request(this.session, method, path, body);
	}

	/** True once `close` has been called. */
	closed = false;

	/** Closes the window. */
	close(): Promise<unknown> {
		this.closed = true;
		return this.call('DELETE', '');
	}

	/** Sets the window's outer size. */
	resize(width: number, height: number): Promise<unknown> {
		return this.call('POST', '/window/rect', { width, height });
	}

	/** Loads a path of the app (or a whole address) and starts watching for errors on it. */
	async goto(path: string): Promise<void> {
		await this.call('POST', '/url', { url: new URL(path, this.baseUrl).href });
		await this.evaluate(WATCH_ERRORS);
	}

	/** Reloads the page and starts watching for errors again. */
	async reload(): Promise<void> {
		await this.call('POST', '/refresh', {});
		await this.evaluate(WATCH_ERRORS);
	}

	/** The page's address, without its origin. */
	async path(): Promise<string> {
		const url = new URL((await this.call('GET', '/url')) as string);
		return url.pathname + url.search + url.hash;
	}

	/** Runs a function body in the page (`arguments` holds `args`) and returns its result. */
	async evaluate<T>(body: string, ...args: unknown[]): Promise<T> {
		return (await this.call('POST', '/execute/sync', { script: body, args })) as T;
	}

	/** Runs a function body that calls its last argument with its result, and waits for that. */
	async evaluateAsync<T>(body: string, ...args: unknown[]): Promise<T> {
		return (await this.call('POST', '/execute/async', { script: body, args })) as T;
	}

	/** Waits until an expression (a function body's return value) is truthy in the page, and returns it. */
	async waitFor<T>(body: string, what: string, timeout = 10_000): Promise<T> {
		const end = Date.now() + timeout;
		for (;;) {
			const value = await this.evaluate<T>(body);
			if (value) return value;
			if (Date.now() > end) {
				const shown = await this.evaluate<string>('return `${location.href}: ${document.body?.innerText.slice(0, 400)}`');
				throw new Error(`Timed out waiting for ${what}. The page showed ${shown}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}

	/** The first visible element matching `selector` whose text contains `text`; fails when none is found in time. */
	find(selector: string, text = ''): Promise<ElementRef> {
		return this.waitFor<ElementRef>(
			`return [...document.querySelectorAll(${JSON.stringify(selector)})].find((element) =>
				element.textContent.includes(${JSON.stringify(text)}) && element.getClientRects().length > 0) ?? null`,
			`${selector} “${text}”`
		);
	}

	/** Clicks an element as a person would: scrolled into view, then a real pointer click. */
	async click(target: ElementRef | string, text = ''): Promise<void> {
		const element = typeof target === 'string' ? await this.find(target, text) : target;
		await this.evaluate('arguments[0].scrollIntoView({ block: "center" })', element);
		await this.call('POST', `/element/${element[ELEMENT]}/click`, {});
	}

	/** Types into a field by key presses; for a file input, `text` is the file's path. */
	async type(target: ElementRef | string, text: string): Promise<void> {
		const element = typeof target === 'string' ? await this.find(target) : target;
		await this.call('POST', `/element/${element[ELEMENT]}/value`, { text });
	}

	/** Presses and releases one key, as a keyboard would, on whatever has focus; `key` is a character or one of KEY. */
	async press(key: string): Promise<void> {
		const actions = [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }];
		await this.call('POST', '/actions', { actions });
	}

	/** What the page reported as going wrong since it was loaded. */
	errors(): Promise<string[]> {
		return this.evaluate<string[]>('return window.__pageErrors ?? []');
	}
}
