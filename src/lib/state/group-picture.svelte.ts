import { groupSummary, largestGroupGaps } from '$lib/group/aggregate';
import { labelPeople } from '$lib/group/group-views';
import { STANDARD_TITLE } from '$lib/group/session-match';
import { sessionSources } from '$lib/questionnaire/session-sources';
import type { SharePayload } from '$lib/share/share-code';
import { sessionFingerprint } from '$lib/share/session-fingerprint';
import { SESSION_LIMITS, type SessionSettings } from '$lib/share/session-settings';

/** What one session's collected codes show: its sources, how many have shared, and the group picture once enough have. */
export class GroupPicture {
	settings = $state<SessionSettings | null>(null);
	/** Canonical codes, sorted, so the list says nothing about who shared first. */
	codes = $state<string[]>([]);
	seed = $state(0);

	readonly key = $derived(sessionFingerprint(this.settings));
	readonly title = $derived(this.settings?.title ?? STANDARD_TITLE);
	readonly sources = $derived(sessionSources(this.settings));
	readonly names = $derived(this.sources.map((source) => source.name));
	readonly threshold = $derived(this.settings?.threshold ?? SESSION_LIMITS.defaultThreshold);
	/** The codes that count here (each fits the session), sorted: one for each person. */
	readonly counted = $derived(this.codes.filter((code) => this.decoded.has(code)));
	/** The results of the codes, read once each when they are loaded or added. */
	readonly payloads = $derived(this.counted.flatMap((code) => this.decoded.get(code) ?? []));
	readonly count = $derived(this.payloads.length);
	/** True once enough people have shared for anything individual to be shown. */
	readonly unlocked = $derived(this.count >= this.threshold);
	readonly people = $derived(this.unlocked ? labelPeople(this.payloads, this.seed) : []);
	readonly summary = $derived(groupSummary(this.unlocked ? this.payloads : [], this.names.length));
	readonly gaps = $derived(largestGroupGaps(this.summary, this.sources));

	// What each code carries, read once per code (BigInt arithmetic), not on every change.
	protected decoded = new Map<string, SharePayload>();
}
