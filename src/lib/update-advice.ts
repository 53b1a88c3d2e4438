/** What to do about a link, code or file made by a newer Rebalance: the page shows the button (UpdateRebalance). */
export const UPDATE_ADVICE = 'Press “Update Rebalance” to get the newest version.';

/** The message a page sends the newer service worker, waiting to take over, to take over now (app-update.ts). */
export const SKIP_WAITING = 'rebalance-skip-waiting';
