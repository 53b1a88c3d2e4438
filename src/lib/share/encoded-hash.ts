/*
 * A session or share link whose '#' arrived as '%23', as some email and chat apps send it:
 * /join%231z... or /group%23code=5K7Q-.... The static host serves the app for any path and no
 * page has that path, so the error page sends the person to the address that was meant.
 */

// The pages whose links carry what they open after '#' (session-link.ts, share-link.ts).
const HASH_PAGE = /^\/(join|group)\/?#(.+)$/s;

/** The address meant by a path whose '#' arrived as '%23' ('/join#1z…', '/group#code=…'), or null. */
export function mendedHashAddress(pathname: string): string | null {
	if (!pathname.includes('%23')) return null;
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	const match = HASH_PAGE.exec(decoded);
	return match ? `/${match[1]}#${match[2]}` : null;
}
