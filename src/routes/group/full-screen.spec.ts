import { describe, expect, it, vi } from 'vitest';
import { fullScreenPage, type FullScreenDocument } from './full-screen';

/** A document whose browser answers a request for full screen with `answer`, making the page full screen on a yes. */
function fakeDocument(fullscreenEnabled: boolean | undefined, already: boolean, answer: 'yes' | 'no') {
	const page = { requestFullscreen: vi.fn() };
	const doc = { fullscreenEnabled, fullscreenElement: already ? page : null, documentElement: page } as unknown as FullScreenDocument;
	page.requestFullscreen.mockImplementation(async () => {
		if (answer === 'no') throw new TypeError('Refused');
		Object.assign(doc, { fullscreenElement: page });
	});
	return { doc, page };
}

describe('fullScreenPage', () => {
	it.each([
		['a browser that says yes', true, false, 'yes', true, false],
		['a browser that says no', true, false, 'no', true, true],
		['a page already full screen', true, true, 'yes', false, false],
		['a browser that cannot (an iPhone, or a frame not allowed to)', false, false, 'yes', false, false],
		['a browser without the standard API', undefined, false, 'yes', false, false]
	] as const)('with %s, asks: %s, then offers a button: %s', async (_, enabled, already, answer, asks, offers) => {
		const { doc, page } = fakeDocument(enabled, already, answer);
		expect(await fullScreenPage(doc)).toBe(offers);
		expect(page.requestFullscreen).toHaveBeenCalledTimes(asks ? 1 : 0);
	});
});
