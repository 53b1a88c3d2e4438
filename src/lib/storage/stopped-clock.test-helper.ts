// Test support: timestamps from a clock the test moves. Only Date is faked, as fake-indexeddb
// needs real timers; the spec restores real timers after each test (vi.useRealTimers).
import { vi } from 'vitest';

/** Where every stopped clock starts: 12 June 2025, 09:00 UTC. */
export const START = Date.UTC(2025, 5, 12, 9);

/** Stops Date at START; `next()` moves it on a second and gives the new time. */
export function stoppedClock(): { next: () => number } {
	vi.useFakeTimers({ toFake: ['Date'] });
	let now = START;
	vi.setSystemTime(now);
	return {
		next: () => {
			now += 1000;
			vi.setSystemTime(now);
			return now;
		}
	};
}
