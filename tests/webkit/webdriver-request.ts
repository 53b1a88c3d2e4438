// One call to a W3C WebDriver server, with its errors said plainly.

type Reply = { value: unknown };

/**
 * Sends one WebDriver command and returns its value; a WebDriver error, a reply that is not JSON, or no
 * reply within `timeoutMs` (when given) throws.
 */
export async function request(base: string, method: string, path: string, body?: unknown, timeoutMs?: number): Promise<unknown> {
	const response = await fetch(base + path, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
		signal: timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs)
	});
	const text = await response.text();
	let reply: Reply;
	try {
		reply = JSON.parse(text) as Reply;
	} catch {
		throw new Error(`WebDriver ${method} ${path}: the reply (${response.status}) is not JSON: ${text.slice(0, 200)}`);
	}
	const failure = reply.value as { error?: string; message?: string } | null;
	if (!response.ok || failure?.error) throw new Error(`WebDriver ${method} ${path}: ${failure?.error}: ${failure?.message}`);
	return reply.value;
}
