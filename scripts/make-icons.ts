/**
 * Draws the extension's toolbar icons (an abacus: a red tile, a frame, a beam and beads on three rods)
 * as PNGs with no image library: a tiny rasterizer with 4×4 supersampling and Node's zlib.
 * Run once with `npx tsx scripts/make-icons.ts`; the PNGs are committed in public/icon/.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const RED: Rgba = [179, 38, 30, 255];
const CREAM: Rgba = [255, 244, 214, 255];
const GOLD: Rgba = [245, 190, 60, 255];

/** Shapes in a 0..1 unit square; later shapes paint over earlier ones. */
type Shape = { inside: (x: number, y: number) => boolean; color: Rgba };

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number) {
  return (x: number, y: number) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}
const rect = (x0: number, y0: number, x1: number, y1: number) => roundedRect(x0, y0, x1, y1, 0);
const ellipse = (cx: number, cy: number, rx: number, ry: number) => (x: number, y: number) =>
  ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;

function shapes(): Shape[] {
  const list: Shape[] = [{ inside: roundedRect(0, 0, 1, 1, 0.2), color: RED }];
  // Frame.
  list.push({ inside: (x, y) => rect(0.14, 0.14, 0.86, 0.86)(x, y) && !rect(0.21, 0.21, 0.79, 0.79)(x, y), color: CREAM });
  // Beam between the upper and lower decks.
  list.push({ inside: rect(0.21, 0.36, 0.79, 0.41), color: CREAM });
  // Three rods with one bead above the beam and two below.
  for (const cx of [0.34, 0.5, 0.66]) {
    list.push({ inside: rect(cx - 0.012, 0.21, cx + 0.012, 0.79), color: CREAM });
    list.push({ inside: ellipse(cx, 0.29, 0.065, 0.05), color: GOLD });
    list.push({ inside: ellipse(cx, 0.52, 0.065, 0.05), color: GOLD });
    list.push({ inside: ellipse(cx, 0.65, 0.065, 0.05), color: GOLD });
  }
  return list;
}

function render(size: number): Buffer {
  const samples = 4;
  const list = shapes();
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      const acc: [number, number, number, number] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let color: Rgba = [0, 0, 0, 0];
          for (const shape of list) if (shape.inside(x, y)) color = shape.color;
          // Premultiply so edges blend towards transparency, not black.
          acc[0] += color[0] * color[3];
          acc[1] += color[1] * color[3];
          acc[2] += color[2] * color[3];
          acc[3] += color[3];
        }
      }
      const alpha = acc[3] / (samples * samples);
      const offset = py * (size * 4 + 1) + 1 + px * 4;
      raw[offset] = alpha ? Math.round(acc[0] / acc[3]) : 0;
      raw[offset + 1] = alpha ? Math.round(acc[1] / acc[3]) : 0;
      raw[offset + 2] = alpha ? Math.round(acc[2] / acc[3]) : 0;
      raw[offset + 3] = Math.round(alpha);
    }
  }
  return png(size, size, raw);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(width: number, height: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, render(size));
console.log('wrote public/icon/{16,32,48,128}.png');
