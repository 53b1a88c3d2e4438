/**
 * Every problem in a facilitator's form at once, each tied to the input it is about, so
 * the form can list them all and mark each field. validateSession stops at the first
 * problem, so each part of the form is checked on its own: put into otherwise sound
 * settings, so the message is always the one validateSession itself would give.
 */
import { STANDARD_SOURCE_IDS } from '$lib/questionnaire/types';
import { draftToSettings, isBlankRow, type SessionDraft } from './session-draft';
import type { SessionField } from './session-problems';
import { SESSION_LIMITS, type CustomSourceSpec, type SessionSettings } from './session-settings';
import { validateSession } from './session-validate';

/** Which input a problem is about: a whole field, or one part of one extra source (0-based). */
export type DraftProblemKey =
	| 'title'
	| 'welcome'
	| 'date'
	| 'sources'
	| 'threshold'
	| `custom-${number}-name`
	| `custom-${number}-description`;

/** One problem to show: which input, and what to tell the facilitator. */
export interface DraftProblem {
	key: DraftProblemKey;
	message: string;
}

/** The message for a source added to the form and left empty. */
export const EMPTY_ROW = 'Type a name for this source, or remove it if you do not need it.';

/** The message when there are too few sources, with the reason. */
const TOO_FEW_SOURCES = `Choose at least ${SESSION_LIMITS.minSources} sources of power in total, counting your own. The chart needs at least ${SESSION_LIMITS.minSources} to draw a shape.`;

const SOUND: SessionSettings = {
	title: 'Session',
	welcome: '',
	date: null,
	sources: [...STANDARD_SOURCE_IDS],
	custom: [],
	threshold: SESSION_LIMITS.defaultThreshold
};

function probe(changes: Partial<SessionSettings>): string | null {
	const checked = validateSession({ ...SOUND, ...changes });
	return checked.ok ? null : checked.error.message;
}

function customProblems(rows: CustomSourceSpec[]): DraftProblem[] {
	const problems: DraftProblem[] = [];
	const sound: CustomSourceSpec[] = [];
	rows.forEach((row, index) => {
		// Added and never filled in: said, rather than left out of the link without a word.
		if (isBlankRow(row)) {
			problems.push({ key: `custom-${index}-name`, message: EMPTY_ROW });
			return;
		}
		const name = probe({ custom: [{ name: row.name, description: '' }] });
		const description = probe({ custom: [{ name: 'Extra', description: row.description }] });
		// Checked against the sound rows before it, a clash can only be a repeated name.
		const clash = name ? null : probe({ custom: [...sound, { name: row.name, description: '' }] });
		const nameMessage = name ?? clash;
		if (nameMessage) problems.push({ key: `custom-${index}-name`, message: nameMessage });
		if (description) problems.push({ key: `custom-${index}-description`, message: description });
		if (!nameMessage) sound.push({ name: row.name, description: '' });
	});
	return problems;
}

function topKey(field: SessionField | undefined): DraftProblemKey {
	if (field === 'custom') return 'sources';
	return field ?? 'title';
}

/** Every problem in the form, in the order the fields appear; empty when it can be saved. */
export function draftProblems(draft: SessionDraft): DraftProblem[] {
	const settings = draftToSettings(draft);
	const problems: DraftProblem[] = [];
	const add = (key: DraftProblemKey, message: string | null) => {
		if (message) problems.push({ key, message });
	};
	add('title', probe({ title: settings.title }));
	add('welcome', probe({ welcome: settings.welcome }));
	add('date', probe({ date: settings.date }));
	const total = settings.sources.length + settings.custom.length;
	const placeholders = settings.custom.map((_, i) => ({ name: `Extra ${i + 1}`, description: '' }));
	add('sources', total < SESSION_LIMITS.minSources ? TOO_FEW_SOURCES : probe({ sources: settings.sources, custom: placeholders }));
	problems.push(...customProblems(draft.custom));
	add('threshold', probe({ threshold: settings.threshold }));
	if (problems.length === 0) {
		const whole = validateSession(settings);
		// A last guard, so an empty list always means validateSession accepts the settings.
		if (!whole.ok) problems.push({ key: topKey(whole.error.field), message: whole.error.message });
	}
	return problems;
}

/** A problem as the error summary lists it: one about an extra source says which ("Your source 2: …"). */
export function summaryText({ key, message }: DraftProblem): string {
	const row = /^custom-(\d+)-/.exec(key);
	return row ? `Your source ${Number(row[1]) + 1}: ${message}` : message;
}
