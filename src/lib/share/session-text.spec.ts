import { describe, expect, it } from 'vitest';
import { looksLikeCode, nameKey, textProblem } from './session-text';

describe('looksLikeCode', () => {
	it.each([
		'<script>alert(1)</script>',
		'<img src=x onerror=alert(1)>',
		'</p>',
		'<!-- note -->',
		'<?xml version="1.0"?>',
		'a < b',
		'power > money',
		'javascript:alert(1)',
		'JAVASCRIPT:alert(1)',
		'java script:alert(1)',
		'vbscript:msgbox',
		'data:text/html,hello',
		'onerror=alert(1)',
		'x onclick = "go()"'
	])('flags %j', (text) => {
		expect(looksLikeCode(text)).toBe(true);
	});

	it.each([
		'Lived experience',
		'Money & power: who decides?',
		'Carry on = keep going',
		'Common=ground',
		'Gwasanaethau iechyd meddwl – Caerdydd',
		'Meet at 10:30, bring data: notes and figures',
		'2 + 2 = 4, “quotes” and a \\ backslash',
		'Teulu 👨‍👩‍👧 a ffydd'
	])('leaves %j alone', (text) => {
		expect(looksLikeCode(text)).toBe(false);
	});
});

describe('textProblem', () => {
	it.each([
		['plain words', 'Planning day', false, null],
		['a line break where allowed', 'Hello\nand welcome', true, null],
		['a line break where not allowed', 'Hello\nand welcome', false, 'hidden-characters'],
		['a carriage return', 'Hello\r\nthere', true, 'hidden-characters'],
		['a tab', 'Hello\tthere', false, 'hidden-characters'],
		['a null character', 'Hello\u0000', false, 'hidden-characters'],
		['a lone surrogate', 'Hello \udc00', false, 'hidden-characters'],
		['a right-to-left override', 'abc\u202edef', false, 'hidden-characters'],
		['a line separator', 'abc\u2028def', true, 'hidden-characters'],
		['markup, which wins over hidden characters', '<b>\u0000', false, 'unsafe'],
		['Arabic and Welsh letters', 'مرحبا and croeso ŵ', false, null]
	])('%s', (_, text, lineBreaks, expected) => {
		expect(textProblem(text, lineBreaks)).toBe(expected);
	});
});

describe('nameKey', () => {
	it.each([
		['Faith', ' FAITH '],
		['Gw\u0302r', 'GŴR']
	])('treats %j and %j as the same name', (a, b) => {
		expect(nameKey(a)).toBe(nameKey(b));
	});

	it('tells different names apart', () => {
		expect(nameKey('Faith')).not.toBe(nameKey('Faiths'));
	});
});
