import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

type ManifestChunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;

/** The lazily loaded chunk of each measured route ("Heute" is part of the entry, see client/app.tsx). */
export const ROUTE_CHUNKS = { login: 'auth/login-page.tsx', today: null } as const;

export type RouteBytes = { kb: number; files: string[] };

/** Files a chunk needs before it runs: itself, its CSS and its static imports, recursively. */
function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const dep of chunk.imports ?? []) staticClosure(manifest, dep, into);
  return into;
}

/**
 * First-load bytes (gzip -9, JS and CSS) per route from the build's manifest: the entry and its
 * static imports plus the route's lazy chunk and its static imports. Dynamic imports (the sync
 * engine, zod, other pages) are left out: they load after the first screen.
 */
export function firstLoadRouteBytes(dist = 'dist/client'): Record<keyof typeof ROUTE_CHUNKS, RouteBytes> {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entry) throw new Error('no entry in the Vite manifest');
  const measure = (route: string | null): RouteBytes => {
    const files = staticClosure(manifest, entry);
    if (route) staticClosure(manifest, route, files);
    const bytes = [...files].reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
    return { kb: Math.round((bytes / 1024) * 10) / 10, files: [...files] };
  };
  return { login: measure(ROUTE_CHUNKS.login), today: measure(ROUTE_CHUNKS.today) };
}
