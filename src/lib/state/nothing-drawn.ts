import { CLOSING_STEP } from '$lib/questionnaire/steps';
import type { Answers } from '$lib/questionnaire/types';
import type { ReflectionRecord } from '$lib/storage/schema';

/**
 * Why a reflection's results have nothing to draw: 'skipped' once the person has been through the
 * questions (every one skipped or answered "Prefer not to say"), 'not-answered' when they have not yet.
 */
export function whyNothingDrawn(record: Pick<ReflectionRecord, 'step' | 'completedAt'>, answers: Answers): 'skipped' | 'not-answered' {
	// "Prefer not to say" is kept as a blank answer, but a skipped question leaves no trace: having
	// reached the last step, or the results before, says the person went through the questions.
	const chosen = Object.keys(answers).length > 0;
	return chosen || record.completedAt !== null || record.step === CLOSING_STEP ? 'skipped' : 'not-answered';
}
