import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE64URL_ALPHABET } from './base64url';
import { decodeSession } from './session-link';
import { expectWellFormed, kindOf, validLinks } from './session-link.test-helper';

let pool: string[] = [];
beforeAll(async () => {
	pool = await validLinks();
});

describe('decodeSession on damaged and hostile input', () => {
	it('never throws on any string at all', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (text) => {
				expectWellFormed(await decodeSession(text));
			}),
			{ numRuns: 4000 }
		);
	});

	it('never throws on link-shaped strings', async () => {
		const marker = fc.constantFrom('', '1', '1r', '1z', '1x', '2', '2r', '2z', '2x', '3z', '0r', '#2z', '99r');
		const body = fc.string({ unit: fc.constantFrom(...BASE64URL_ALPHABET), maxLength: 300 });
		await fc.assert(
			fc.asyncProperty(marker, body, async (start, rest) => {
				expectWellFormed(await decodeSession(start + rest));
			}),
			{ numRuns: 4000 }
		);
	});

	it('never throws on valid links with characters flipped, added, removed or cut', async () => {
		const edit = fc.record({
			at: fc.nat(),
			kind: fc.constantFrom('replace', 'insert', 'delete', 'cut'),
			char: fc.oneof(fc.constantFrom(...BASE64URL_ALPHABET), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }))
		});
		await fc.assert(
			fc.asyncProperty(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 3 }), async (pick, edits) => {
				let link = pool[pick % pool.length] ?? '';
				for (const { at, kind, char } of edits) {
					const i = at % (link.length + 1);
					if (kind === 'cut') link = link.slice(0, i);
					else link = link.slice(0, i) + (kind === 'delete' ? '' : char) + link.slice(i + (kind === 'insert' ? 0 : 1));
				}
				expectWellFormed(await decodeSession(link));
			}),
			{ numRuns: 4000 }
		);
	});

	it('calls every link cut short "truncated"', async () => {
		await fc.assert(
			fc.asyncProperty(fc.nat(), fc.nat(), async (pick, at) => {
				const link = pool[pick % pool.length] ?? '';
				expect(kindOf(await decodeSession(link.slice(0, 1 + (at % (link.length - 1)))))).toBe('truncated');
			}),
			{ numRuns: 1000 }
		);
	});

	it('never accepts one changed character, and calls a change after the header "tampered"', async () => {
		await fc.assert(
			fc.asyncProperty(fc.nat(), fc.nat(), fc.constantFrom(...BASE64URL_ALPHABET), async (pick, at, char) => {
				const link = pool[pick % pool.length] ?? '';
				const i = at % link.length;
				fc.pre(link[i] !== char);
				const kind = kindOf(await decodeSession(link.slice(0, i) + char + link.slice(i + 1)));
				expect(kind).not.toBe('ok');
				// Two marker characters, then eight header characters.
				if (i >= 10) expect(kind).toBe('tampered');
			}),
			{ numRuns: 2000 }
		);
	});
});
