import { gaps, scoreAll } from '$lib/questionnaire/scoring';
import { sessionSources } from '$lib/questionnaire/session-sources';
import type { AnswerValue, Answers } from '$lib/questionnaire/types';
import {
	clearAnswer,
	getAnswers,
	getNotes,
	getReflection,
	saveAnswer,
	saveNote,
	updateReflection
} from '$lib/storage/reflections';
import type { ReflectionRecord } from '$lib/storage/schema';

/** Where loading a reflection got to. */
export type LoadStatus = 'loading' | 'ready' | 'missing' | 'failed';

/** The reflection a person is working on: its record, answers and notes, saved as they change. */
export class ReflectionState {
	record = $state<ReflectionRecord | null>(null);
	answers = $state<Answers>({});
	notes = $state<Record<string, string>>({});
	status = $state<LoadStatus>('loading');
	/** A plain message when the last save failed; cleared by the next save that works. */
	saveProblem = $state<string | null>(null);

	/** The sources this reflection walks through: its session's, or the standard six. */
	readonly sources = $derived(sessionSources(this.record?.session ?? null));
	readonly scores = $derived(scoreAll(this.sources, this.answers));
	readonly gaps = $derived(gaps(this.sources, this.scores));

	/** Loads a reflection and everything in it from this device. */
	async load(id: string): Promise<void> {
		this.status = 'loading';
		try {
			const [record, answers, notes] = await Promise.all([getReflection(id), getAnswers(id), getNotes(id)]);
			this.record = record ?? null;
			this.answers = answers;
			this.notes = notes;
			this.status = record ? 'ready' : 'missing';
		} catch {
			this.status = 'failed';
		}
	}

	/** Records an answer (null for "Prefer not to say", undefined to clear it) and saves it. */
	async answer(questionId: string, value: AnswerValue | undefined): Promise<void> {
		const id = this.requireId();
		if (value === undefined) {
			delete this.answers[questionId];
			await this.save(() => clearAnswer(id, questionId));
		} else {
			this.answers[questionId] = value;
			await this.save(() => saveAnswer(id, questionId, value));
		}
	}

	/** Records a private note as it is typed and saves it. */
	async note(promptId: string, text: string): Promise<void> {
		const id = this.requireId();
		this.notes[promptId] = text;
		await this.save(() => saveNote(id, promptId, text));
	}

	/** Changes the private label. */
	async rename(label: string): Promise<void> {
		await this.update({ label: label.trim() });
	}

	/** Remembers the step the person is on. */
	async visit(step: string): Promise<void> {
		if (this.record?.step !== step) await this.update({ step });
	}

	/** Marks the reflection as having reached its results (the first time only). */
	async complete(): Promise<void> {
		if (this.record && this.record.completedAt === null) await this.update({ completedAt: Date.now() });
	}

	private async update(changes: Partial<Pick<ReflectionRecord, 'label' | 'step' | 'completedAt'>>): Promise<void> {
		const id = this.requireId();
		if (this.record) this.record = { ...this.record, ...changes };
		await this.save(async () => {
			const saved = await updateReflection(id, changes);
			if (saved) this.record = saved;
		});
	}

	private async save(write: () => Promise<unknown>): Promise<void> {
		try {
			await write();
			this.saveProblem = null;
		} catch {
			this.saveProblem =
				'Your last answer could not be saved on this device. It is still on this page; keep this tab open and try again.';
		}
	}

	private requireId(): string {
		if (!this.record) throw new Error('No reflection is loaded');
		return this.record.id;
	}
}
