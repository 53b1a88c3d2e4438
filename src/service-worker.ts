/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';
import { SKIP_WAITING } from '$lib/update-advice';

// Everything the app needs, cached on the first visit so every page works offline after it.
// A new version installs beside the old one and waits: it takes over on the next launch,
// never in the middle of a questionnaire, unless a page that met something made by it asks (other tabs then
// carry on with what they have loaded, and SvelteKit reloads one whose next page has gone).
const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `rebalance-${version}`;
const FALLBACK = '/200.html';
const ASSETS = [...build, ...files, ...prerendered, FALLBACK];

worker.addEventListener('install', (event) => {
	// Past the browser's HTTP cache for all but the hashed files: a host that lets pages be cached for a while would
	// otherwise fill this version's cache with the last version's pages.
	const requests = ASSETS.map((url) => (url.startsWith('/_app/immutable/') ? url : new Request(url, { cache: 'reload' })));
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches.keys().then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
	);
});

async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch (error) {
		const fallback = request.mode === 'navigate' ? await cache.match(FALLBACK) : undefined;
		if (fallback) return fallback;
		throw error;
	}
}

worker.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== location.origin) return;
	event.respondWith(respond(event.request));
});

// A page that cannot open a link, code or file made by this newer version asks it to take over now (app-update.ts).
worker.addEventListener('message', (event) => {
	if (event.data === SKIP_WAITING) event.waitUntil(worker.skipWaiting());
});
