import type { AddReport } from '$lib/group/code-check';
import { acceptedFingerprints } from '$lib/group/session-match';
import type { VersionChange } from '$lib/share/session-versions';
import { GroupPicture } from './group-picture.svelte';
import { CHANGED_ELSEWHERE, ChangedElsewhere, readGroup, stopsFor, storedChange, type OnChange } from './group-read';

/** Where loading the group screen got to. */
export type GroupStatus = 'loading' | 'ready' | 'missing' | 'failed';

/** The message when this browser's storage cannot be used. */
export const STORAGE_PROBLEM = 'Rebalance could not use this browser’s storage. Please try again.';

/**
 * The group screen's link to storage: loads one session's collected codes, and runs writes to
 * them one at a time, each after catching up with a change saved in another tab.
 */
export class GroupStore extends GroupPicture {
	status = $state<GroupStatus>('loading');
	sessionId = $state<string | null>(null);
	/** Fingerprints whose codes count here: the session's own, then its earlier versions' that ask the same. */
	fingerprints = $state<number[]>(acceptedFingerprints(null));
	invited = $state<number | null>(null);
	report = $state<AddReport | null>(null);
	/** The codes just removed (one withdrawn, or all of them cleared), for "Undo"; empty when there is nothing to undo. */
	removed = $state.raw<readonly string[]>([]);
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
	// `keepRemoved`: what Undo would put back still fits, so it is kept.
	private async load(sessionId: string | null, keepRemoved = false): Promise<void> {
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
			if (!keepRemoved) this.removed = [];
			this.codes = read.codes;
			this.status = 'ready';
		} catch {
			if (ticket === this.ticket) this.status = 'failed';
		}
	}

	/**
	 * Runs one write, one at a time. First it brings the screen up to date if another tab
	 * saved a new version of the session (its codes have moved to the new fingerprint), then
	 * goes on or stops as `onChange` says.
	 */
	protected store<T>(onChange: OnChange, action: () => Promise<T>): Promise<T> {
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
		// A new title or welcome leaves the same questions, so codes removed still fit: a failed Undo can be tried again.
		await this.load(this.sessionId, change === 'renamed');
		// A failed or overtaken reload must not let the write go to the old fingerprint.
		if (this.status !== 'ready' || this.key === key) throw new Error('The session could not be reloaded');
		return change;
	}
}
