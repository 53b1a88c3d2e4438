import { SERIES_STYLES } from './series-styles';

/** Light for the page and for pictures; dark for a projector in presenter mode. */
export type GroupTheme = 'light' | 'dark';

/** Colours for the group charts, drawn as SVG attributes so they travel with an exported picture. */
export interface GroupPalette {
	background: string;
	text: string;
	/** Secondary text such as scale numbers: still at least 4.5:1. */
	soft: string;
	/** Grid rings and spokes: at least 3:1 against the background. */
	grid: string;
	perceived: string;
	actual: string;
	/** Ring and outline for a highlighted small chart. */
	highlight: string;
}

/** Both themes; series keep the personal chart's colours on the light page. */
export const GROUP_PALETTES: Record<GroupTheme, GroupPalette> = {
	light: {
		background: '#ffffff',
		text: '#1a1a1a',
		soft: '#595959',
		grid: '#8a8a8a',
		perceived: SERIES_STYLES.perceived.colour,
		actual: SERIES_STYLES.actual.colour,
		highlight: '#1d2a30'
	},
	dark: {
		background: '#10181b',
		text: '#f5f5f0',
		soft: '#c9d1d3',
		grid: '#7d8b90',
		perceived: '#7cc8e8',
		actual: '#f6a55e',
		highlight: '#ffbf47'
	}
};
