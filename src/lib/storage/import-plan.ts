import type { ExportData } from './export-format';

/** What importing a file would do, reflection by reflection and session by session, before anything is written. */
export interface ImportPlan {
	/** Reflections new to this device. */
	addReflections: string[];
	/** Reflections already here as in the file, or brought in from it before as a copy not changed since: left alone. */
	sameReflections: string[];
	/** Reflections here with different content: the file's version comes in as a copy, nothing is overwritten. */
	copyReflections: string[];
	addSessions: string[];
	sameSessions: string[];
	copySessions: string[];
	/** Share codes not yet collected here. */
	addCodes: number;
	/** Group screen settings (number invited, shuffle) for sessions with no number invited here, by session key. */
	addGroups: string[];
}

/** The part of this device's data an import is compared with. */
export interface DeviceSnapshot {
	reflections: Map<string, number>;
	sessions: Map<string, number>;
	/** The `copyKey`s of records an earlier import brought in as copies, while unchanged (see isUnchangedCopy). */
	copied: Set<string>;
	codes: Set<string>;
	/** Sessions whose group screen settings here hold a number invited. */
	groups: Set<string>;
}

/** Names one version of a file's record: its id and when it last changed. */
export const copyKey = (record: { id: string; updatedAt: number }): string => `${record.id} ${record.updatedAt}`;

/** Whether a record is an import's copy, unchanged since: it still has the change time its `copyOf` names. */
export const isUnchangedCopy = (record: { updatedAt: number; copyOf?: string }): record is { updatedAt: number; copyOf: string } =>
	record.copyOf?.endsWith(` ${record.updatedAt}`) === true;

/** Compares a file with this device, by id and last change; never plans to overwrite anything. */
export function planImport(data: ExportData, device: DeviceSnapshot): ImportPlan {
	const sort = <T extends { id: string; updatedAt: number }>(records: T[], here: Map<string, number>) => {
		const add: string[] = [];
		const same: string[] = [];
		const copy: string[] = [];
		for (const record of records) {
			const updatedHere = here.get(record.id);
			if (updatedHere === undefined) add.push(record.id);
			else if (updatedHere === record.updatedAt || device.copied.has(copyKey(record))) same.push(record.id);
			else copy.push(record.id);
		}
		return [add, same, copy] as const;
	};
	const [addReflections, sameReflections, copyReflections] = sort(data.reflections, device.reflections);
	const [addSessions, sameSessions, copySessions] = sort(data.sessions, device.sessions);
	const addCodes = new Set(
		data.codes.map((code) => `${code.sessionKey} ${code.code}`).filter((key) => !device.codes.has(key))
	).size;
	const addGroups = data.groups.map((group) => group.sessionKey).filter((key) => !device.groups.has(key));
	return { addReflections, sameReflections, copyReflections, addSessions, sameSessions, copySessions, addCodes, addGroups };
}

/** Whether the plan would change anything on this device. */
export function importChangesSomething(plan: ImportPlan): boolean {
	return (
		plan.addReflections.length + plan.copyReflections.length + plan.addSessions.length + plan.copySessions.length + plan.addCodes + plan.addGroups.length > 0
	);
}

/** What an import brings in, in words, leaving out what there is none of: "1 reflection and 4 share codes". */
export function importSummary(plan: ImportPlan): string {
	// Not group-prompts' countOf: importing it would load the group screen's shared chunk on /data.
	const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
	const parts = [
		[plan.addReflections.length + plan.copyReflections.length, 'reflection'],
		[plan.addSessions.length + plan.copySessions.length, 'facilitator session'],
		[plan.addCodes, 'share code'],
		[plan.addGroups.length, 'group screen setting']
	] as const;
	const said = parts.filter(([n]) => n > 0).map(([n, one]) => count(n, one));
	return said.length > 1 ? `${said.slice(0, -1).join(', ')} and ${said.at(-1)}` : (said[0] ?? 'nothing');
}
