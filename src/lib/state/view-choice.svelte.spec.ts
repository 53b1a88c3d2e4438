import { describe, expect, it } from 'vitest';
import { peopleHash, type PeopleShown } from '$lib/group/kept-view';
import { ViewChoice } from './view-choice.svelte';

const shown = (codes: string[]): PeopleShown => ({ labels: codes.map((_, index) => 'ABCDE'[index]!), hash: peopleHash(codes, 1) });
const four = shown(['w', 'x', 'y', 'z']);
const two = shown(['w', 'x']);
// Still four, so still A to D, but one of them is someone else.
const swapped = shown(['v', 'x', 'y', 'z']);
const place = (choice: ViewChoice) => ({ view: choice.view, highlight: choice.highlight });
/** As sessionStorage gives it back. */
const stored = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('ViewChoice', () => {
	it('comes back to the view and person kept, after a reload', () => {
		const before = new ViewChoice();
		before.show('s1', four);
		before.view = 'side-by-side';
		before.highlight = 1;
		const kept = stored(before.capture('s1'));

		const after = new ViewChoice();
		// SvelteKit restores as the page starts, before the session has been read.
		after.restore(kept, 's1');
		expect(place(after)).toEqual({ view: 'together', highlight: null });
		after.show('s1', four);
		expect(place(after)).toEqual({ view: 'side-by-side', highlight: 1 });
	});

	it('takes a restore at once when its session is already showing (Back to it, in place)', () => {
		const choice = new ViewChoice();
		choice.show('s1', four);
		choice.restore({ session: 's1', view: 'gaps', person: 'D', peopleHash: four.hash }, 's1');
		expect(place(choice)).toEqual({ view: 'gaps', highlight: 3 });
	});

	it('ignores what was kept for another session', () => {
		const choice = new ViewChoice();
		choice.restore({ session: 's1', view: 'gaps', person: null, peopleHash: four.hash }, 's2');
		choice.show('s2', four);
		expect(place(choice)).toEqual({ view: 'together', highlight: null });
		choice.restore({ session: 's1', view: 'gaps', person: null, peopleHash: four.hash }, 's2');
		expect(place(choice)).toEqual({ view: 'together', highlight: null });
		expect(choice.capture('s2')).toEqual({ session: 's2', view: 'together', person: null, peopleHash: four.hash });
	});

	it('starts another session afresh, and gives each page in the history its own session’s choice', () => {
		const choice = new ViewChoice();
		choice.show(null, four);
		choice.view = 'gaps';
		// A pasted link turns the screen to another session before the address changes.
		choice.show('s1', two);
		expect(place(choice)).toEqual({ view: 'together', highlight: null });
		expect(choice.capture(null)).toEqual({ session: null, view: 'gaps', person: null, peopleHash: four.hash });
		choice.view = 'sources';
		expect(choice.capture('s1')).toEqual({ session: 's1', view: 'sources', person: null, peopleHash: two.hash });
		// Back to the first, in place: its own choice again.
		choice.show(null, four);
		expect(place(choice)).toEqual({ view: 'gaps', highlight: null });
	});

	it('keeps what it was given while the session is still being read, so a second reload keeps it too', () => {
		const choice = new ViewChoice();
		const kept = { session: 's1', view: 'sources', person: null, peopleHash: four.hash };
		choice.restore(kept, 's1');
		expect(choice.capture('s1')).toEqual(kept);
		expect(choice.capture('s2')).toBeNull();
	});

	it.each([
		['someone is added', shown(['w', 'x', 'y', 'z', 'zz'])],
		['someone is taken out', shown(['w', 'x', 'y'])],
		['one is taken out and another added', swapped]
	])('lets go of the person picked when %s', (_, after) => {
		const choice = new ViewChoice();
		choice.show('s1', four);
		choice.view = 'side-by-side';
		choice.highlight = 2;
		choice.show('s1', shown(['w', 'x', 'y', 'z']));
		expect(choice.highlight).toBe(2);
		choice.show('s1', after);
		expect(place(choice)).toEqual({ view: 'side-by-side', highlight: null });
	});

	it('does not pick again after a reload when one person was swapped for another before it', () => {
		const before = new ViewChoice();
		before.show('s1', four);
		before.highlight = 1;
		const kept = stored(before.capture('s1'));

		const after = new ViewChoice();
		after.restore(kept, 's1');
		after.show('s1', swapped);
		expect(after.highlight).toBeNull();
	});

	it('reads what an older version kept (a count, not a hash) as the view alone, nobody picked', () => {
		const choice = new ViewChoice();
		choice.restore({ session: 's1', view: 'gaps', person: 'B', people: 4 }, 's1');
		choice.show('s1', four);
		expect(place(choice)).toEqual({ view: 'gaps', highlight: null });
	});
});
