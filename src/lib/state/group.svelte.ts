import { checkFound, decodeStored, type AddReport, type BadCode } from '$lib/group/code-check';
import { findCodeHomes } from '$lib/group/code-homes';
import { findShareCodes } from '$lib/share/code-extraction';
import { CodeTags } from '$lib/share/code-tag';
import { countOwnPageLinks } from '$lib/share/own-page-links';
import { addCodes, clearCodes, listCodes, removeCode, setInvited } from '$lib/storage/group-codes';
import { listSessions } from '$lib/storage/sessions';
import { GroupStore } from './group-store.svelte';

/** The group screen: what the facilitator does to the codes collected, each written through {@link GroupStore}. */
export class GroupState extends GroupStore {
	/** How the codes are named on screen while the page is open. */
	readonly tags = new CodeTags();

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
		const fresh = new Set(added);
		const already = [...valid.keys()].filter((code) => !fresh.has(code));
		const repeated = found.filter((code) => code.duplicates > 0 && valid.has(code.code)).length;
		const ownLinks = countOwnPageLinks(text);
		const elsewhere = await this.placeElsewhere(bad);
		this.report = { found: found.length, added: added.length, already, repeated, unlocked, ...elsewhere, ...(ownLinks > 0 && { ownLinks }) };
		return this.report;
	}

	// Codes for another group screen on this device are named with it, so they can be taken there.
	private async placeElsewhere(bad: BadCode[]): Promise<Pick<AddReport, 'bad' | 'elsewhere'>> {
		if (!bad.some((code) => code.payload)) return { bad };
		const shownId = this.sessionId;
		const sessions = await listSessions().catch(() => []);
		// Another session shown meanwhile (a link opened) would take some of them itself.
		return this.sessionId === shownId ? findCodeHomes(bad, sessions, shownId) : { bad };
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
		this.removed = this.decoded.has(code) ? [code] : [];
	}

	/** Puts back the code, or all the codes, removed last. */
	async undo(): Promise<void> {
		const codes = this.removed;
		if (codes.length === 0) return;
		await this.store('follow', () => addCodes(this.key, codes));
		// A change followed meanwhile reads the codes afresh, without these: each that fits counts again.
		for (const [code, payload] of decodeStored(codes, this.fingerprints, this.names.length)) this.decoded.set(code, payload);
		this.codes = [...new Set([...this.codes, ...codes])].sort();
		this.removed = [];
	}

	/**
	 * Removes every code collected for this session: only those shown, so never after a change elsewhere.
	 * They can be put back with {@link undo}.
	 */
	async clear(): Promise<void> {
		const cleared = await this.store('stop', async () => {
			// Read as they are stored, so codes another tab added since are put back too.
			const stored = (await listCodes(this.key)).map((row) => row.code);
			await clearCodes(this.key);
			return stored;
		});
		this.codes = [];
		this.removed = cleared;
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
}
