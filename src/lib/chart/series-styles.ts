/** Which reading a series shows; each has its own colour, line style and marker. */
export type SeriesVariant = 'perceived' | 'actual';

/** How a series is drawn, so it is told apart by more than colour. */
export interface SeriesStyle {
	/** Stroke and marker colour: at least 4.5:1 against white. */
	colour: string;
	/** SVG `stroke-dasharray`, or undefined for a solid line. */
	dash: string | undefined;
	marker: 'circle' | 'diamond';
}

// In forced colours (Windows High Contrast) each chart's CSS paints perceived in LinkText and
// actual in CanvasText instead, the user's own colours; dash and marker still tell them apart.
/** Colour-blind-safe pair (blue against orange), solid against dashed, round against diamond. */
export const SERIES_STYLES: Record<SeriesVariant, SeriesStyle> = {
	perceived: { colour: '#1f6f8b', dash: undefined, marker: 'circle' },
	actual: { colour: '#b5540b', dash: '7 4', marker: 'diamond' }
};
