import { AUTHORITY_SOURCE } from './sources/authority';
import { CLASS_SOURCE } from './sources/class';
import { EDUCATIONAL_SOURCE } from './sources/educational';
import { INSTITUTIONAL_SOURCE } from './sources/institutional';
import { MONETARY_SOURCE } from './sources/monetary';
import { POSITION_SOURCE } from './sources/position';
import type { Source } from './types';

/** The six standard sources, in the order of STANDARD_SOURCE_IDS. */
export const STANDARD_SOURCES: Source[] = [
	EDUCATIONAL_SOURCE,
	INSTITUTIONAL_SOURCE,
	MONETARY_SOURCE,
	CLASS_SOURCE,
	POSITION_SOURCE,
	AUTHORITY_SOURCE
];
