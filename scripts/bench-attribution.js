// Which source modules the whole build's gzipped JavaScript comes from: npx vite build --sourcemap && node scripts/bench-attribution.js (then npm run build again, without maps).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'build';
const gz = (text) => gzipSync(text, { level: 9 }).length;
const walk = (folder) =>
	readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)]
	);
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Each generated line's segments as [column, source index] pairs (a source map's VLQ, fields 1 and 2 only). */
function decodeMappings(mappings) {
	let source = 0;
	return mappings.split(';').map((line) => {
		let column = 0;
		return line
			.split(',')
			.filter(Boolean)
			.map((segment) => {
				const fields = [];
				for (let i = 0, value = 0, shift = 0; i < segment.length; i++) {
					const digit = B64.indexOf(segment[i]);
					value += (digit & 31) << shift;
					shift += 5;
					if (digit & 32) continue;
					fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
					value = shift = 0;
				}
				column += fields[0];
				if (fields.length > 1) source += fields[1];
				return [column, fields.length > 1 ? source : -1];
			});
	});
}

/** A source path shortened to what a reader recognises: node_modules/pkg/... or src/... */
const shorten = (path) =>
	path.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/').replace(/^(.*\/)?generated\//, '.svelte-kit/generated/');

/** The group a module is totalled in: a package (svelte's internals by folder) or an app folder. */
function groupOf(module) {
	const svelte = module.match(/^node_modules\/svelte\/src\/(internal\/client\/[a-z-]+|[a-z-]+)/);
	if (svelte) return `svelte/${svelte[1]}`;
	const pkg = module.match(/^node_modules\/((@[^/]+\/)?[^/]+)/);
	if (pkg) return pkg[1];
	return module.match(/^src\/(lib\/[^/]+|routes\/[^/]+|routes)|^\.svelte-kit\/generated/)?.[0] ?? module;
}

/** The coarse kind of a group: the framework, another library, the app's own code, or what the bundler adds. */
function kindOf(group) {
	if (/^(svelte|@sveltejs|\.svelte-kit|devalue|clsx|esm-env)/.test(group)) return 'Svelte and SvelteKit';
	if (group.startsWith('src/')) return 'the app (src/)';
	return /^\(|\.js$/.test(group) ? 'chunk glue, and files without maps' : 'other libraries';
}

const files = walk(dir).filter((file) => file.endsWith('.js')).sort();
const modules = new Map();
const add = (module, raw, gzipShare, marginal) => {
	const entry = modules.get(module) ?? { raw: 0, gzip: 0, marginal: 0 };
	modules.set(module, { raw: entry.raw + raw, gzip: entry.gzip + gzipShare, marginal: entry.marginal + marginal });
};
let perFileSum = 0;
for (const file of files) {
	const code = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, '');
	const size = gz(code);
	perFileSum += size;
	if (!existsSync(file + '.map')) {
		add(relative(dir, file), Buffer.byteLength(code), size, size);
		continue;
	}
	const map = JSON.parse(readFileSync(file + '.map', 'utf8'));
	const lineStarts = [0];
	for (const line of code.split('\n')) lineStarts.push(lineStarts.at(-1) + line.length + 1);
	const segments = decodeMappings(map.mappings).flatMap((line, row) => line.map(([column, source]) => [lineStarts[row] + column, source]));
	// Svelte's hoisted templates and event delegation carry no mapping: they go to the module that
	// follows (the templates sit at its top); what precedes the first or follows the last is the chunk's glue.
	const pieces = new Map();
	segments.forEach(([start, source], i) => {
		const end = segments[i + 1]?.[0] ?? code.length;
		const owner = source >= 0 ? source : segments.slice(i + 1).find((segment) => segment[1] >= 0)?.[1];
		const name = owner === undefined ? '(chunk glue)' : shorten(map.sources[owner]);
		pieces.set(name, [...(pieces.get(name) ?? []), [start, end]]);
	});
	if (segments[0]?.[0] > 0) pieces.set('(chunk glue)', [...(pieces.get('(chunk glue)') ?? []), [0, segments[0][0]]]);
	const raw = Buffer.byteLength(code);
	for (const [name, spans] of pieces) {
		const kept = [];
		let bytes = 0;
		let from = 0;
		for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
			kept.push(code.slice(from, start));
			bytes += Buffer.byteLength(code.slice(start, end));
			from = end;
		}
		add(name, bytes, (bytes * size) / raw, size - gz(kept.join('') + code.slice(from)));
	}
}

const concatenated = gz(files.map((file) => readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, '')).join('\n'));
const kib = (bytes) => (bytes / 1024).toFixed(2).padStart(6);
const rows = [...modules].sort((a, b) => b[1].gzip - a[1].gzip);
console.log(`Whole app: ${kib(perFileSum)} KiB gzipped in ${files.length} files; concatenated into one: ${kib(concatenated)} KiB; splitting costs ${kib(perFileSum - concatenated)} KiB\n`);
console.log('Top 30 modules: minified KiB, gzip share KiB (minified share x file gzip ratio), gzip KiB saved by removing it alone');
for (const [name, entry] of rows.slice(0, 30)) console.log(`  ${kib(entry.raw)} ${kib(entry.gzip)} ${kib(entry.marginal)}  ${name}`);
const groups = new Map();
for (const [name, entry] of rows) {
	const group = groupOf(name);
	const total = groups.get(group) ?? { raw: 0, gzip: 0, count: 0 };
	groups.set(group, { raw: total.raw + entry.raw, gzip: total.gzip + entry.gzip, count: total.count + 1 });
}
const sorted = [...groups].sort((a, b) => b[1].gzip - a[1].gzip);
console.log('\nBy package and app folder: minified KiB, gzip share KiB, modules');
for (const [name, total] of sorted) console.log(`  ${kib(total.raw)} ${kib(total.gzip)} ${String(total.count).padStart(4)}  ${name}`);
const kinds = new Map();
for (const [name, total] of sorted) kinds.set(kindOf(name), (kinds.get(kindOf(name)) ?? 0) + total.gzip);
console.log('\nIn all: gzip share KiB');
for (const [kind, gzip] of kinds) console.log(`  ${kib(gzip)}  ${kind}`);
