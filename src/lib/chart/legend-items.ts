// The entries a group chart's key (GroupLegend.svelte) can show.
import type { SeriesVariant } from './series-styles';

/** One key entry. */
export interface LegendItem {
	label: string;
	/**
	 * Which reading it shows, 'middle' for the group's middle-value bar, 'same' for a ring round a
	 * diamond where the two meet, or 'alone' for both readings' marks on their own (see lonePoints).
	 */
	variant: SeriesVariant | 'middle' | 'same' | 'alone';
	/** A line (thin or bold), a marker only, or both. */
	line?: 'thin' | 'bold';
	marker?: boolean;
	/** Markers drawn as outlines only, as the chart draws them. */
	hollow?: boolean;
}

/** The entry for answers drawn as a mark on their own, such as someone's all-0 outline: hollow where the chart draws them so. */
export const aloneEntry = (hollow = false): LegendItem => ({
	label: 'A circle or diamond on its own: answers that make no shape',
	variant: 'alone',
	hollow
});
