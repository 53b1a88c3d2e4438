/**
 * A session's fingerprint: 20 bits that say which questionnaire a share code answers, so
 * the group screen can tell codes from this session apart from codes made for another.
 * It is the top 20 bits of the CRC-32 of a canonical text built from what shapes the
 * questions (the question bank's version, the title, the chosen standard sources and
 * the extra sources' names and descriptions). The welcome note, date and threshold do
 * not change the questions, so they do not change the fingerprint. Shown as four
 * characters of Crockford's base32 (5 bits each).
 */
import { QUESTION_BANK_VERSION } from '$lib/questionnaire/bank';
import { STANDARD_SOURCE_IDS } from '$lib/questionnaire/types';
import { crc32 } from './checksum';
import type { SessionSettings } from './session-settings';
import { BASE32_ALPHABET } from './base32';

/** How many bits a fingerprint has. */
export const FINGERPRINT_BITS = 20;

const hash20 = (text: string): number =>
	crc32(new TextEncoder().encode(text)) >>> (32 - FINGERPRINT_BITS);

/** The fingerprint number of the standard six sources with no session. */
export const STANDARD_FINGERPRINT_NUMBER = hash20(`standard:${QUESTION_BANK_VERSION}`);

/** The 20-bit fingerprint written as four base32 characters. */
export function fingerprintText(fingerprint: number): string {
	return [15, 10, 5, 0].map((shift) => BASE32_ALPHABET[(fingerprint >>> shift) & 31]).join('');
}

/** The four-character fingerprint of the standard six sources with no session. */
export const STANDARD_FINGERPRINT = fingerprintText(STANDARD_FINGERPRINT_NUMBER);

/** The 20-bit fingerprint of a session's questionnaire; null means the standard one. */
export function fingerprintNumber(settings: SessionSettings | null): number {
	if (!settings) return STANDARD_FINGERPRINT_NUMBER;
	const canonical = JSON.stringify([
		`session:${QUESTION_BANK_VERSION}`,
		settings.title.trim(),
		STANDARD_SOURCE_IDS.filter((id) => settings.sources.includes(id)),
		settings.custom.map((spec) => [spec.name.trim(), spec.description.trim()])
	]);
	const fingerprint = hash20(canonical);
	// A session must never pass for the standard questionnaire, so a clash moves up by one.
	if (fingerprint !== STANDARD_FINGERPRINT_NUMBER) return fingerprint;
	return (fingerprint + 1) % 2 ** FINGERPRINT_BITS;
}

/** The four-character fingerprint of a session's questionnaire; null means the standard one. */
export function sessionFingerprint(settings: SessionSettings | null): string {
	return fingerprintText(fingerprintNumber(settings));
}
