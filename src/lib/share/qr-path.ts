import { encode } from 'uqr';

/** A QR code as one SVG path of unit squares, inside a square `size` units wide (quiet zone included). */
export interface QrShape {
	size: number;
	path: string;
}

/** Encodes text (a link) as a QR code path, with medium error correction and a 4-module quiet zone. */
export function qrShape(text: string): QrShape {
	const { data, size } = encode(text, { ecc: 'M', border: 4 });
	const parts: string[] = [];
	data.forEach((row, y) => {
		let x = 0;
		while (x < size) {
			if (!row[x]) {
				x += 1;
				continue;
			}
			const start = x;
			while (x < size && row[x]) x += 1;
			parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
		}
	});
	return { size, path: parts.join('') };
}
