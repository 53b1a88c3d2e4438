/**
 * What the facilitator is told about the share codes a saved session has collected, when a
 * change or a deletion would affect them.
 */
import { countOf } from '$lib/group/group-prompts';

/** "1 share code", "4 share codes". */
export function shareCodes(count: number): string {
	return countOf(count, 'share code');
}

/** The question before deleting a saved session, which takes its codes with it. */
export function deleteSessionQuestion(title: string, codes: number): string {
	const what = codes === 0 ? `“${title}”` : `“${title}” and the ${shareCodes(codes)} collected for it`;
	return `Delete ${what} from this device? People who already have its link can still use it.`;
}

/** Why new sources leave a session's codes behind, and how to keep them. */
export function changedSourcesNotice(codes: number): string {
	return (
		`This session has ${shareCodes(codes)}, made for the sources it had. With different sources they cannot show on ` +
		'its group screen, so saving deletes them from this device. To keep them, save your changes as a new session instead.'
	);
}

/** The question before saving new sources over a session that has codes. */
export function losingCodesQuestion(title: string, codes: number): string {
	return (
		`“${title}” has ${shareCodes(codes)}. With the new sources they cannot show on its group screen, so saving ` +
		'deletes them from this device. Save the changes anyway? To keep the codes, choose Cancel, then “Save as a new session”.'
	);
}
