// Apart from update-advice.ts, which the reflection's own pages load: only the update button needs these words.

/** What the update button says when the site cannot be asked for its newest version. */
export const UNREACHABLE_WORDS = 'Rebalance could not check for a newer version. Check you are online, then try again.';
