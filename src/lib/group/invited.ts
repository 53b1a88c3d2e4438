/** The most people a facilitator can say were invited. */
export const MAX_INVITED = 999;

/** Whether a number of people invited is one the group screen takes: a whole number from 1 to MAX_INVITED. */
export const isInvitedCount = (value: unknown): value is number =>
	Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_INVITED;
