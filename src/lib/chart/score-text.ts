/** A named row of 0-100 values, one per axis; null is a blank ("no answer"). */
export interface NamedValues {
	name: string;
	values: (number | null)[];
}

/** A 0-100 score for display: a whole number, or `blank` where nothing was answered (never 0). */
export function formatScore(score: number | null | undefined, blank = 'No answer'): string {
	return score == null || !Number.isFinite(score) ? blank : String(Math.round(score));
}

/**
 * Actual minus perceived, signed ("+25", "−10", "0"), or "Not known" when either is blank.
 * Uses the minus sign (U+2212), which screen readers say as "minus".
 */
export function formatDifference(perceived: number | null, actual: number | null): string {
	if (perceived === null || actual === null || !Number.isFinite(perceived + actual)) {
		return 'Not known';
	}
	const difference = Math.round(actual) - Math.round(perceived);
	if (difference === 0) return '0';
	return difference > 0 ? `+${difference}` : `\u2212${Math.abs(difference)}`;
}

/** One axis in words, e.g. "Educational: Perceived 75, Actual no answer". */
export function describeAxis(label: string, series: NamedValues[], axisIndex: number): string {
	const parts = series.map((s) => `${s.name} ${formatScore(s.values[axisIndex], 'no answer')}`);
	return parts.length > 0 ? `${label}: ${parts.join(', ')}` : label;
}

/** The whole chart in words, one sentence per axis. */
export function describeChart(axisLabels: string[], series: NamedValues[]): string {
	return axisLabels.map((label, i) => `${describeAxis(label, series, i)}.`).join(' ');
}

/** Words for under an axis label where a reading is blank: "no answer", or "no actual answer" when only one is. */
export function blankNote(series: readonly NamedValues[], axisIndex: number): string | undefined {
	const blank = series.filter((s) => formatScore(s.values[axisIndex], '') === '');
	if (blank.length === 0) return undefined;
	if (blank.length === series.length) return 'no answer';
	return `no ${blank.map((s) => s.name.toLowerCase()).join(' or ')} answer`;
}

/**
 * Whether a source's name holds a word of 15 letters or more, wider than a score table's first
 * column on a 320 px screen. Only such a name may break mid-word: letting every name break
 * would cut "Organisation" in two wherever the table is short of room.
 */
export function needsBreakAnywhere(name: string): boolean {
	return /\S{15,}/u.test(name);
}
