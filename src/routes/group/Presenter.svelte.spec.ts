import { fireEvent, render, screen } from '@testing-library/svelte';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { six, standardCode } from '$lib/group/share-codes.test-helper';
import { GroupState } from '$lib/state/group.svelte';
import { closeDatabase } from '$lib/storage/db';
import { addCodes } from '$lib/storage/group-codes';
import { DB_NAME } from '$lib/storage/schema';
import { STANDARD_FINGERPRINT } from '$lib/share/session-fingerprint';
import { GROUP_PALETTES } from '$lib/chart/group-palette';
import { subpaths } from '$lib/chart/svg-path.test-helper';
import { textChanges } from '$lib/components/live-region.test-helper';
import Presenter from './Presenter.svelte';

beforeEach(async () => {
	await closeDatabase();
	await deleteDB(DB_NAME);
});
afterEach(() => closeDatabase());

async function present(scores = [six(10, 90), six(30, 70), six(50, 50)]) {
	await addCodes(STANDARD_FINGERPRINT, scores.map(standardCode));
	const group = new GroupState();
	await group.open(null);
	const onleave = vi.fn();
	const view = render(Presenter, { group, view: 'together', onleave });
	// jsdom has no modal dialogs, so the presenter shows itself with the open attribute instead
	const dialog = view.container.querySelector('dialog')!;
	const press = (key: string) => fireEvent.keyDown(document.activeElement ?? dialog, { key });
	return { onleave, dialog, press, ...view };
}

