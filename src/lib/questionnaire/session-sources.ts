import type { SessionSettings } from '$lib/share/session-settings';
import { customSource } from './custom-source';
import { STANDARD_SOURCES } from './standard-sources';
import type { Source } from './types';

/** A session's sources: its standard ones in standard order, then its own; null gives all six. */
export function sessionSources(settings: SessionSettings | null): Source[] {
	if (!settings) return [...STANDARD_SOURCES];
	const chosen = STANDARD_SOURCES.filter((source) =>
		settings.sources.some((id) => id === source.id)
	);
	return [...chosen, ...settings.custom.map((spec, index) => customSource(index, spec))];
}
