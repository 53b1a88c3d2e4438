import { describe, expect, it } from 'vitest';
import { findShareCodes } from './code-extraction';
import { isLookalike, LOOKALIKE_MESSAGE } from './code-lookalike';
import { encodeShareCode } from './share-code';

const A = encodeShareCode(1001, Array.from({ length: 6 }, () => ({ perceived: 50, actual: 20 })));
// How a line is reported: as it appeared, and whether only as a code's shape.
const reported = (text: string) => findShareCodes(text).map((found) => [found.raw, isLookalike(found.result)]);

describe('findShareCodes reports a line shaped like a code that is not one', () => {
	it.each<[string, string, [string, boolean][]]>([
		['five blocks of four capitals, after a name in a chat', '[10:03] Kim: ABCD-EFGH-JKMN-PQRS-TUVW', [['ABCD-EFGH-JKMN-PQRS-TUVW', true]]],
		['with a short last block, beside a good code', `Sam: ${A}\nKim: ABCD-EFGH-JKMN-PQRS-TU thanks`, [[A, false], ['ABCD-EFGH-JKMN-PQRS-TU', true]]],
		['typed in small letters, with digits', 'jo: 5k7q-m3xz-abcd-ef12-3q7z-ab', [['5k7q-m3xz-abcd-ef12-3q7z-ab', true]]],
		// Its last blocks read as a code cut short: the whole run is reported, to be put back whole.
		['a code whose first digit was typed as the letter O', `Lee: O${A.slice(1)}`, [[`O${A.slice(1)}`, true]]],
		['seven blocks', 'K7QM-X4RT-2A9P-Z8WN-B3HC-Q5TV-9', [['K7QM-X4RT-2A9P-Z8WN-B3HC-Q5TV-9', true]]],
		// A readable code in the run wins: the rest of it is not reported as well.
		['a good code with a block in front', `ABCD-${A}`, [[A, false]]]
	])('%s', (_, text, expected) => {
		expect(reported(text)).toEqual(expected);
	});

	it('says what it is, and what to do, in plain words', () => {
		const [found] = findShareCodes('Kim: ABCD-EFGH-JKMN-PQRS-TUVW');
		expect(found && !found.result.ok && found.result.error.message).toBe(LOOKALIKE_MESSAGE);
		expect(LOOKALIKE_MESSAGE).toBe('This looks like a share code but is not one. Ask them to send their code again.');
	});
});

describe('findShareCodes raises no alarm in an ordinary chat', () => {
	it.each([
		[
			'a WhatsApp export with times, dates, a phone number and links',
			`[12/03/2026, 10:14:05] Sam: running late, call 0161-496-0000 or +44 7700 900123
[12/03/2026, 10:15:40] Jo: https://www.example.org/news/2026/03/plan-each-week-with-kids-and-more
[12/03/2026, 10:16:02] \u200eJo: \u200eimage omitted
[12/03/2026, 10:17:13] Priya: see you 2026-03-19 at 10:30, room 2B`
		],
		[
			'a Teams chat with a meeting link and its id',
			`Sam Okafor 10:14 AM
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjYxZTg4YjItZDE0ZS00YjQ2LWE3ZjEtZmQ5YmI2NTk0ZjQ1%40thread.v2/0
Meeting ID: 345 678 901 234 Passcode: aB3xYz
Priya Shah 10:15 AM
Thanks! 👍`
		],
		['ids and hashes in five or more blocks', 'GUID {6F9619FF-8B86-D011-B42D-00C04FC964FF}, trace 4bf9-2f35-77b3-4da6-9c1e-0a2b, ref 0a1b-2c3d-4e5f-6a7b-8c9d'],
		['numbers in blocks of four', 'card 4111-1111-1111-1111-1234, 2026-2027-2028-2029-2030'],
		['four blocks, as part numbers have', 'RAM 8GB0-DDR4-3200-CL16, key ABCD-EFGH-JKMN-PQRS'],
		['blocks of another size', 'key VK7JG-NPHTM-C97JM-9MPGT-3V66T, MAC 00-1A-2B-3C-4D-5E, IBAN GB29 NWBK 6016 1331 9268 19'],
		['four-letter words joined by dashes', 'this-that-with-from-them-here, Plan-Each-Week-With-Kids-Club'],
		['blocks of four with spaces round the dashes, or part of a longer run', 'ABCD - EFGH - JKMN - PQRS - TUVW, ABCDE-FGHJ-KMNP-QRST-VWXY, ABCD-EFGH-JKMN-PQRS-TVWX-YZABC']
	])('%s', (_, text) => {
		expect(findShareCodes(text)).toEqual([]);
	});
});
