import { START_STEP, previousStep } from '$lib/questionnaire/steps';
import type { Source } from '$lib/questionnaire/types';

/** What the opening step needs to know of a reflection: whether it came from a session link, and whether it is finished. */
interface Opening {
	session: unknown;
	completedAt: number | null;
}

/**
 * The opening step's heading, which the page's title repeats: for a new reflection, for one already begun, or for
 * one finished, where the step is a way back to any source's questions.
 */
export function startHeading(resuming: boolean, finished = false): string {
	if (finished) return 'Change your answers';
	return resuming ? 'Carry on your reflection' : 'Start your reflection';
}

/**
 * True when a reflection's opening step is its session's own page (its link's /join), never the opening step here:
 * one from a session link, not yet finished. A record missing its session field, as older ones may, has none.
 */
export function opensOnSessionPage(reflection: Opening): boolean {
	return reflection.session != null && reflection.completedAt === null;
}

/**
 * True when Back from `step` goes to the session's own page (its link's /join), not the opening step: from the first
 * source of a session reflection not yet finished, whose opening was that page.
 */
export function backLeavesForSession(sources: readonly Source[], step: string, reflection: Opening): boolean {
	return opensOnSessionPage(reflection) && previousStep(sources, step) === START_STEP;
}

/**
 * The session's page for a reflection from a session link: /join puts that session's link in the address. Made there,
 * as the link's encoder belongs to that page: this one would load it for a single press of Back.
 */
export function sessionPageHref(reflectionId: string): string {
	return `/join?${new URLSearchParams({ reflection: reflectionId })}`;
}
