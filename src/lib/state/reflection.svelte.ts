import { gaps, scoreAll } from '$lib/questionnaire/scoring';
import { sessionSources } from '$lib/questionnaire/session-sources';
import type { AnswerValue, Answers } from '$lib/questionnaire/types';
import { onOtherTabChange } from '$lib/storage/changes';
import { clearAnswer, getAnswers, getNotes, getReflection, isStored, ReflectionGone, saveAnswer, saveNote, updateReflection, type ReflectionChanges } from '$lib/storage/reflection-edits';
import { saveAsNewReflection } from '$lib/storage/reflection-copy';
import type { ReflectionRecord } from '$lib/storage/schema';
import { ReflectionSaves } from './reflection-saves.svelte';

/** Where loading a reflection got to. */
export type LoadStatus = 'loading' | 'ready' | 'missing' | 'failed';

/** The reflection a person is working on: its record, answers and notes, saved as they change. */
export class ReflectionState {
	record = $state<ReflectionRecord | null>(null);
	answers = $state<Answers>({});
	notes = $state<Record<string, string>>({});
	status = $state<LoadStatus>('loading');
	/** True once the reflection was deleted elsewhere (another tab, say): nothing more can be saved to it. */
	gone = $state(false);
	/** True when the reflection asked for is stored but damaged, so it was set aside (kept, not shown). */
	setAside = $state(false);

	/** The sources this reflection walks through: its session's, or the standard six. */
	readonly sources = $derived(sessionSources(this.record?.session ?? null));
	readonly scores = $derived(scoreAll(this.sources, this.answers));
	readonly gaps = $derived(gaps(this.sources, this.scores));

	private readonly saves = new ReflectionSaves((id) => {
		if (id === this.record?.id) this.gone = true;
	});
	private loads = 0;

	/** Loads a reflection and everything in it from this device; a later call wins over an earlier one. */
	async load(id: string): Promise<void> {
		const ticket = ++this.loads;
		this.status = 'loading';
		this.gone = false;
		try {
			const [record, answers, notes] = await Promise.all([getReflection(id), getAnswers(id), getNotes(id)]);
			if (ticket !== this.loads) return;
			const setAside = !record && (await isStored(id));
			if (ticket !== this.loads) return;
			this.record = record ?? null;
			this.answers = answers;
			this.notes = notes;
			this.setAside = setAside;
			this.status = record ? 'ready' : 'missing';
		} catch {
			if (ticket === this.loads) this.status = 'failed';
		}
	}

	/** Keeps this tab's answers in step with other tabs open on the same reflection; returns a stop function. */
	followOtherTabs(): () => void {
		return onOtherTabChange((changed) => {
			if (changed === this.record?.id) void this.refresh(changed);
		});
	}

	/** Records an answer (null for "Prefer not to say", undefined to clear it) and saves it. */
	async answer(questionId: string, value: AnswerValue | undefined): Promise<void> {
		const id = this.requireId();
		if (value === undefined) {
			delete this.answers[questionId];
			await this.saves.save(`${id}:answer:${questionId}`, () => clearAnswer(id, questionId));
		} else {
			this.answers[questionId] = value;
			await this.saves.save(`${id}:answer:${questionId}`, () => saveAnswer(id, questionId, value));
		}
	}

	/** Records a private note as it is typed and saves it. */
	async note(promptId: string, text: string): Promise<void> {
		const id = this.requireId();
		this.notes[promptId] = text;
		await this.saves.save(`${id}:note:${promptId}`, () => saveNote(id, promptId, text));
	}

	/** Changes the private label. */
	async rename(label: string): Promise<void> {
		await this.update({ label: label.trim() });
	}

	/** Remembers the step the person is on. */
	async visit(step: string): Promise<void> {
		if (this.record?.step !== step) await this.update({ step });
	}

	/** Marks the reflection as having reached its results (the first time, and only once something is answered). */
	async complete(): Promise<void> {
		const answered = Object.keys(this.answers).length > 0;
		if (this.record && this.record.completedAt === null && answered) await this.update({ completedAt: Date.now() });
	}

	/** Remembers the share code just shown, so the results can say when a later one differs from it. */
	async rememberShownCode(code: string): Promise<void> {
		if (this.record && this.record.shownCode !== code) await this.update({ shownCode: code }, false);
	}

	/** A plain message while a save is failing; cleared once everything is saved. */
	get saveProblem(): string | null {
		return this.saves.problem;
	}

	/** Whether some change has not been saved yet. */
	get unsaved(): boolean {
		return this.saves.unsaved;
	}

	/** Tries every unsaved change again now. */
	async retry(): Promise<void> {
		await this.saves.retry();
	}

	/** Saves everything on this page as a new reflection, after this one was deleted elsewhere. */
	async keepAsNew(): Promise<ReflectionRecord> {
		const id = this.requireId();
		// Snapshots: the store cannot keep Svelte's proxies (a session's settings inside the record).
		const record = await saveAsNewReflection($state.snapshot(this.record!), $state.snapshot(this.answers), $state.snapshot(this.notes));
		this.saves.queue.forget(`${id}:`);
		return record;
	}

	private async refresh(id: string): Promise<void> {
		const [record, answers, notes] = await Promise.all([getReflection(id), getAnswers(id), getNotes(id)]).catch(() => []);
		if (!answers || !notes || this.record?.id !== id) return;
		if (!record) {
			this.gone = true;
			return;
		}
		// What this tab has not managed to save yet (a change or a clearing) is newer than what the store holds.
		this.answers = this.saves.queue.overStored(`${id}:answer:`, answers, this.answers);
		this.notes = this.saves.queue.overStored(`${id}:note:`, notes, this.notes);
	}

	private async update(changes: ReflectionChanges, touch = true): Promise<void> {
		const id = this.requireId();
		if (this.record) this.record = { ...this.record, ...changes };
		const key = `${id}:record:${Object.keys(changes).join(',')}`;
		await this.saves.save(key, async () => {
			if (!(await updateReflection(id, changes, touch))) throw new ReflectionGone(id);
		});
	}

	private requireId(): string {
		if (!this.record) throw new Error('No reflection is loaded');
		return this.record.id;
	}
}
