/*
 * Links to someone's own reflection pasted where their share code should be: a results or
 * reflect page's address (`…/results?id=…`, `…/reflect?id=…&step=…`), copied from the address
 * bar. The reflection is kept only in that person's browser, so the link opens nothing anywhere
 * else, and it carries no scores. Rebalance may be served from any host and folder, so a link is
 * known by its page's name and the shape of its id (a random UUID), not by where it points.
 */

const OWN_PAGE_LINK =
	/\/(?:results|reflect)(?:\.html|\/)?\?(?:[^\s#"'<>]*?&)?id=([0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12})(?![0-9a-z-])/gi;

/** How many different reflections the text has links to (the same link twice is one person's). */
export function countOwnPageLinks(text: string): number {
	return new Set([...text.matchAll(OWN_PAGE_LINK)].map((match) => match[1]?.toLowerCase())).size;
}

/** What the report says of `count` such links, e.g. "One link is to someone’s own reflection, not a share code." */
export function ownLinksText(count: number): string {
	return count === 1
		? 'One link is to someone’s own reflection, not a share code.'
		: `${count} links are to people’s own reflections, not share codes.`;
}

/** What to do about `count` such links: ask for the code on their results page, in the words on that page. */
export function ownLinksAdvice(count: number): string {
	return count === 1
		? 'That page only opens on the device it was made on. Ask them to open their results, press “Show my share code” and send you the code.'
		: 'Those pages only open on the devices they were made on. Ask each person to open their results, press “Show my share code” and send you the code.';
}
