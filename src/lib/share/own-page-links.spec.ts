import { describe, expect, it } from 'vitest';
import { countOwnPageLinks, ownLinksAdvice, ownLinksText } from './own-page-links';

const ID = '3f2a9c1b-7d4e-4f60-8182-93a4b5c6d7e8';
const OTHER = '550e8400-e29b-41d4-a716-446655440000';

describe('countOwnPageLinks', () => {
	it.each<[string, string, number]>([
		['a results page, on any host', `Sam: https://rebalance.example.org/results?id=${ID}`, 1],
		['a reflect page with its step, on a local address', `http://localhost:4173/reflect?id=${ID}&step=money`, 1],
		['the id after another parameter', `https://example.org/reflect?step=closing&id=${ID}`, 1],
		['served from a folder, in angle brackets', `<https://intranet.nhs.example/tools/rebalance/results?id=${ID}>`, 1],
		['without the scheme, in capitals', `REBALANCE.EXAMPLE.ORG/RESULTS?ID=${ID.toUpperCase()}`, 1],
		['a page served with its file name', `https://example.org/results.html?id=${ID}`, 1],
		['the same link twice, and its reflect page: one person', `${`https://x.org/results?id=${ID} `.repeat(2)}https://x.org/reflect?id=${ID}&step=role`, 1],
		['two people’s links in a chat', `[10:01] Sam: https://x.org/results?id=${ID}\n[10:02] Jo: https://x.org/results?id=${OTHER}.`, 2],
		['a share link', 'https://example.org/group#code=5K7Q-M3XZ-ABCD-EF12-3Q', 0],
		['a session link', 'https://example.org/join#AbCdEf123', 0],
		['a results page without an id', 'https://example.org/results and https://example.org/results?id=', 0],
		['an id that is not a reflection’s', 'https://example.org/results?id=42 https://example.org/results?id=3f2a9c1b7d4e4f60', 0],
		['an id running on', `https://example.org/results?id=${ID}5`, 0],
		['another page’s id', `https://example.org/data?id=${ID} https://example.org/my-results?id=${ID} https://example.org/results?ids=${ID}`, 0],
		['a page named results in its fragment', `https://example.org/#/results?x=1 id=${ID}`, 0]
	])('%s', (_, text, expected) => {
		expect(countOwnPageLinks(text)).toBe(expected);
	});
});

describe('what is said of them', () => {
	it.each<[number, RegExp, RegExp]>([
		[1, /^One link is to someone’s own reflection, not a share code\.$/, /^That page only opens .* Ask them to open their results, press “Show my share code”/],
		[3, /^3 links are to people’s own reflections, not share codes\.$/, /^Those pages only open .* Ask each person to open their results, press “Show my share code”/]
	])('%i', (count, said, advice) => {
		expect(ownLinksText(count)).toMatch(said);
		expect(ownLinksAdvice(count)).toMatch(advice);
	});
});
