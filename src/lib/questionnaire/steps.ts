import type { Source } from './types';

/** The opening step: what this is, privacy, an optional label. */
export const START_STEP = 'start';

/** The closing step: private free-text reflections. */
export const CLOSING_STEP = 'reflect';

/** Every step of a walk through these sources, in order. */
export function stepsFor(sources: readonly Source[]): string[] {
	return [START_STEP, ...sources.map((source) => source.id), CLOSING_STEP];
}

/** True when an address asks for a step this walk does not have; asking for none is not unknown. */
export function isUnknownStep(sources: readonly Source[], requested: string | null | undefined): boolean {
	return requested !== null && requested !== undefined && !stepsFor(sources).includes(requested);
}

/** The step to show for a requested one: itself when it exists, otherwise the start. */
export function resolveStep(sources: readonly Source[], requested: string | null | undefined): string {
	return requested && !isUnknownStep(sources, requested) ? requested : START_STEP;
}

/** The step after `step`, or null after the last; an unknown step counts as the start, where the page shows it. */
export function nextStep(sources: readonly Source[], step: string): string | null {
	const steps = stepsFor(sources);
	return steps[steps.indexOf(resolveStep(sources, step)) + 1] ?? null;
}

/** The step before `step`, or null before the first; an unknown step counts as the start, so has none. */
export function previousStep(sources: readonly Source[], step: string): string | null {
	const steps = stepsFor(sources);
	const index = steps.indexOf(resolveStep(sources, step));
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
