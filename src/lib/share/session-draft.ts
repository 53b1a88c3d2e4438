/**
 * The facilitator's form as it is being filled in: plain values the inputs bind to,
 * and the conversions to and from the settings a session link carries.
 */
import { STANDARD_SOURCE_IDS, type StandardSourceId } from '$lib/questionnaire/types';
import { SESSION_LIMITS, type CustomSourceSpec, type SessionSettings } from './session-settings';

/** What the facilitator's form holds: like SessionSettings, but as the inputs give it. */
export interface SessionDraft {
	title: string;
	welcome: string;
	/** YYYY-MM-DD, or '' when no date is chosen (what a date input gives). */
	date: string;
	sources: StandardSourceId[];
	/** Rows of the form, blank ones included. */
	custom: CustomSourceSpec[];
	/** What a number input gives: null when it is empty. */
	threshold: number | null;
}

/** An empty form: all six standard sources ticked, the default threshold. */
export function emptyDraft(): SessionDraft {
	return {
		title: '',
		welcome: '',
		date: '',
		sources: [...STANDARD_SOURCE_IDS],
		custom: [],
		threshold: SESSION_LIMITS.defaultThreshold
	};
}

/** The form filled in from saved settings (a fresh copy, safe to edit). */
export function draftFromSettings(settings: SessionSettings): SessionDraft {
	return {
		title: settings.title,
		welcome: settings.welcome,
		date: settings.date ?? '',
		sources: [...settings.sources],
		custom: settings.custom.map((spec) => ({ ...spec })),
		threshold: settings.threshold
	};
}

/** True for a row of the form with nothing typed in it; such rows are left out. */
export function isBlankRow(spec: CustomSourceSpec): boolean {
	return spec.name.trim() === '' && spec.description.trim() === '';
}

/** The settings the form describes, not yet checked: pass them to validateSession. */
export function draftToSettings(draft: SessionDraft): SessionSettings {
	return {
		title: draft.title,
		welcome: draft.welcome,
		date: draft.date === '' ? null : draft.date,
		sources: STANDARD_SOURCE_IDS.filter((id) => draft.sources.includes(id)),
		custom: draft.custom.filter((spec) => !isBlankRow(spec)).map((spec) => ({ ...spec })),
		threshold: draft.threshold ?? Number.NaN
	};
}

/**
 * Text for a one-line field typed into a box that wraps: each line break, with the spaces
 * around it, becomes one space. `caret` is a position in `text`; it comes back moved to match.
 * Nothing is cut: text over its limit stays, so the facilitator sees it and chooses what goes.
 */
export function asOneLine(text: string, caret = text.length): { text: string; caret: number } {
	let moved = caret;
	const joined = text.replace(/[ \t]*(?:[\r\n\u2028\u2029][ \t]*)+/g, (run: string, at: number) => {
		// A caret after the run moves back by what is taken out; one inside it goes just after its space.
		if (caret >= at + run.length) moved -= run.length - 1;
		else if (caret > at) moved -= caret - at - 1;
		return ' ';
	});
	return { text: joined, caret: moved };
}

/** What a field's counter says: characters left, or how many too many (counted as the check counts, trimmed). */
export function characterCount(text: string, limit: number): { message: string; over: boolean } {
	const left = limit - text.trim().length;
	const characters = (count: number) => `${count} character${count === 1 ? '' : 's'}`;
	return left >= 0
		? { message: `You have ${characters(left)} left`, over: false }
		: { message: `You have ${characters(-left)} too many`, over: true };
}

const COPY_SUFFIX = ' (copy)';

/** The title for a duplicate: "… (copy)", shortening the original so it still fits. */
export function copyTitle(title: string): string {
	const room = SESSION_LIMITS.titleLength - COPY_SUFFIX.length;
	const base = [...title.trim()].slice(0, room);
	while (base.join('').length > room) base.pop();
	return `${base.join('').trimEnd()}${COPY_SUFFIX}`;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
	weekday: 'long',
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});

/** A session date (YYYY-MM-DD) in words, e.g. "Tuesday 3 June 2025"; '' when there is none. */
export function formatSessionDate(date: string | null): string {
	if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return '';
	const when = new Date(`${date}T00:00:00Z`);
	return Number.isNaN(when.getTime()) ? '' : LONG_DATE.format(when).replace(',', '');
}
