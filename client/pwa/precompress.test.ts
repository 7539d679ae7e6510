import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDir } from './precompress';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressDir', () => {
  it('writes brotli and gzip variants that decode to the original, for text files in subfolders', () => {
    dir = mkdtempSync(join(tmpdir(), 'ikz-precompress-'));
    mkdirSync(join(dir, 'assets'));
    const js = 'export const greeting = "Guten Morgen";\n'.repeat(200);
    writeFileSync(join(dir, 'assets', 'app-abc123.js'), js);
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>x</title>${'<p>Hallo</p>'.repeat(200)}`);

    const done = precompressDir(dir);

    expect(done).toHaveLength(2);
    const path = join(dir, 'assets', 'app-abc123.js');
    expect(brotliDecompressSync(readFileSync(`${path}.br`)).toString()).toBe(js);
    expect(gunzipSync(readFileSync(`${path}.gz`)).toString()).toBe(js);
    expect(readFileSync(`${path}.br`).length).toBeLessThan(js.length / 10);
    expect(existsSync(join(dir, 'index.html.br'))).toBe(true);
  });

  it('leaves images, tiny files and its own output alone', () => {
    dir = mkdtempSync(join(tmpdir(), 'ikz-precompress-'));
    writeFileSync(join(dir, 'icon.png'), Buffer.alloc(4096, 1));
    writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\n');
    writeFileSync(join(dir, 'big.css'), 'a{color:red}\n'.repeat(500));

    expect(precompressDir(dir)).toEqual([join(dir, 'big.css')]);
    // Run again, as a rebuild into the same folder would: no `.br.br` or `.gz.gz`.
    expect(precompressDir(dir)).toEqual([join(dir, 'big.css')]);
    expect(existsSync(join(dir, 'icon.png.br'))).toBe(false);
    expect(existsSync(join(dir, 'robots.txt.gz'))).toBe(false);
    expect(existsSync(join(dir, 'big.css.br.br'))).toBe(false);
  });
});
