/** What to do about a link, code or file made by a newer Rebalance: the page shows the button (UpdateRebalance). */
export const UPDATE_ADVICE = 'Press “Update Rebalance” to get the newest version.';

/** The message a page sends the newer service worker, waiting to take over, to take over now (app-update.ts). */
export const SKIP_WAITING = 'rebalance-skip-waiting';

/** What the update button says when the site cannot be asked for its newest version. */
export const UNREACHABLE_WORDS = 'Rebalance could not check for a newer version. Check you are online, then try again.';
