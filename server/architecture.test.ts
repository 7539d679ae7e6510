import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const productRoots = ['client', 'server', 'shared'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Tests, test helpers and end-to-end suites may use helpers; everything else ships. */
function isProductFile(path: string): boolean {
  const segments = path.split(/[\\/]/);
  const name = segments.at(-1) ?? '';
  if (/\.test\.tsx?$/.test(name)) return false;
  return !segments.includes('testing') && !segments.includes('e2e');
}

/** Every module specifier a file names: static and type imports, re-exports, dynamic imports. */
function importSpecifiers(source: string): string[] {
  const found = source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm);
  return [...found].map((m) => m[2] ?? '');
}

/** Why `specifier`, imported from `file`, is off limits for product code; undefined if it is fine. */
function forbiddenImport(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = relative(root, resolve(dirname(file), specifier)).split(sep);
  if (target[0] === 'bench') return 'a benchmark';
  if (target.includes('testing')) return 'a test helper';
  return undefined;
}

describe('architecture', () => {
  it('names product files and imports as the rule means them', () => {
    expect(isProductFile('client/sync/engine.ts')).toBe(true);
    expect(isProductFile('client/sync/engine.test.ts')).toBe(false);
    expect(isProductFile('client/testing/model-device.ts')).toBe(false);
    expect(isProductFile('client/e2e/run.ts')).toBe(false);
    expect(
      importSpecifiers(
        "import type { A } from './a';\nexport { b } from \"../b\";\nconst c = import('./c');\nimport './d';",
      ),
    ).toEqual(['./a', '../b', './c', './d']);
    const file = join(root, 'server/sync/routes.ts');
    expect(forbiddenImport(file, '../../bench/run')).toBe('a benchmark');
    expect(forbiddenImport(file, '../testing/test-app')).toBe('a test helper');
    expect(forbiddenImport(file, '../../client/testing/fixtures')).toBe('a test helper');
    expect(forbiddenImport(file, '../db/database')).toBeUndefined();
    expect(forbiddenImport(file, 'hono')).toBeUndefined();
  });

  // Benchmarks and test helpers import the product, never the other way round (STYLE habit 16).
  it('product code in client/, server/ and shared/ imports no benchmark and no test helper', () => {
    const violations = productRoots
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .filter((file) => isProductFile(relative(root, file)))
      .flatMap((file) =>
        importSpecifiers(readFileSync(file, 'utf8')).flatMap((specifier) => {
          const reason = forbiddenImport(file, specifier);
          return reason ? [`${relative(root, file)} imports ${reason}: ${specifier}`] : [];
        }),
      );
    expect(violations).toEqual([]);
  });
});
