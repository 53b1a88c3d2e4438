/**
 * Changes the address bar without a SvelteKit navigation, keeping SvelteKit's history state so
 * Back and Forward work as before. For an address that changes while the page stays the same:
 * SvelteKit's replaceState updates the page as if it were new, and its route announcer then
 * reads out the same page title, assertively, over what the page has just said or focused.
 * SvelteKit's page.url keeps the address it knew: read location instead.
 */
export function replaceAddressQuietly(url: string): void {
	// History's own method, on its prototype, because SvelteKit warns (while developing) about any
	// history.replaceState it did not make, even one that keeps its state.
	History.prototype.replaceState.call(history, history.state, '', url);
}
