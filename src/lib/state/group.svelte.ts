import { checkFound, type AddReport } from '$lib/group/code-check';
import { acceptedFingerprints } from '$lib/group/session-match';
import { findShareCodes } from '$lib/share/code-extraction';
import type { VersionChange } from '$lib/share/session-versions';
import { addCodes, clearCodes, removeCode, setInvited } from '$lib/storage/group-codes';
import { GroupPicture } from './group-picture.svelte';
import { CHANGED_ELSEWHERE, ChangedElsewhere, readGroup, stopsFor, storedChange, type OnChange } from './group-read';

/** Where loading the group screen got to. */
export type GroupStatus = 'loading' | 'ready' | 'missing' | 'failed';

/** The message when this browser's storage cannot be used. */
export const STORAGE_PROBLEM = 'Rebalance could not use this browser’s storage. Please try again.';

/** The group screen: loads one session's collected codes and writes changes to them, one at a time. */
export class GroupState extends GroupPicture {
	status = $state<GroupStatus>('loading');
	sessionId = $state<string | null>(null);
	/** Fingerprints whose codes count here: the session's own, then its earlier versions' that ask the same. */
	fingerprints = $state<number[]>(acceptedFingerprints(null));
	invited = $state<number | null>(null);
	report = $state<AddReport | null>(null);
	/** The code just removed, for "Undo". */
	removed = $state<string | null>(null);
	problem = $state<string | null>(null);

	private ticket = 0;
	// Writes run one after another, so two never race a reload.
	private writes: Promise<unknown> = Promise.resolve();

	/**
	 * Opens a stored session's group screen, or the standard reflection's when `sessionId` is null.
	 * In place, the screen shows what it had until the new session is read, so nothing on it is lost.
	 */
	async open(sessionId: string | null, inPlace = false): Promise<void> {
		if (!inPlace) this.status = 'loading';
		await this.load(sessionId);
	}

	// Reads the session and its codes; the screen keeps showing what it had until they are in.
	private async load(sessionId: string | null): Promise<void> {
		const ticket = ++this.ticket;
		try {
			const read = await readGroup(sessionId);
			if (ticket !== this.ticket) return;
			if (!read) {
				this.status = 'missing';
				return;
			}
			if (this.sessionId !== sessionId) this.report = null;
			// scripts/bench-group.js times the first render from this mark to 'rebalance:group-rendered'.
			performance.mark('rebalance:group-data');
			this.decoded = read.decoded;
			this.sessionId = sessionId;
			this.settings = read.settings;
			this.fingerprints = read.fingerprints;
			this.invited = read.group.invited;
			this.seed = read.group.seed;
			this.removed = null;
			this.codes = read.codes;
			this.status = 'ready';
		} catch {
			if (ticket === this.ticket) this.status = 'failed';
		}
	}

	/** Finds every share code in any text, adds those that fit this session and reports on all of them. */
	async addText(text: string): Promise<AddReport> {
		const found = findShareCodes(text);
		// Checked once the session is known to be current, so a new version's codes fit too.
		const { added, valid, bad } = await this.store('follow', async () => {
			const { valid, bad } = checkFound(found, this.fingerprints, this.names.length);
			return { valid, bad, added: valid.size > 0 ? await addCodes(this.key, [...valid.keys()]) : [] };
		});
		const locked = !this.unlocked;
		for (const code of added) this.decoded.set(code, valid.get(code)!);
		if (added.length > 0) this.codes = [...this.codes, ...added].sort();
		const unlocked = locked && this.unlocked;
		this.report = { found: found.length, added: added.length, already: valid.size - added.length, bad, unlocked };
		return this.report;
	}

	/** Removes one code at once (someone withdraws); it can be put back with {@link undo}. */
	async remove(code: string): Promise<void> {
		const shownKey = this.key;
		// A withdrawal always goes through, wherever the session's codes are kept now.
		await this.store('always', async () => {
			for (const key of new Set([shownKey, this.key])) await removeCode(key, code);
		});
		this.codes = this.codes.filter((kept) => kept !== code);
		// "3 codes added" would now disagree with the count beside it.
		this.report = null;
		// Only a code that fits the session as it now is can be put back.
		this.removed = this.decoded.has(code) ? code : null;
	}

	/** Puts back the code removed last. */
	async undo(): Promise<void> {
		const code = this.removed;
		if (code === null) return;
		await this.store('follow', () => addCodes(this.key, [code]));
		this.codes = [...new Set([...this.codes, code])].sort();
		this.removed = null;
	}

	/** Removes every code collected for this session: only those shown, so never after a change elsewhere. */
	async clear(): Promise<void> {
		await this.store('stop', () => clearCodes(this.key));
		this.codes = [];
		this.removed = null;
		this.report = null;
	}

	/** Remembers how many people were invited; null forgets it. */
	async saveInvited(invited: number | null): Promise<void> {
		this.invited = invited;
		await this.store('always', () => {
			this.invited = invited;
			return setInvited(this.key, invited);
		});
	}

	/**
	 * Runs one write, one at a time. First it brings the screen up to date if another tab
	 * saved a new version of the session (its codes have moved to the new fingerprint), then
	 * goes on or stops as `onChange` says.
	 */
	private store<T>(onChange: OnChange, action: () => Promise<T>): Promise<T> {
		const run = this.writes.then(async () => {
			try {
				if (stopsFor(onChange, await this.refresh())) throw new ChangedElsewhere();
				const value = await action();
				this.problem = null;
				return value;
			} catch (error) {
				this.problem = error instanceof ChangedElsewhere ? CHANGED_ELSEWHERE : STORAGE_PROBLEM;
				throw error;
			}
		});
		this.writes = run.catch(() => undefined);
		return run;
	}

	// How the stored session differs from the one on screen; reloads quietly when it does.
	private async refresh(): Promise<VersionChange> {
		if (this.sessionId === null || this.settings === null) return 'same';
		const change = await storedChange(this.sessionId, this.settings);
		if (change === 'missing') {
			this.status = 'missing';
			throw new ChangedElsewhere();
		}
		if (change === 'same') return change;
		const key = this.key;
		await this.load(this.sessionId);
		// A failed or overtaken reload must not let the write go to the old fingerprint.
		if (this.status !== 'ready' || this.key === key) throw new Error('The session could not be reloaded');
		return change;
	}
}
