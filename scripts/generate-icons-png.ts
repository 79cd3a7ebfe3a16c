// A minimal PNG encoder (8-bit RGBA, no interlace) on node:zlib, so the tray icons are
// drawn by code in this repository rather than by an image editor or a new dependency.
import { crc32, deflateSync, inflateSync } from 'node:zlib';

/** An RGBA raster, row-major, 4 bytes a pixel. */
export interface Raster {
  width: number;
  height: number;
  pixels: Uint8Array;
}

export function raster(width: number, height: number): Raster {
  return { width, height, pixels: new Uint8Array(width * height * 4) };
}

export type Rgba = readonly [number, number, number, number];

export function setPixel(r: Raster, x: number, y: number, c: Rgba): void {
  if (x < 0 || y < 0 || x >= r.width || y >= r.height) return;
  r.pixels.set(c, (y * r.width + x) * 4);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes deterministically (fixed zlib level, no timestamps), so output is reproducible. */
export function encodePng(r: Raster): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(r.width, 0);
  ihdr.writeUInt32BE(r.height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit depth, RGBA, deflate, no filter method, no interlace
  const stride = r.width * 4;
  const rows = Buffer.alloc((stride + 1) * r.height);
  for (let y = 0; y < r.height; y++) {
    rows[y * (stride + 1)] = 0; // filter type None
    rows.set(r.pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Decodes what encodePng writes (tests use it to check the files are real images). */
export function decodePng(png: Buffer): Raster {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    const crc = png.readUInt32BE(offset + 8 + length);
    if (crc32(png.subarray(offset + 4, offset + 8 + length)) >>> 0 !== crc) {
      throw new Error(`bad CRC in ${type}`);
    }
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(idat));
  const out = raster(width, height);
  const stride = width * 4;
  for (let y = 0; y < height; y++) {
    if (rows[y * (stride + 1)] !== 0) throw new Error('only filter type None is decoded');
    out.pixels.set(rows.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride);
  }
  return out;
}
