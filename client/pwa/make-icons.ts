/**
 * Draws the app icons (SVG and PNGs) from one geometry, with no image library:
 * `npx tsx client/pwa/make-icons.ts` writes public/icons/. PNGs use a small encoder on node:zlib.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
type Box = { x: number; y: number; w: number; h: number };
type Shape =
  | ({ kind: 'rect'; r: number } & Box)
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; clip: Box };
type Layer = { color: Rgb; hex: string; shapes: Shape[] };

const BRAND = { color: [0x0b, 0x53, 0x94] as Rgb, hex: '#0b5394' };
const WHITE = { color: [0xff, 0xff, 0xff] as Rgb, hex: '#ffffff' };
const AMBER = { color: [0xff, 0xd5, 0x4a] as Rgb, hex: '#ffd54a' };

/** "IKZ" in block strokes plus an accent bar, in a unit square, scaled around the centre. */
function mark(scale: number): { letters: Shape[]; bar: Shape[] } {
  const h = 0.34 * scale;
  const s = 0.085 * scale;
  const kw = 0.23 * scale;
  const gap = 0.05 * scale;
  const total = s + gap + kw + gap + kw;
  const x0 = 0.5 - total / 2;
  const y0 = 0.5 - h / 2 - 0.05 * scale;
  const k: Box = { x: x0 + s + gap, y: y0, w: kw, h };
  const z: Box = { x: k.x + kw + gap, y: y0, w: kw, h };
  const rect = (b: Box): Shape => ({ kind: 'rect', r: 0, ...b });
  const line = (clip: Box, x1: number, y1: number, x2: number, y2: number, width = s): Shape => ({
    kind: 'line',
    x1,
    y1,
    x2,
    y2,
    width,
    clip,
  });
  const letters: Shape[] = [
    rect({ x: x0, y: y0, w: s, h }),
    rect({ x: k.x, y: y0, w: s, h }),
    line(k, k.x + s * 0.6, y0 + h * 0.62, k.x + kw + s * 0.3, y0 - s * 0.2),
    line(k, k.x + s * 1.2, y0 + h * 0.42, k.x + kw + s * 0.3, y0 + h + s * 0.2),
    rect({ x: z.x, y: y0, w: kw, h: s * 0.9 }),
    rect({ x: z.x, y: y0 + h - s * 0.9, w: kw, h: s * 0.9 }),
    line(z, z.x + kw - s * 0.3, y0 + s * 0.6, z.x + s * 0.3, y0 + h - s * 0.6, s * 1.05),
  ];
  const bar: Shape[] = [{ kind: 'rect', x: x0, y: y0 + h + 0.07 * scale, w: total, h: 0.05 * scale, r: 0.025 * scale }];
  return { letters, bar };
}

function layers(maskable: boolean): Layer[] {
  // Maskable icons are cropped to a circle of 80 %: full-bleed background, smaller mark.
  const m = mark(maskable ? 0.82 : 1);
  const background: Shape = maskable
    ? { kind: 'rect', x: 0, y: 0, w: 1, h: 1, r: 0 }
    : { kind: 'rect', x: 0.03, y: 0.03, w: 0.94, h: 0.94, r: 0.2 };
  return [
    { ...BRAND, shapes: [background] },
    { ...WHITE, shapes: m.letters },
    { ...AMBER, shapes: m.bar },
  ];
}

function inside(sh: Shape, x: number, y: number): boolean {
  if (sh.kind === 'rect') {
    if (x < sh.x || x > sh.x + sh.w || y < sh.y || y > sh.y + sh.h) return false;
    const cx = Math.min(Math.max(x, sh.x + sh.r), sh.x + sh.w - sh.r);
    const cy = Math.min(Math.max(y, sh.y + sh.r), sh.y + sh.h - sh.r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= sh.r ** 2;
  }
  const c = sh.clip;
  if (x < c.x || x > c.x + c.w || y < c.y || y > c.y + c.h) return false;
  const dx = sh.x2 - sh.x1;
  const dy = sh.y2 - sh.y1;
  const len = Math.hypot(dx, dy);
  const along = ((x - sh.x1) * dx + (y - sh.y1) * dy) / len;
  const across = Math.abs((x - sh.x1) * dy - (y - sh.y1) * dx) / len;
  return along >= 0 && along <= len && across <= sh.width / 2;
}

/** RGBA pixels, 4×4 supersampled so edges are smooth. */
function rasterize(size: number, ls: Layer[]): Buffer {
  const px = Buffer.alloc(size * size * 4);
  const ss = 4;
  for (let py = 0; py < size; py++) {
    for (let pxi = 0; pxi < size; pxi++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (const layer of ls) {
        let hits = 0;
        for (let sy = 0; sy < ss; sy++) {
          for (let sx = 0; sx < ss; sx++) {
            const x = (pxi + (sx + 0.5) / ss) / size;
            const y = (py + (sy + 0.5) / ss) / size;
            if (layer.shapes.some((sh) => inside(sh, x, y))) hits++;
          }
        }
        const cov = hits / (ss * ss);
        // "over" compositing with premultiplied accumulation
        r = layer.color[0] * cov + r * (1 - cov);
        g = layer.color[1] * cov + g * (1 - cov);
        b = layer.color[2] * cov + b * (1 - cov);
        a = cov + a * (1 - cov);
      }
      const i = (py * size + pxi) * 4;
      px[i] = a > 0 ? Math.round(r / a) : 0;
      px[i + 1] = a > 0 ? Math.round(g / a) : 0;
      px[i + 2] = a > 0 ? Math.round(b / a) : 0;
      px[i + 3] = Math.round(a * 255);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A minimal PNG: 8-bit RGBA, no interlace, filter 0 on every row. */
function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(6, 9); // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const n = (v: number) => +(v * 512).toFixed(2);
function svg(ls: Layer[]): string {
  const parts: string[] = [];
  let clipId = 0;
  for (const layer of ls) {
    for (const sh of layer.shapes) {
      if (sh.kind === 'rect') {
        parts.push(
          `<rect x="${n(sh.x)}" y="${n(sh.y)}" width="${n(sh.w)}" height="${n(sh.h)}" ` +
            `rx="${n(sh.r)}" fill="${layer.hex}"/>`,
        );
      } else {
        const id = `c${clipId++}`;
        const c = sh.clip;
        parts.push(
          `<clipPath id="${id}"><rect x="${n(c.x)}" y="${n(c.y)}" width="${n(c.w)}" height="${n(c.h)}"/></clipPath>`,
        );
        parts.push(
          `<line x1="${n(sh.x1)}" y1="${n(sh.y1)}" x2="${n(sh.x2)}" y2="${n(sh.y2)}" ` +
            `stroke="${layer.hex}" stroke-width="${n(sh.width)}" clip-path="url(#${id})"/>`,
        );
      }
    }
  }
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" role="img" aria-label="IKZ Einsatz">' +
    `\n  ${parts.join('\n  ')}\n</svg>\n`
  );
}

const out = join(dirname(fileURLToPath(import.meta.url)), '../../public/icons');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'icon.svg'), svg(layers(false)));
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
] as const) {
  writeFileSync(join(out, name), encodePng(size, rasterize(size, layers(maskable))));
  console.log(`wrote public/icons/${name}`);
}
console.log('wrote public/icons/icon.svg');
