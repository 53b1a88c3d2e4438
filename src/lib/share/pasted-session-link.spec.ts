import { describe, expect, it } from 'vitest';
import { findShareCodes } from './code-extraction';
import { encodeSession } from './session-link';
import { findSessionLink } from './pasted-session-link';
import type { SessionSettings } from './session-settings';

const CODE = '5K7Q-M3XZ-ABCD-EF12-3Q';
const OTHER = 'K7QM-3XZP-R2T9-W4HJ-9A';
const SESSION: SessionSettings = {
	title: 'Ward forum',
	welcome: 'See you on Tuesday.',
	date: null,
	sources: ['educational', 'institutional', 'monetary'],
	custom: [{ name: 'Lived experience', description: 'What you know from living it.' }],
	threshold: 3
};

describe('findSessionLink', () => {
	it.each([
		['a whole link', 'https://rebalance.example/join#1zABC_-9', '1zABC_-9', ''],
		['a link with a trailing slash before the fragment', 'http://localhost:4173/join/#1rAAAA', '1rAAAA', ''],
		['a link in a sentence, with a full stop after it', 'The link: https://x.org/join#1zQw. Thanks!', '1zQw', 'The link:  . Thanks!'],
		['a link in brackets', '(https://x.org/join#1zQw)', '1zQw', '( )'],
		['a link under a base path', 'https://x.org/tools/rebalance/join#1zQw', '1zQw', ''],
		['the last of two links, the newest in a chat', 'Old: https://x.org/join#1zAA New: https://x.org/join#1zBB', '1zBB', 'Old:   New:']
	])('finds %s', (_, text, fragment, rest) => {
		const found = findSessionLink(text);
		expect(found?.fragment).toBe(fragment);
		expect(found?.rest.trim()).toBe(rest);
	});

	it.each([
		['codes alone', `${CODE} ${CODE}`],
		['a share code link to the group screen', `https://x.org/group#code=${CODE}`],
		['a join address with nothing after #', 'https://x.org/join#'],
		['a join address whose fragment is not a session link', 'https://x.org/join#main'],
		['a bare fragment', '#1zABCDEF'],
		['no text', '']
	])('finds nothing in %s', (_, text) => {
		expect(findSessionLink(text)).toBeNull();
	});

	it('leaves the codes pasted with a real link, and finds no code inside the link', async () => {
		const fragment = await encodeSession(SESSION);
		const found = findSessionLink(`Link: https://x.org/join#${fragment}\nCodes: ${CODE}`);
		expect(found?.fragment).toBe(fragment);
		expect(findShareCodes(found?.rest ?? '').map((candidate) => candidate.raw)).toEqual([CODE]);
	});

	it.each([
		['a link wrapped over lines by a mail app', (link: string) => `${link.slice(0, 40)}\n${link.slice(40, 100)}\r\n${link.slice(100)}`, (f: string) => f],
		['a link with an encoded space part-way', (link: string) => `${link.slice(0, 40)}%20${link.slice(40)}`, (f: string) => f],
		['a link cut short, which takes none of the codes after it', (link: string) => link.slice(0, 60), (f: string) => f.slice(0, 60 - 'https://x.org/join#'.length)],
		['a link cut short by exactly one code, which takes none of the codes after it', (link: string) => link.slice(0, -CODE.length), (f: string) => f.slice(0, -CODE.length)],
		['a link cut short by exactly two codes, which takes none of the codes after it', (link: string) => link.slice(0, -2 * CODE.length), (f: string) => f.slice(0, -2 * CODE.length)]
	])('reads %s, with codes on the next lines', async (_, wrap, expected) => {
		const fragment = await encodeSession(SESSION);
		const found = findSessionLink(`${wrap(`https://x.org/join#${fragment}`)}\n${CODE}\n${OTHER}`);
		expect(found?.fragment).toBe(expected(fragment));
		expect(findShareCodes(found?.rest ?? '').map((candidate) => candidate.raw)).toEqual([CODE, OTHER]);
	});

	it('leaves the words after a link cut short by just their length', async () => {
		const fragment = await encodeSession(SESSION);
		const found = findSessionLink(`https://x.org/join#${fragment.slice(0, -6)} see you`);
		expect(found?.fragment).toBe(fragment.slice(0, -6));
		expect(found?.rest.trim()).toBe('see you');
	});

	it('takes a join address whose fragment starts with version 0 as no link', () => {
		expect(findSessionLink('https://x.org/join#0zABCDEF')).toBeNull();
	});
});
