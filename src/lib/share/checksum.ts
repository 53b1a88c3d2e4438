/**
 * CRC-32 (the IEEE polynomial used by zip and PNG), written out by hand so that share
 * codes and session links need no library. It catches every change of up to 32 bits in
 * a row, so one mistyped or altered character is always noticed.
 */

// Worked out once, so each byte costs one look-up rather than eight shifts.
const TABLE = Array.from({ length: 256 }, (_, byte) => {
	let crc = byte;
	for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
	return crc >>> 0;
});

/** The CRC-32 of some bytes, as an unsigned 32-bit number. */
export function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = (TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}
