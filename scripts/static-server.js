// A small static server for build/: serves files, honours the adapter's fallback page,
// and takes the port it is given, or the next free one.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8'
};

/** The URL path with its escapes decoded, or null when one is malformed (such as `%E0%A4%A`). */
function decodedPath(pathname) {
	try {
		return decodeURIComponent(pathname);
	} catch {
		return null;
	}
}

/** Finds the file for a decoded URL path: the exact file, `path.html`, `path/index.html`, or null. */
async function findFile(root, path) {
	const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, safe);
	if (base !== root && !base.startsWith(root + sep)) return null;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		try {
			if ((await stat(candidate)).isFile()) return candidate;
		} catch {
			// not this candidate; try the next
		}
	}
	return null;
}

/** Starts serving `dir` on `port` (0 or taken: a free one); resolves to the server and its URL. */
export async function startStaticServer({ dir = 'build', port = 4173, host = '127.0.0.1', fallback = '200.html' } = {}) {
	const root = resolve(dir);
	const server = createServer(async (req, res) => {
		const url = URL.canParse(req.url ?? '/', 'http://localhost') ? new URL(req.url ?? '/', 'http://localhost') : null;
		const path = url && decodedPath(url.pathname);
		if (!url || path === null) {
			res.writeHead(400, { 'content-type': TYPES['.txt'] });
			res.end('Bad request');
			return;
		}
		let file = await findFile(root, path);
		let status = 200;
		if (!file) {
			file = join(root, fallback);
			status = url.pathname.match(/\.[a-z0-9]+$/i) ? 404 : 200;
		}
		try {
			const body = status === 404 ? 'Not found' : await readFile(file);
			const type = status === 404 ? TYPES['.txt'] : (TYPES[extname(file)] ?? 'application/octet-stream');
			const immutable = url.pathname.startsWith('/_app/immutable/');
			res.writeHead(status, {
				'content-type': type,
				'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
				'x-content-type-options': 'nosniff',
				'referrer-policy': 'no-referrer'
			});
			res.end(body);
		} catch {
			res.writeHead(500, { 'content-type': TYPES['.txt'] });
			res.end('Server error');
		}
	});
	const listen = (p) =>
		new Promise((ok, fail) => {
			server.once('error', fail);
			server.listen(p, host, () => {
				server.off('error', fail);
				ok();
			});
		});
	try {
		await listen(port);
	} catch (error) {
		if (error.code !== 'EADDRINUSE') throw error;
		await listen(0);
	}
	const address = server.address();
	return { server, url: `http://${host}:${address.port}` };
}
