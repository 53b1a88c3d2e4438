// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pathList } from './path-list';

const group = () => document.createElementNS('http://www.w3.org/2000/svg', 'g');
const ds = (g: Element) => [...g.children].map((child) => child.getAttribute('d'));

describe('pathList', () => {
	it.each([
		[[], []],
		[['M0,0L1,1'], ['M0,0L1,1']],
		[['M0,0Z', 'M1,1Z', 'M2,2Z'], ['M0,0Z', 'M1,1Z', 'M2,2Z']]
	])('makes one SVG path per string, in order: %j', (paths, expected) => {
		const g = group();
		pathList(paths)(g);
		expect(ds(g)).toEqual(expected);
		for (const child of g.children) expect(child.namespaceURI).toBe('http://www.w3.org/2000/svg');
	});

	it('replaces what was drawn before', () => {
		const g = group();
		pathList(['M0,0Z', 'M1,1Z'])(g);
		pathList(['M9,9Z'])(g);
		expect(ds(g)).toEqual(['M9,9Z']);
	});
});
