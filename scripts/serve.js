// Serves the built app: `npm start` builds first, then runs this. PORT picks the port.
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.js';

if (!existsSync('build/index.html')) {
	console.error('No build found. Run `npm run build` first (or `npm start`, which builds).');
	process.exit(1);
}
const port = Number(process.env.PORT || 4173);
const { url } = await startStaticServer({ port: Number.isFinite(port) ? port : 4173 });
console.log(`\nRebalance is running at ${url}\nPress Ctrl+C to stop.\n`);
