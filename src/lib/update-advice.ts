/**
 * What to do about something made by a newer Rebalance. Reloading is not enough: the service worker keeps the cached
 * version until every Rebalance tab has closed, so a reload opens the same old version again.
 */
export const UPDATE_ADVICE = 'To get the newest version, close every Rebalance tab and window, then try again.';
