import type { Source } from './types';

/** The opening step: what this is, privacy, an optional label. */
export const START_STEP = 'start';

/** The closing step: private free-text reflections. */
export const CLOSING_STEP = 'reflect';

/** Every step of a walk through these sources, in order. */
export function stepsFor(sources: readonly Source[]): string[] {
	return [START_STEP, ...sources.map((source) => source.id), CLOSING_STEP];
}

/** The step to show for a requested one: itself when it exists, otherwise the start. */
export function resolveStep(sources: readonly Source[], requested: string | null | undefined): string {
	return requested && stepsFor(sources).includes(requested) ? requested : START_STEP;
}

/** The step after `step`, or null after the last. */
export function nextStep(sources: readonly Source[], step: string): string | null {
	const steps = stepsFor(sources);
	return steps[steps.indexOf(step) + 1] ?? null;
}

/** The step before `step`, or null before the first. */
export function previousStep(sources: readonly Source[], step: string): string | null {
	const steps = stepsFor(sources);
	const index = steps.indexOf(step);
	return index > 0 ? (steps[index - 1] ?? null) : null;
}

/** "Source 3 of 6" numbers for a source step; null for the opening and closing steps. */
export function sourcePosition(sources: readonly Source[], step: string): { number: number; total: number } | null {
	const index = sources.findIndex((source) => source.id === step);
	return index < 0 ? null : { number: index + 1, total: sources.length };
}

/** The address of a step of a reflection. */
export function stepHref(reflectionId: string, step: string): string {
	return `/reflect?${new URLSearchParams({ id: reflectionId, step })}`;
}

/** The address of a reflection's results. */
export function resultsHref(reflectionId: string): string {
	return `/results?${new URLSearchParams({ id: reflectionId })}`;
}
