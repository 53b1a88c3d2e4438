// Apart from storage-status (which every page loads): only the pages that start something need it.
import { NEWER_VERSION_HERE } from './storage-status.svelte';

/** What to say when starting something fails: a newer version holds storage, or the browser will not let Rebalance save. */
export function cannotSaveHere(error: unknown): string {
	if (error instanceof DOMException && error.name === 'VersionError') return NEWER_VERSION_HERE;
	return 'This browser would not let Rebalance save here. Check that storage is allowed for this site, then try again.';
}
