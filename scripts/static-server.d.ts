// Types for the e2e specs that start a server of their own (update.spec.ts); the scripts are not type-checked.
import type { Server } from 'node:http';

/** Starts serving `dir` on `port` (0 or taken: a free one); resolves to the server and its URL. */
export function startStaticServer(options?: { dir?: string; port?: number; host?: string; fallback?: string }): Promise<{ server: Server; url: string }>;
