// The entries a group chart's key (GroupLegend.svelte) can show.
import type { SeriesVariant } from './series-styles';

/** One key entry. */
export interface LegendItem {
	label: string;
	/**
	 * Which reading it shows, 'middle' for the group's middle-value bar, 'same' for a ring round a
	 * diamond where the two meet, 'alone' for both readings' marks on their own (see lonePoints),
	 * 'picked' for the bold lines (`lines`) of the person picked, or 'frame' for the frame round their small chart.
	 */
	variant: SeriesVariant | 'middle' | 'same' | 'alone' | 'picked' | 'frame';
	/** The readings the person picked has a line for, one above the other. */
	lines?: readonly SeriesVariant[];
	/** A line (thin or bold), a marker only, or both. */
	line?: 'thin' | 'bold';
	marker?: boolean;
	/** Markers drawn as outlines only, as the chart draws them. */
	hollow?: boolean;
	/** Keeps its place in the key without being seen or read, so the chart does not move when it shows. */
	unseen?: boolean;
}

/** The entry for answers drawn as a mark on their own, such as someone's all-0 outline: hollow where the chart draws them so. */
export const aloneEntry = (hollow = false): LegendItem => ({
	label: 'A circle or diamond on its own: answers that make no shape',
	variant: 'alone',
	hollow
});

// Always in the key in presenter mode, seen only while someone is picked, so picking someone moves nothing.
const PICKED = 'The person picked';

/** The entry for the outlines of the person picked in presenter mode, drawn bold without markers: a line for each reading `lined` (drawn as a line). */
export const pickedEntry = (lined: readonly SeriesVariant[]): LegendItem => ({ label: PICKED, variant: 'picked', lines: lined, unseen: lined.length === 0 });

/** The entry for the thick frame round the small chart of the person picked in presenter mode. */
export const pickedChartEntry = (picked: boolean): LegendItem => ({ label: PICKED, variant: 'frame', unseen: !picked });
