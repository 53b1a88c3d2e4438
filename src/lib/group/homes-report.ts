import { ownLinksText } from '$lib/share/own-page-links';
import { reportText, type AddReport, type CodesElsewhere } from './code-check';
import { screenName } from './session-match';

/**
 * Whether every code that could not be added has another group screen on this device that takes it,
 * so that the report offers one press for each, and nothing is left to put right.
 */
export function allHomed({ bad, elsewhere = [] }: Pick<AddReport, 'bad' | 'elsewhere'>): boolean {
	const homed = new Set(elsewhere.flatMap((home) => home.codes));
	return bad.length > 0 && bad.every((code) => homed.has(code.code));
}

/** Whether a report leaves nothing to put right in the box: codes were found, and any not added go to their screens with one press. */
export function nothingToPutRight(report: AddReport): boolean {
	return report.found > 0 && (report.bad.length === 0 || allHomed(report));
}

/** Where things stand after a press on the add-codes form, for {@link foldsAfterPress}. */
export interface AfterPress {
	unlocked: boolean;
	report: AddReport | null;
	/** Whether a session link pasted with it was read (true), could not be (false), or there was none. */
	linkRead: boolean | undefined;
	problem: boolean;
	boxEmpty: boolean;
}

/**
 * Whether the add-codes form folds behind "Add more codes" after a press: the picture is showing, nothing is in
 * the box, no problem is shown, and the press found codes (or a link) that leave nothing to put right there.
 */
export function foldsAfterPress({ unlocked, report, linkRead, problem, boxEmpty }: AfterPress): boolean {
	if (!unlocked || problem || !boxEmpty) return false;
	return report === null ? linkRead === true : linkRead !== false && nothingToPutRight(report);
}

/** "Add this code to “Ward forum”, the session it is for.", naming the screen as the button does. */
function homeSentence({ id, title, codes }: CodesElsewhere): string {
	const one = codes.length === 1;
	const which = one ? 'this code' : `these ${codes.length} codes`;
	if (id !== null) return `Add ${which} to ${screenName({ id, title })}, the session ${one ? 'it is' : 'they are'} for.`;
	const [it, was] = one ? ['it', 'was'] : ['they', 'were'];
	const made = `since ${it} ${was} made without your session link. Or whoever made ${one ? 'it' : 'them'} can reflect again with your link.`;
	return `Add ${which} to ${screenName({ id, title })}, ${made}`;
}

/**
 * What is said once codes are added on their own screen, now showing, with how many others wait in the box:
 * "Now showing “Ward forum”, the session those codes are for. The other code is back in the box above."
 */
export function movedText({ id, title, codes }: CodesElsewhere, waiting: number): string {
	const which = id === null ? '' : `, the session ${codes.length === 1 ? 'that code is' : 'those codes are'} for`;
	const others = waiting === 1 ? ' The other code is back in the box above.' : ` The other ${waiting} codes are back in the box above.`;
	return `Now showing ${screenName({ id, title })}${which}.${waiting === 0 ? '' : others}`;
}

/**
 * The report of a paste whose codes not added all belong on other screens (see {@link allHomed}), led by
 * what to do about them, then what was added here: "Add this code to “Ward forum”, the session it is for.
 * 2 codes added."
 */
export function homesReportText(report: AddReport, tagOf: (code: string) => string): string {
	const homes = (report.elsewhere ?? []).map(homeSentence);
	const ownLinks = report.ownLinks ?? 0;
	const here =
		report.added > 0 || report.already.length > 0
			? [reportText({ ...report, bad: [] }, tagOf)]
			: ownLinks > 0
				? [ownLinksText(ownLinks)]
				: [];
	return [...homes, ...here].join(' ');
}
