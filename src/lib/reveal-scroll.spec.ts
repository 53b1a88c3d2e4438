import { describe, expect, it } from 'vitest';
import { revealScroll, type Span } from './reveal-scroll';

// A window 700 px tall, as a phone's.
const view: Span = { top: 0, bottom: 700 };
const span = (top: number, bottom: number): Span => ({ top, bottom });

describe('revealScroll', () => {
	it.each([
		['both in view', span(400, 600), span(300, 350), 0],
		['the report just below the window, under the button', span(650, 900), span(560, 610), 200],
		['the report below, the button still in view once it is', span(720, 1000), span(600, 650), 300],
		['both far below, as when a picture appears above them', span(2150, 2350), span(2050, 2100), 1650],
		['both above the window', span(-300, -100), span(-400, -350), -400],
		['no control with focus, the report below', span(800, 1000), null, 300],
		['no control with focus, a report taller than the window', span(800, 1800), null, 800],
		['a report too tall to fit with the button: the button goes to the top, with as much report as fits', span(500, 1500), span(400, 450), 400],
		['a report too tall to fit with a file field under it: the field stays at the foot', span(-200, 800), span(850, 900), 200]
	])('with %s', (_name, target, keep, by) => {
		expect(revealScroll(target, keep, view)).toBe(by);
	});

	it('leaves the control with focus in view and as much of the report as it can, wherever they are', () => {
		for (let top = -3000; top <= 3000; top += 37)
			for (const height of [40, 300, 900]) {
				const keep = span(top, top + 50);
				const target = span(top + 60, top + 60 + height);
				const by = revealScroll(target, keep, view);
				expect(keep.top - by).toBeGreaterThanOrEqual(view.top);
				expect(keep.bottom - by).toBeLessThanOrEqual(view.bottom);
				// All of the report, or all that fits under the button at the window's top.
				const shown = Math.min(target.bottom - by, view.bottom) - Math.max(target.top - by, view.top);
				expect(shown).toBeGreaterThanOrEqual(Math.min(height, view.bottom - view.top - (target.top - keep.top)));
			}
	});
});
