import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from './static-server.js';

let parent: string;
let server: Server;
let origin: URL;

/** Sends `path` exactly as written (no URL clean-up on the way), and gives back status, type and body. */
function get(path: string): Promise<{ status: number; type: string; cache: string; body: string }> {
	return new Promise((resolve, reject) => {
		const req = request({ host: origin.hostname, port: origin.port, path }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), cache: String(res.headers['cache-control']), body })
			);
		});
		req.on('error', reject);
		req.setTimeout(5000, () => req.destroy(new Error(`No answer to ${path}`)));
		req.end();
	});
}

beforeAll(async () => {
	parent = mkdtempSync(join(tmpdir(), 'static-server-'));
	const build = join(parent, 'build');
	mkdirSync(join(build, 'sub'), { recursive: true });
	mkdirSync(join(build, '_app', 'immutable'), { recursive: true });
	mkdirSync(join(parent, 'build-private'));
	writeFileSync(join(build, 'index.html'), 'home');
	writeFileSync(join(build, 'about.html'), 'about');
	writeFileSync(join(build, 'sub', 'index.html'), 'sub home');
	writeFileSync(join(build, '200.html'), 'fallback');
	writeFileSync(join(build, '_app', 'immutable', 'app.js'), 'code');
	writeFileSync(join(parent, 'build-private', 'secret.txt'), 'secret');
	writeFileSync(join(parent, 'secret.txt'), 'secret');
	({ server, url: origin } = await startStaticServer({ dir: build, port: 0 }).then(({ server, url }) => ({ server, url: new URL(url) })));
});

afterAll(() => {
	server.close();
	rmSync(parent, { recursive: true, force: true });
});

describe('startStaticServer', () => {
	it.each([
		{ path: '/', status: 200, body: 'home' },
		{ path: '/about', status: 200, body: 'about' },
		{ path: '/about.html', status: 200, body: 'about' },
		{ path: '/sub', status: 200, body: 'sub home' },
		{ path: '/reflect?id=1', status: 200, body: 'fallback' },
		{ path: '/no/such/page', status: 200, body: 'fallback' },
		{ path: '/missing.js', status: 404, body: 'Not found' },
		{ path: '/%E0%A4%A', status: 400, body: 'Bad request' },
		{ path: '/%', status: 400, body: 'Bad request' },
		{ path: 'http://[::1/', status: 400, body: 'Bad request' },
		{ path: '/../secret.txt', status: 404, body: 'Not found' },
		{ path: '/..%2Fsecret.txt', status: 404, body: 'Not found' },
		{ path: '/..%2Fbuild-private%2Fsecret.txt', status: 404, body: 'Not found' }
	])('answers $path with $status', async ({ path, status, body }) => {
		const response = await get(path);
		expect(response.status).toBe(status);
		expect(response.body).toBe(body);
	});

	it('keeps serving after a malformed address', async () => {
		await get('/%E0%A4%A');
		await get('http://[::1/');
		expect((await get('/')).body).toBe('home');
	});

	it('lets browsers keep hashed files for good, and ask again for pages', async () => {
		expect((await get('/_app/immutable/app.js')).cache).toContain('immutable');
		expect((await get('/_app/immutable/app.js')).type).toMatch(/^text\/javascript/);
		expect((await get('/about')).cache).toBe('no-cache');
	});
});
