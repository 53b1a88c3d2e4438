/**
 * Raw deflate (RFC 1951) through the web-standard CompressionStream, which modern
 * browsers and Node both provide. Inflating stops as soon as the output passes a cap, so
 * a small crafted link cannot expand into megabytes.
 */

async function readAll(
	readable: ReadableStream<Uint8Array>,
	cap: number
): Promise<Uint8Array | null> {
	const reader = readable.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		if (total > cap) {
			await reader.cancel().catch(() => undefined);
			return null;
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

function pipe(
	stream: CompressionStream | DecompressionStream,
	bytes: Uint8Array
): ReadableStream<Uint8Array> {
	const writer = stream.writable.getWriter();
	// Failures surface on the readable side; these promises only need a handler.
	writer.write(new Uint8Array(bytes)).catch(() => undefined);
	writer.close().catch(() => undefined);
	return stream.readable;
}

/** Bytes squeezed with raw deflate. */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
	const out = await readAll(pipe(new CompressionStream('deflate-raw'), bytes), Infinity);
	return out ?? new Uint8Array();
}

/**
 * Raw-deflated bytes opened again: the bytes, 'too-long' when they would pass `cap`
 * bytes, or 'broken' when they are not valid deflate data.
 */
export async function inflateRaw(
	bytes: Uint8Array,
	cap: number
): Promise<Uint8Array | 'too-long' | 'broken'> {
	try {
		return (await readAll(pipe(new DecompressionStream('deflate-raw'), bytes), cap)) ?? 'too-long';
	} catch {
		return 'broken';
	}
}
