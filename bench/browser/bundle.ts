import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// esbuild comes with tsx, which runs every bench, and with vite; it is not a dependency of its own.
import { build } from 'esbuild';

export type BenchPageName = 'ours' | 'pouch';

const entries: Record<BenchPageName, string> = {
  ours: fileURLToPath(new URL('./our-device.ts', import.meta.url)),
  pouch: fileURLToPath(new URL('./pouch-device.ts', import.meta.url)),
};

/**
 * Bundles the two bench pages into `dir`: `<name>.js` (one script each, dependencies included) and
 * `<name>.html`, which loads it. Both bundles are built alike and minified as the app's production
 * build is; the icon link keeps the browser from asking for /favicon.ico during a timed run.
 */
export async function bundlePages(
  dir: string,
  // The coordinator's bench needs only ours, and PouchDB may not be installed.
  names: readonly BenchPageName[] = ['ours', 'pouch'],
): Promise<Record<BenchPageName, number>> {
  const sizes = { ours: 0, pouch: 0 };
  for (const name of names) {
    const result = await build({
      entryPoints: [entries[name]],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"' },
      outfile: join(dir, `${name}.js`),
      logLevel: 'error',
      metafile: true,
    });
    sizes[name] = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
    writeFileSync(
      join(dir, `${name}.html`),
      '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">' +
        `<title>${name}</title><script src="${name}.js"></script></head><body></body></html>\n`,
    );
  }
  return sizes;
}
