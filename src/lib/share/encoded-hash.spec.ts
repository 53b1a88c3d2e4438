import { describe, expect, it } from 'vitest';
import { mendedHashAddress } from './encoded-hash';

describe('mendedHashAddress', () => {
	it.each([
		['a session link', '/join%231zAbC_-9', '/join#1zAbC_-9'],
		['a session link with a slash before the fragment', '/join/%231zAbC', '/join#1zAbC'],
		['a share code link', '/group%23code=5K7Q-M3XZ-ABCD-EF12-3Q', '/group#code=5K7Q-M3XZ-ABCD-EF12-3Q'],
		['a share code link with its "=" encoded too', '/group%23code%3D5K7Q-M3XZ-ABCD-EF12-3Q', '/group#code=5K7Q-M3XZ-ABCD-EF12-3Q'],
		['a bare share code fragment', '/group%235K7QM3XZABCDEF123Q', '/group#5K7QM3XZABCDEF123Q']
	])('mends %s', (_, pathname, address) => {
		expect(mendedHashAddress(pathname)).toBe(address);
	});

	it.each([
		['a path with no %23', '/join'],
		['a page with no fragment links', '/results%23abc'],
		['a page that only starts like one', '/joinus%231zAbC'],
		['an address under another path', '/evil/join%231zAbC'],
		['nothing after the %23', '/join%23'],
		['a %23 encoded twice', '/join%25231zAbC'],
		['a malformed escape', '/join%231z%E0%A4%A'],
		['a %23 before the page name', '/%23/join#1z'],
		['no path', '']
	])('leaves alone %s', (_, pathname) => {
		expect(mendedHashAddress(pathname)).toBeNull();
	});
});
