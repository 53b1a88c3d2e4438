/*
 * A share code as a link to the group screen: https://host/group#code=5K7Q-M3XZ-ABCD-EF12-3Q.
 * The code sits in the fragment, so the static host never sees it. Bare fragments such as
 * .../add#5K7QM3XZABCDEF123Q are read too.
 */

// Far longer than any code with its dashes; anything longer is not worth reading.
const MAX_CODE_FRAGMENT_LENGTH = 120;
const CODE_TEXT = /^[0-9A-Za-z\s-]+$/;

/** The group screen link that carries one share code, under `origin` (which may include a base path). */
export function shareCodeLink(origin: string, code: string): string {
	return `${origin.replace(/\/+$/, '')}/group#code=${code}`;
}

function percentDecoded(text: string): string | null {
	try {
		return decodeURIComponent(text);
	} catch {
		return null;
	}
}

/** The code text in a URL fragment (with or without its '#'), still to be decoded; null if there is none. */
export function codeFromFragment(hash: string): string | null {
	if (hash.length > MAX_CODE_FRAGMENT_LENGTH) return null;
	const fragment = hash.replace(/^#/, '');
	const field = fragment.includes('=')
		? fragment
				.split('&')
				.find((part) => part.startsWith('code='))
				?.slice('code='.length)
		: fragment;
	const text = field === undefined ? null : percentDecoded(field.replace(/\+/g, ' '))?.trim();
	return text && CODE_TEXT.test(text) ? text : null;
}

/** Whether a fragment has the form of a share link (`code=` as a field), readable or not: a damaged one still deserves a message. */
export function isShareLinkFragment(hash: string): boolean {
	return /(^#?|&)code=/.test(hash);
}
