/**
 * A share code as a screen reader should say it to someone who will read it out: one character
 * at a time, with a pause between groups. Said as written, "843J" is "eight hundred and
 * forty-three J". The alphabet has no letter O or I, so a 0 or 1 is always a digit.
 */
export function spelledCode(code: string): string {
	return code
		.split('-')
		.filter(Boolean)
		.map((group) => [...group].join(' '))
		.join(', ');
}