describe('Presenter', () => {
	it('opens, takes focus and names the view', async () => {
		const { dialog } = await present();
		expect(dialog).toHaveAttribute('open');
		expect(dialog).toContainElement(document.activeElement as HTMLElement);
		// Projected to the room: a plain name for the group, not what its codes were made without.
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Our group: Everyone together');
		expect(dialog).toHaveAccessibleName('Our group: Everyone together');
		// Focus starts on the view, named apart from the dialog around it so the name is not heard twice.
		expect(document.activeElement).toHaveAccessibleName('The group picture');
		expect(screen.getByRole('status')).toHaveTextContent('Everyone together, view 1 of 4.');
	});

	it.each([
		[['ArrowRight'], 'Side by side'],
		[['PageDown', 'PageDown'], 'Source by source'],
		[['ArrowLeft'], 'Biggest gaps'],
		[['PageUp', 'ArrowRight', 'ArrowRight'], 'Side by side']
	])('%s moves to %s', async (keys, name) => {
		const { press } = await present();
		for (const key of keys) await press(key);
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(`: ${name}`);
	});

	it('has buttons for what the keys do, for touch screens', async () => {
		const { container } = await present();
		const button = (name: string) => screen.getByRole('button', { name, hidden: true });
		await fireEvent.click(button('Next view'));
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(': Side by side');
		await fireEvent.click(button('Next person'));
		await fireEvent.click(button('Next person'));
		expect(screen.getByRole('status')).toHaveTextContent('Showing B, 2 of 3.');
		expect(container.querySelector('li.on')).toHaveTextContent('B');
		await fireEvent.click(button('Previous person'));
		expect(screen.getByRole('status')).toHaveTextContent('Showing A, 1 of 3.');
		await fireEvent.click(button('Show everyone'));
		expect(container.querySelector('li.on')).toBeNull();
		await fireEvent.click(button('Previous view'));
		await fireEvent.click(button('Previous view'));
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(': Biggest gaps');
	});

	it('keeps the person buttons in place but unavailable on views that show no one person', async () => {
		await present();
		const next = screen.getByRole('button', { name: 'Next person', hidden: true });
		expect(next).toHaveAttribute('aria-disabled', 'false');
		await fireEvent.click(screen.getByRole('button', { name: 'Next view', hidden: true }));
		await fireEvent.click(screen.getByRole('button', { name: 'Next view', hidden: true }));
		expect(next).toHaveAttribute('aria-disabled', 'true');
		await fireEvent.click(next);
		await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Source by source, view 3 of 4. Pick a person on view 1 or 2.'));
		await fireEvent.click(screen.getByRole('button', { name: 'Next view', hidden: true }));
		expect(screen.getByRole('status')).toHaveTextContent(/^Biggest gaps, view 4 of 4\.$/);
		const heard = textChanges(screen.getByRole('status'));
		const refusals = () => heard.filter((said) => said.includes('Pick a person on view 1 or 2.'));
		await fireEvent.click(screen.getByRole('button', { name: 'Show everyone', hidden: true }));
		await vi.waitFor(() => expect(refusals()).toHaveLength(1));
		await fireEvent.click(screen.getByRole('button', { name: 'Show everyone', hidden: true }));
		// Said on each press, not only the first.
		await vi.waitFor(() => expect(refusals()).toHaveLength(2));
	});

	it.each(['ArrowDown', 'n', 'h'])('says why no one can be picked once a press of %s, never the view alone first', async (key) => {
		const { press } = await present();
		await press('ArrowRight');
		await press('ArrowRight');
		const status = screen.getByRole('status');
		const heard = textChanges(status);
		for (let time = 0; time < 3; time++) {
			await press(key);
			await vi.waitFor(() => expect(status).toHaveTextContent('Pick a person on view 1 or 2.'));
		}
		// A blank status is not read out; every change with words is the whole message.
		expect(heard.filter((said) => said !== '')).toEqual(Array(3).fill('Source by source, view 3 of 4. Pick a person on view 1 or 2.'));
		// Blanked before each press's words, so the same words again are a change to hear.
		expect(heard.filter((said) => said === '')).toHaveLength(3);
	});

	it('has a button that shows and hides the view’s words, which a small screen keeps behind it, from the top of the view', async () => {
		const { dialog } = await present();
		const about = screen.getByRole('button', { name: 'About this chart', hidden: true });
		const stage = dialog.querySelector<HTMLElement>('.stage')!;
		expect(about).toHaveAttribute('aria-expanded', 'false');
		expect(about).toHaveAttribute('aria-controls', stage.id);
		expect(stage).toContainElement(dialog.querySelector('.intro'));
		stage.scrollTop = 200;
		await fireEvent.click(about);
		expect(about).toHaveAttribute('aria-expanded', 'true');
		expect(stage).toHaveClass('notes');
		expect(stage.scrollTop).toBe(0);
		await fireEvent.click(about);
		expect(about).toHaveAttribute('aria-expanded', 'false');
		expect(stage).not.toHaveClass('notes');
	});

	it('opening the view’s words takes focus to their start, above the chart and before the button in reading order, and Escape brings it back', async () => {
		const { dialog, press } = await present();
		const about = screen.getByRole('button', { name: 'About this chart', hidden: true });
		vi.spyOn(about, 'getClientRects').mockReturnValue([new DOMRect(0, 0, 100, 40)] as unknown as DOMRectList);
		about.focus();
		await fireEvent.click(about);
		// Left on the button, a screen reader read on into the footer, away from the words just opened above it.
		const words = dialog.querySelector<HTMLElement>('.stage .intro')!;
		await vi.waitFor(() => expect(words).toHaveFocus());
		expect(words).toHaveTextContent(/^Each thin line is one person\./);
		expect(words.compareDocumentPosition(about) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
		await press('Escape');
		expect(about).toHaveFocus();
		expect(about).toHaveAttribute('aria-expanded', 'false');
	});

	it('with focus in the view’s words, changing view keeps it in the next view’s words, where the keys still work', async () => {
		const { dialog, press } = await present();
		await fireEvent.click(screen.getByRole('button', { name: 'About this chart', hidden: true }));
		await vi.waitFor(() => expect(dialog.querySelector('.intro')).toHaveFocus());
		await press('ArrowRight');
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(': Side by side');
		// The words focused were those of the last view, gone with it: focus went to the page, where no key reached presenter mode.
		await vi.waitFor(() => expect(dialog.querySelector('.intro')).toHaveFocus());
		expect(document.activeElement).toHaveTextContent(/^One small chart per person/);
		await press('ArrowRight');
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(': Source by source');
	});

	it('leaves Space to a focused button, and takes it for scrolling elsewhere', async () => {
		const { dialog } = await present();
		const button = screen.getByRole('button', { name: 'Next view', hidden: true });
		expect(await fireEvent.keyDown(button, { key: ' ' })).toBe(true);
		const stage = dialog.querySelector<HTMLElement>('.stage')!;
		stage.scrollBy = vi.fn();
		// jsdom lays nothing out, so the stage is given a height to scroll by.
		Object.defineProperty(stage, 'clientHeight', { value: 500 });
		expect(await fireEvent.keyDown(stage, { key: ' ' })).toBe(false);
		expect(await fireEvent.keyDown(stage, { key: ' ', shiftKey: true })).toBe(false);
		expect(vi.mocked(stage.scrollBy).mock.calls.map(([options]) => (options as ScrollToOptions).top)).toEqual([425, -425]);
	});

	it('picks one outline at a time with Up/Down or N/P and shows everyone again with H', async () => {
		const { press, container } = await present();
		await press('ArrowDown');
		expect(screen.getByRole('status')).toHaveTextContent('Showing A, 1 of 3.');
		expect(container.querySelector('g.picked')).not.toBeNull();
		await press('n');
		expect(screen.getByRole('status')).toHaveTextContent('Showing B, 2 of 3.');
		await press('ArrowUp');
		await press('p');
		expect(screen.getByRole('status')).toHaveTextContent('Showing C, 3 of 3.');
		await press('ArrowRight');
		expect(screen.getByRole('status')).toHaveTextContent('Side by side, view 2 of 4. Showing C, 3 of 3.');
		expect(container.querySelector('li.on')).toHaveTextContent('C');
		expect(container.querySelectorAll('li.dim')).toHaveLength(2);
		await press('h');
		expect(container.querySelector('li.on')).toBeNull();
		expect(screen.getByRole('status')).toHaveTextContent('Side by side, view 2 of 4.');
	});

	it('keys a mark on its own as it is drawn: hollow for everyone, solid for the person picked', async () => {
		// One person answered 0 throughout, so their outlines are only a mark at the centre.
		const { press, container } = await present([six(0, 0), six(30, 70), six(50, 50)]);
		const swatch = () =>
			[...container.querySelectorAll('.legend li')]
				.find((entry) => entry.textContent?.includes('A circle or diamond on its own'))
				?.querySelector('circle.perceived')
				?.getAttribute('fill');
		// The picked person's solid mark where there is one, otherwise everyone's hollow marks.
		const drawn = () =>
			(container.querySelector('g.marks path.perceived') ?? container.querySelector('g.alone.perceived'))?.getAttribute('fill');
		const seen: (string | null | undefined)[] = [];
		for (const key of [null, 'ArrowDown', 'ArrowDown', 'ArrowDown']) {
			if (key) await press(key);
			seen.push(drawn());
			expect(swatch()).toBe(drawn());
		}
		// Nobody picked and two of the three picks draw hollow marks; the pick of the person at 0, solid.
		expect(seen.filter((fill) => fill === 'none')).toHaveLength(3);
		expect(seen.filter((fill) => fill !== 'none')).toEqual([expect.stringMatching(/^#[0-9a-f]{6}$/i)]);
	});

	it('keys the picked person’s bold outlines as drawn, a line for each reading drawn as one, and their framed chart', async () => {
		// One person answered 0 throughout: their outlines are only a mark, which the key's mark on its own explains.
		const { press, container } = await present([six(0, 0), six(30, 70), six(50, 50)]);
		const entry = () => [...container.querySelectorAll('.legend li')].filter((item) => item.textContent?.trim() === 'The person picked');
		// Seen and heard only while it says something; it holds its place meanwhile, so the chart does not move when it shows.
		const seen = () => entry()[0]?.getAttribute('aria-hidden') !== 'true';
		expect(entry()).toHaveLength(1);
		expect(seen()).toBe(false);
		const keyed: string[] = [];
		for (let pick = 0; pick < 3; pick++) {
			await press('ArrowDown');
			expect(entry()).toHaveLength(1);
			const swatch = [...entry()[0]!.querySelectorAll('line')];
			expect(entry()[0]!.querySelector('circle, path, rect')).toBeNull();
			// A line shows where a part of the path joins two different places.
			const shown = ['perceived', 'actual'].flatMap((reading) => {
				const d = container.querySelector(`g.picked path.${reading}`)?.getAttribute('d') ?? '';
				return subpaths(d).some(({ points }) => new Set(points.map(({ x, y }) => `${x},${y}`)).size > 1) ? [reading] : [];
			});
			// A bold line in the key for each bold line drawn, in its colour and dashes.
			expect(swatch.map((line) => line.classList[0])).toEqual(shown);
			for (const line of swatch) {
				const drawn = container.querySelector(`g.picked path.${line.classList[0]}`)!;
				expect(line.getAttribute('stroke')).toBe(drawn.getAttribute('stroke'));
				expect(line.getAttribute('stroke-dasharray')).toBe(drawn.getAttribute('stroke-dasharray'));
				expect(Number(line.getAttribute('stroke-width'))).toBeGreaterThan(2);
			}
			expect(seen()).toBe(shown.length > 0);
			keyed.push(shown.join(' and '));
		}
		// Two people have both lines; the person at 0 has none.
		expect(keyed.sort()).toEqual(['', 'perceived and actual', 'perceived and actual']);

		await press('ArrowRight');
		expect(container.querySelector('li.on')).not.toBeNull();
		expect(seen()).toBe(true);
		expect(entry()[0]?.querySelector('rect')?.getAttribute('stroke')).toBe(GROUP_PALETTES.dark.highlight);
		await press('h');
		expect(entry()).toHaveLength(1);
		expect(seen()).toBe(false);
	});

	it('leaves with Escape or the button, once', async () => {
		const { press, onleave, dialog } = await present();
		await press('Escape');
		expect(onleave).toHaveBeenCalledTimes(1);
		expect(dialog).not.toHaveAttribute('open');
		await fireEvent.click(screen.getByRole('button', { name: 'Leave presenter mode', hidden: true }));
		expect(onleave).toHaveBeenCalledTimes(1);
	});

	/** Opens the view's words with "About this chart", shown as a small screen shows it (jsdom lays nothing out, so it is given a box). */
	async function openNotes(dialog: HTMLElement) {
		const about = screen.getByRole('button', { name: 'About this chart', hidden: true });
		vi.spyOn(about, 'getClientRects').mockReturnValue([new DOMRect(0, 0, 100, 40)] as unknown as DOMRectList);
		await fireEvent.click(about);
		expect(about).toHaveAttribute('aria-expanded', 'true');
		// Focus elsewhere, as after reading on with Tab.
		dialog.querySelector<HTMLElement>('.stage')!.focus();
		return about;
	}

	const closers: [string, (dialog: HTMLElement) => Promise<unknown>][] = [
		['Escape', (dialog) => fireEvent.keyDown(dialog.querySelector('.stage')!, { key: 'Escape' })],
		// Chromium's own close of a modal dialog: Escape with a key held, which the presenter leaves alone, or a phone's Back.
		['the browser’s cancel', (dialog) => fireEvent(dialog, new Event('cancel', { cancelable: true }))],
		// In full screen Escape is the browser's: the page hears only that full screen has ended.
		['leaving full screen', () => fireEvent(document, new Event('fullscreenchange'))]
	];

	it.each(closers)('with the view’s words open behind “About this chart”, %s closes them, back to the button, and the next one leaves', async (_, close) => {
		const { dialog, onleave } = await present();
		const about = await openNotes(dialog);
		await close(dialog);
		expect(onleave).not.toHaveBeenCalled();
		expect(dialog).toHaveAttribute('open');
		expect(about).toHaveAttribute('aria-expanded', 'false');
		expect(dialog.querySelector('.stage')).not.toHaveClass('notes');
		expect(about).toHaveFocus();
		await close(dialog);
		expect(onleave).toHaveBeenCalledTimes(1);
		expect(dialog).not.toHaveAttribute('open');
	});

	it('leaves at once on a cancel the browser will not let be refused, even with the view’s words open', async () => {
		const { dialog, onleave } = await present();
		await openNotes(dialog);
		await fireEvent(dialog, new Event('cancel', { cancelable: false }));
		expect(onleave).toHaveBeenCalledTimes(1);
	});

	it.each(closers)('where “About this chart” is hidden (a large screen shows the words all along), %s leaves at once', async (_, close) => {
		const { dialog, onleave } = await present();
		await fireEvent.click(screen.getByRole('button', { name: 'About this chart', hidden: true }));
		await close(dialog);
		expect(onleave).toHaveBeenCalledTimes(1);
	});

	describe('full screen', () => {
		/**
		 * Stands in for the browser's full screen, which jsdom lacks: `answers` says, request by request, whether it
		 * is granted. As the standard has it, a dialog is refused, and the page is full screen when a request is
		 * answered, with fullscreenchange fired after.
		 */
		function fakeFullScreen(answers: boolean[], fullscreenEnabled = true) {
			let element: Element | null = null;
			const change = (to: Element | null) => {
				element = to;
				setTimeout(() => document.dispatchEvent(new Event('fullscreenchange')));
			};
			const request = vi.fn(async function (this: Element) {
				if (this instanceof HTMLDialogElement || !answers.shift()) throw new TypeError('Refused');
				change(this);
			});
			Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: fullscreenEnabled });
			Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => element });
			Object.defineProperty(document, 'exitFullscreen', { configurable: true, value: async () => change(null) });
			Object.defineProperty(Element.prototype, 'requestFullscreen', { configurable: true, value: request });
			// The browser's own way out: Escape in full screen, a phone's Back.
			return { request, leave: () => change(null) };
		}

		afterEach(() => {
			for (const name of ['fullscreenEnabled', 'fullscreenElement', 'exitFullscreen']) Reflect.deleteProperty(document, name);
			Reflect.deleteProperty(Element.prototype, 'requestFullscreen');
		});

		const fullScreenButton = () => screen.queryByRole('button', { name: 'Full screen', hidden: true });
		const offered = () => screen.findByRole('button', { name: 'Full screen', hidden: true });
		// Until the browser's fullscreenchange, fired after it answers, has been heard.
		const settled = () => new Promise((done) => setTimeout(done));

		it('makes the page full screen on opening, not the dialog, which the browser refuses, and offers no button to', async () => {
			const { request } = fakeFullScreen([true]);
			await present();
			await vi.waitFor(() => expect(document.fullscreenElement).toBe(document.documentElement));
			expect(request.mock.contexts).toEqual([document.documentElement]);
			await settled();
			expect(fullScreenButton()).toBeNull();
		});

		it('where the browser refuses, offers a “Full screen” button, which asks again and, once full screen, is gone, leaving focus on the picture', async () => {
			const { request } = fakeFullScreen([false, true]);
			const { dialog } = await present();
			const button = await offered();
			expect(document.fullscreenElement).toBeNull();
			button.focus();
			await fireEvent.click(button);
			await vi.waitFor(() => expect(fullScreenButton()).toBeNull());
			expect(document.fullscreenElement).toBe(document.documentElement);
			expect(request).toHaveBeenCalledTimes(2);
			expect(document.activeElement).toBe(dialog.querySelector('.stage'));
		});

		it('leaving full screen with the view’s words open closes them and offers to go back, which keeps presenter mode and focus; leaving again leaves', async () => {
			const full = fakeFullScreen([true, true]);
			const { dialog, onleave } = await present();
			await vi.waitFor(() => expect(document.fullscreenElement).not.toBeNull());
			await settled();
			const about = await openNotes(dialog);
			full.leave();
			await vi.waitFor(() => expect(about).toHaveAttribute('aria-expanded', 'false'));
			expect(about).toHaveFocus();
			const button = await offered();
			await fireEvent.click(button);
			await vi.waitFor(() => expect(fullScreenButton()).toBeNull());
			expect(document.fullscreenElement).toBe(document.documentElement);
			expect(dialog).toHaveAttribute('open');
			// Clicked without taking focus, as a mouse does: focus stays where it was.
			expect(about).toHaveFocus();
			expect(onleave).not.toHaveBeenCalled();
			await settled();
			full.leave();
			await vi.waitFor(() => expect(onleave).toHaveBeenCalledTimes(1));
		});

		it('where the browser cannot go full screen (an iPhone), asks nothing and offers no button', async () => {
			const { request } = fakeFullScreen([true], false);
			await present();
			await settled();
			expect(request).not.toHaveBeenCalled();
			expect(fullScreenButton()).toBeNull();
		});
	});

	it('leaves other keys alone', async () => {
		const { press, onleave } = await present();
		await press('Tab');
		await press('x');
		expect(onleave).not.toHaveBeenCalled();
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Everyone together');
	});
});
