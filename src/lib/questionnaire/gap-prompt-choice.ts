import { quotedName } from './custom-source';
import { STANDARD_SOURCE_IDS, type GapDirection, type SourceId, type StandardSourceId } from './types';

/** A prompt for a facilitator's own source, built around its name (already in quotes). */
export type NamedPrompt = (name: string) => string;

/** Four wordings, one for each of the most extra sources a session can have (SESSION_LIMITS.maxCustom). */
export type NamedPrompts = readonly [NamedPrompt, NamedPrompt, NamedPrompt, NamedPrompt];

/** One voice's gap prompts: one per standard source and kind of gap, and a rotation for extra sources. */
export interface GapPromptSet<Kind extends string = GapDirection> {
	standard: Record<StandardSourceId, Record<Kind, string>>;
	custom: Record<Kind, NamedPrompts>;
}

/** What a gap card knows that its prompt depends on: mostly the gap's direction, or a finer kind a set tells apart. */
export interface GapCard<Kind extends string = GapDirection> {
	sourceId: SourceId;
	name: string;
	direction: Kind;
}

const isStandard = (id: SourceId): id is StandardSourceId => (STANDARD_SOURCE_IDS as readonly string[]).includes(id);

/** The prompt under one gap card: the standard source's own, or an extra source's wording with its name in it. */
export function choosePrompt<Kind extends string>(set: GapPromptSet<Kind>, card: GapCard<Kind>): string {
	if (isStandard(card.sourceId)) return set.standard[card.sourceId][card.direction];
	// Extra sources are numbered custom-1 … custom-4, so each takes a wording of its own and
	// two on one page never read alike, even with the same name. The number, not the card's
	// place, picks it, so a card keeps its words when the order of the gaps changes.
	const number = Number(/(\d+)$/.exec(card.sourceId)?.[1] ?? 1);
	const wordings = set.custom[card.direction];
	return wordings[Math.max(0, number - 1) % wordings.length]!(quotedName(card.name));
}
