import { groupSummary, largestGroupGaps } from '$lib/group/aggregate';
import { checkFound, decodeStored, type AddReport } from '$lib/group/code-check';
import { labelPeople } from '$lib/group/group-views';
import { acceptedFingerprints } from '$lib/group/session-match';
import { sessionSources } from '$lib/questionnaire/session-sources';
import { findShareCodes } from '$lib/share/code-extraction';
import type { SharePayload } from '$lib/share/share-code';
import { sessionFingerprint } from '$lib/share/session-fingerprint';
import { SESSION_LIMITS, type SessionSettings } from '$lib/share/session-settings';
import { addCodes, clearCodes, getGroup, listCodes, removeCode, setInvited } from '$lib/storage/group-codes';
import { gatherCodes, getSession } from '$lib/storage/sessions';

/** Where loading the group screen got to. */
export type GroupStatus = 'loading' | 'ready' | 'missing' | 'failed';

/** The message when this browser's storage cannot be used. */
export const STORAGE_PROBLEM = 'Rebalance could not use this browser’s storage. Please try again.';

/** The group screen: one session's collected codes, and the group picture they make. */
export class GroupState {
	status = $state<GroupStatus>('loading');
	sessionId = $state<string | null>(null);
	settings = $state<SessionSettings | null>(null);
	/** Fingerprints whose codes count here: the session's own, then its earlier versions' that ask the same. */
	fingerprints = $state<number[]>(acceptedFingerprints(null));
	/** Canonical codes, sorted, so the list says nothing about who shared first. */
	codes = $state<string[]>([]);
	invited = $state<number | null>(null);
	seed = $state(0);
	report = $state<AddReport | null>(null);
	/** The code just removed, for "Undo". */
	removed = $state<string | null>(null);
	problem = $state<string | null>(null);

	readonly key = $derived(sessionFingerprint(this.settings));
	readonly title = $derived(this.settings?.title ?? 'Standard reflection');
	readonly names = $derived(sessionSources(this.settings).map((source) => source.name));
	readonly threshold = $derived(this.settings?.threshold ?? SESSION_LIMITS.defaultThreshold);
	/** The results of the codes, read once each when they are loaded or added. */
	readonly payloads = $derived(this.codes.flatMap((code) => this.decoded.get(code) ?? []));
	readonly count = $derived(this.payloads.length);
	/** True once enough people have shared for anything individual to be shown. */
	readonly unlocked = $derived(this.count >= this.threshold);
	readonly people = $derived(this.unlocked ? labelPeople(this.payloads, this.seed) : []);
	readonly summary = $derived(groupSummary(this.unlocked ? this.payloads : [], this.names.length));
	readonly gaps = $derived(largestGroupGaps(this.summary, this.names));

	private ticket = 0;
	// Reading a code takes BigInt arithmetic: done once per code, not on every change.
	private decoded = new Map<string, SharePayload>();

	/** Opens a stored session's group screen, or the standard reflection's when `sessionId` is null. */
	async open(sessionId: string | null): Promise<void> {
		const ticket = ++this.ticket;
		this.status = 'loading';
		try {
			const record = sessionId === null ? null : await getSession(sessionId);
			if (sessionId !== null && !record) {
				if (ticket === this.ticket) this.status = 'missing';
				return;
			}
			if (record) await gatherCodes(record);
			const settings = record?.settings ?? null;
			const key = sessionFingerprint(settings);
			const [rows, group] = await Promise.all([listCodes(key), getGroup(key)]);
			if (ticket !== this.ticket) return;
			const codes = rows.map((row) => row.code).sort();
			const fingerprints = acceptedFingerprints(record ?? null);
			this.decoded = decodeStored(codes, fingerprints, sessionSources(settings).length);
			if (this.sessionId !== sessionId) this.report = null;
			// scripts/bench-group.js times the first render from this mark to 'rebalance:group-rendered'.
			performance.mark('rebalance:group-data');
			this.sessionId = sessionId;
			this.settings = settings;
			this.fingerprints = fingerprints;
			this.invited = group.invited;
			this.seed = group.seed;
			this.removed = null;
			this.codes = codes;
			this.status = 'ready';
		} catch {
			if (ticket === this.ticket) this.status = 'failed';
		}
	}

	/** Finds every share code in any text, adds those that fit this session and reports on all of them. */
	async addText(text: string): Promise<AddReport> {
		const found = findShareCodes(text);
		// Checked once the session is known to be current, so a new version's codes fit too.
		const { added, valid, bad } = await this.store(async () => {
			const { valid, bad } = checkFound(found, this.fingerprints, this.names.length);
			return { valid, bad, added: valid.size > 0 ? await addCodes(this.key, [...valid.keys()]) : [] };
		});
		for (const code of added) this.decoded.set(code, valid.get(code)!);
		if (added.length > 0) this.codes = [...this.codes, ...added].sort();
		this.report = { found: found.length, added: added.length, already: valid.size - added.length, bad };
		return this.report;
	}

	/** Removes one code at once (someone withdraws); it can be put back with {@link undo}. */
	async remove(code: string): Promise<void> {
		await this.store(() => removeCode(this.key, code));
		this.codes = this.codes.filter((kept) => kept !== code);
		this.removed = code;
	}

	/** Puts back the code removed last. */
	async undo(): Promise<void> {
		const code = this.removed;
		if (code === null) return;
		await this.store(() => addCodes(this.key, [code]));
		this.codes = [...new Set([...this.codes, code])].sort();
		this.removed = null;
	}

	/** Removes every code collected for this session. */
	async clear(): Promise<void> {
		await this.store(() => clearCodes(this.key));
		this.codes = [];
		this.removed = null;
		this.report = null;
	}

	/** Remembers how many people were invited; null forgets it. */
	async saveInvited(invited: number | null): Promise<void> {
		this.invited = invited;
		await this.store(() => setInvited(this.key, invited));
	}

	/**
	 * Reopens the session if it was saved as a new version (in another tab) since it was
	 * opened: its codes have moved to the new version's fingerprint, and a withdrawal or a
	 * new code must go there too.
	 */
	private async followChanges(): Promise<void> {
		if (this.sessionId === null) return;
		const record = await getSession(this.sessionId);
		if (record && sessionFingerprint(record.settings) !== this.key) await this.open(this.sessionId);
	}

	private async store<T>(action: () => Promise<T>): Promise<T> {
		try {
			await this.followChanges();
			const value = await action();
			this.problem = null;
			return value;
		} catch (error) {
			this.problem = STORAGE_PROBLEM;
			throw error;
		}
	}
}
