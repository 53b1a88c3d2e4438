// Test support: session link fragments put together by hand, as a newer or a hostile build might make them.
import { crc32 } from '../../src/lib/share/checksum';

/** A link fragment with a sound envelope (marker, checksum, length) around any JSON. */
export function handFrame(marker: string, json: string): string {
	const body = Buffer.from(json);
	const header = Buffer.alloc(6);
	header.writeUInt32BE(crc32(Buffer.concat([Buffer.from(marker), body])), 0);
	header.writeUInt16BE(body.length, 4);
	return marker + Buffer.concat([header, body]).toString('base64url');
}
