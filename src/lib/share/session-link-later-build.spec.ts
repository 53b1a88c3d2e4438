import { describe, expect, it, vi } from 'vitest';
import { CUSTOM_SOURCE_SUGGESTIONS, SUGGESTION_TEXTS } from './custom-suggestions';
import { sessionFingerprint } from './session-fingerprint';
import { decodeSession, encodeSession } from './session-link';
import { SENT_LINKS, jsonOf } from './session-link.test-helper';

// A later build that rewords "Lived experience", the way custom-suggestions.ts asks: the
// new words are added at the end of the table, and offered in place of the old ones.
const { REWORDED } = vi.hoisted(() => ({
	REWORDED: { name: 'Lived experience', description: 'What living through something has taught you.' }
}));
vi.mock('./custom-suggestions', async (importOriginal) => {
	const now = await importOriginal<typeof import('./custom-suggestions')>();
	return {
		...now,
		SUGGESTION_TEXTS: [...now.SUGGESTION_TEXTS, REWORDED],
		CUSTOM_SOURCE_SUGGESTIONS: [REWORDED, ...now.CUSTOM_SOURCE_SUGGESTIONS.slice(1)]
	};
});

const session = { title: 'Tea', welcome: '', date: null, sources: [], threshold: 3 };

describe('a later build with a reworded suggestion', () => {
	it('offers the new words', () => {
		expect(CUSTOM_SOURCE_SUGGESTIONS[0]).toEqual(REWORDED);
	});

	it.each(SENT_LINKS)('opens $name to the words the facilitator saw, with the same fingerprint', async ({ link, settings, fingerprint }) => {
		const opened = await decodeSession(link);
		expect(opened).toEqual({ ok: true, settings });
		expect(opened.ok && sessionFingerprint(opened.settings)).toBe(fingerprint);
	});

	it.each([
		['the new words by their own number', [REWORDED], [SUGGESTION_TEXTS.length - 1]],
		['the old words, in a session saved before, by their old number', [SUGGESTION_TEXTS[0]!], [0]]
	])('names %s', async (_, chosen, numbers) => {
		const custom = [...chosen, { name: 'Own', description: '' }, SUGGESTION_TEXTS[1]!];
		const link = await encodeSession({ ...session, custom }, 2);
		expect(jsonOf(link)).toEqual(['Tea', '', 0, [...numbers, ['Own', ''], 1], 0]);
		expect(await decodeSession(link)).toEqual({ ok: true, settings: { ...session, custom } });
	});
});
