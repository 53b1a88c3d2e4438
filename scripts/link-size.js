// How long session links are, and how big their QR codes: for a few realistic sessions, the
// version 2 link's length (read by this build; written once WRITTEN_LINK_VERSION says 2), the QR code's version and modules a side (as the app draws it: byte mode,
// error correction M), and where the characters go. For comparison, the same session as a
// version 1 link, and the QR code the link's bytes would need as upper-case base32 in QR's
// alphanumeric mode (not used: see the end of the output). Not part of the tests.
// Usage: node scripts/link-size.js
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { correction, generate, mode } from 'lean-qr';
import { createServer } from 'vite';

// A realistic address: the link and the QR code carry all of it, not just the fragment.
const ORIGIN = 'https://rebalance.example.org';
const SIX = ['educational', 'institutional', 'monetary', 'class', 'position', 'authority'];

const server = await createServer({ server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'error' });
const load = (path) => server.ssrLoadModule(path);
const { encodeSession, sessionLinkUrl } = await load('/src/lib/share/session-link.ts');
const { qrShape } = await load('/src/lib/share/qr-path.ts');
const { CUSTOM_SOURCE_SUGGESTIONS: suggested } = await load('/src/lib/share/custom-suggestions.ts');

const welcome =
	'Thank you for coming to our planning day. Before we meet, please spend ten quiet minutes on this reflection.';
const longWelcome =
	`${welcome} Your answers stay on your phone or computer, and nobody else can see them. On the day you can choose ` +
	'to share a short code, which shows the group how power is spread among us without saying who answered what. ' +
	'If anything is unclear, or you would rather talk it through, ring Sam on the number in the invitation.';
const base = { title: 'Ward 7 team reflection', welcome, date: '2025-03-14', sources: SIX, custom: [], threshold: 3 };
const own = { name: 'Faith', description: 'Belonging to a faith community, and how it is seen here.' };
const sessions = [
	['title only, 6 standard', { ...base, welcome: '', date: null }],
	['6 standard', base],
	['6 standard + 2 suggested', { ...base, custom: suggested.slice(0, 2) }],
	['6 standard + 2 suggested + 1 own', { ...base, custom: [...suggested.slice(0, 2), own] }],
	['long title and welcome, 6 + 2 suggested', {
		...base,
		title: 'Mental health services: co-production planning day for the north locality',
		welcome: longWelcome,
		custom: suggested.slice(0, 2)
	}],
	['6 standard + all 4 suggested', { ...base, custom: [...suggested] }]
];

/** The JSON a fragment carries, whatever its version: base64url after a two-character marker and 8-character header. */
function bodyJson(fragment) {
	const bytes = Buffer.from(fragment.slice(2), 'base64url').subarray(6);
	return (fragment[1] === 'z' ? inflateRawSync(bytes) : bytes).toString('utf8');
}

/** The session as version 1 wrote it (the format in session-link.ts), deflated when shorter. */
function versionOneLink(settings) {
	const mask = SIX.reduce((bits, id, i) => (settings.sources.includes(id) ? bits | (1 << i) : bits), 0);
	const custom = settings.custom.map((spec) => [spec.name, spec.description]);
	const json = Buffer.from(JSON.stringify([settings.title, settings.welcome, settings.date ?? '', mask, custom, settings.threshold]));
	const deflated = deflateRawSync(json);
	const [marker, body] = deflated.length < json.length ? ['1z', deflated] : ['1r', json];
	const header = Buffer.alloc(6);
	header.writeUInt32BE(crc32(Buffer.concat([Buffer.from(marker), body])));
	header.writeUInt16BE(body.length, 4);
	return marker + Buffer.concat([header, body]).toString('base64url');
}

/** A QR version from its modules a side. */
const version = (modules) => (modules - 17) / 4;

/** The QR version for the address in byte mode, then the fragment's bytes as base32 in alphanumeric mode. */
function alphanumericVersion(fragment) {
	const bytes = Buffer.from(fragment.slice(2), 'base64url');
	const symbols = Math.ceil((bytes.length * 8) / 5);
	const address = mode.bytes([...Buffer.from(`${ORIGIN}/join#`)]);
	const code = generate(mode.multi(address, mode.alphaNumeric(`${fragment.slice(0, 2).toUpperCase()}${'A'.repeat(symbols)}`)), {
		minCorrectionLevel: correction.M,
		maxCorrectionLevel: correction.M
	});
	return version(code.size);
}

/** Bytes of JSON each top-level field takes, with its comma. */
const fieldSizes = (json) => JSON.parse(json).map((field) => Buffer.byteLength(JSON.stringify(field)) + 1);

const rows = [];
for (const [name, settings] of sessions) {
	const fragment = await encodeSession(settings, 2);
	const url = sessionLinkUrl(ORIGIN, fragment);
	const modules = qrShape(url).size - 8;
	const json = bodyJson(fragment);
	const before = sessionLinkUrl(ORIGIN, versionOneLink(settings));
	rows.push({
		session: name,
		link: url.length,
		flag: fragment.slice(0, 2),
		qr: `v${version(modules)} (${modules}²)`,
		json: Buffer.byteLength(json),
		'json per field': fieldSizes(json).join(' '),
		'v1 link': before.length,
		'v1 qr': `v${version(qrShape(before).size - 8)}`,
		'base32 qr': `v${alphanumericVersion(fragment)}`
	});
}
console.log(`Origin ${ORIGIN} (${ORIGIN.length + '/join#'.length} characters with /join#). Fragment = 2 marker + 8 header + body.`);
console.table(rows);
console.log(
	'base32 qr: the same bytes as upper-case base32 in alphanumeric mode would save about one QR version, but it\n' +
		'breaks the envelope (builds before it would call such links "not a Rebalance link" instead of asking for a\n' +
		'reload) and needs the full lean-qr (about 1.5 KiB more gzipped on the pages that draw QR codes).'
);
await server.close();
