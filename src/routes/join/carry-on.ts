import { START_STEP, nextStep, resolveStep } from '$lib/questionnaire/steps';
import type { Source } from '$lib/questionnaire/types';

/**
 * The step "Carry on" opens from the session's page: where the reflection was left, or its first source when that was
 * the opening step (saved by an older version, or a step it does not have), which the session's page now is.
 */
export function carryOnStep(sources: readonly Source[], step: string): string {
	return resolveStep(sources, step) === START_STEP ? (nextStep(sources, START_STEP) ?? step) : step;
}
