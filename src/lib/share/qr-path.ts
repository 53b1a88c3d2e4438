import { correction, generate } from 'lean-qr/nano';

/** A QR code as one SVG path of unit squares, inside a square `size` units wide (quiet zone included). */
export interface QrShape {
	size: number;
	path: string;
}

const QUIET_ZONE = 4;

/** Encodes text (a link) as a QR code path, with medium error correction and a 4-module quiet zone. */
export function qrShape(text: string): QrShape {
	// lean-qr's nano build (2 KiB) encodes in byte mode only, which is all a link needs.
	const code = generate(text, { minCorrectionLevel: correction.M });
	const parts: string[] = [];
	for (let y = 0; y < code.size; y++) {
		let x = 0;
		while (x < code.size) {
			if (!code.get(x, y)) {
				x += 1;
				continue;
			}
			const start = x;
			while (x < code.size && code.get(x, y)) x += 1;
			parts.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`);
		}
	}
	return { size: code.size + 2 * QUIET_ZONE, path: parts.join('') };
}
