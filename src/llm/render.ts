// The page image MinerU-Popo's model expects with each chunk (post_processing/inference.py,
// concatenate_pdf_pages_with_border): the chunk's pages rendered at 72 dpi, each with its page
// number written in red at (10, 10) at a size of a tenth of the page's mean side, stacked
// vertically (centred, on white) with a 5-pixel black rule between pages.
// Ours: pages rendered by `pdftoppm` (Debian poppler-utils) when it is installed; the digits drawn
// with a small built-in bitmap font instead of DejaVu Sans; the result encoded as PNG (theirs is
// JPEG at quality 100) with node:zlib. Without pdftoppm the caller runs text-only and says so.
import { execFileSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import { maxOf } from '../util/arrays.js';

interface Bitmap {
  width: number;
  height: number;
  /** RGB, row-major. */
  data: Uint8Array;
}

let available: boolean | undefined;

/** Whether page rendering is possible here (pdftoppm on the PATH). */
export function rendererAvailable(): boolean {
  if (available === undefined) {
    try {
      execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
      available = true;
    } catch {
      available = false;
    }
  }
  return available;
}

function parsePpm(buf: Buffer): Bitmap {
  // P6 <w> <h> <max>\n<data>; comments are not written by pdftoppm.
  let pos = 0;
  const token = () => {
    while (/\s/.test(String.fromCharCode(buf[pos]))) pos++;
    const start = pos;
    while (!/\s/.test(String.fromCharCode(buf[pos]))) pos++;
    return buf.subarray(start, pos).toString('ascii');
  };
  if (token() !== 'P6') throw new Error('pdftoppm did not write a PPM image');
  const width = Number(token());
  const height = Number(token());
  token();
  pos++;
  return { width, height, data: new Uint8Array(buf.subarray(pos, pos + width * height * 3)) };
}

export function renderPage(pdf: string, page: number): Bitmap {
  const out = execFileSync('pdftoppm', ['-r', '72', '-f', String(page), '-l', String(page), pdf], {
    maxBuffer: 256 * 1024 * 1024,
  });
  return parsePpm(out);
}

// 5×7 digits, one row per string, '#' = ink.
const DIGITS: Record<string, string[]> = {
  '0': ['.###.', '#...#', '#..##', '#.#.#', '##..#', '#...#', '.###.'],
  '1': ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  '2': ['.###.', '#...#', '....#', '...#.', '..#..', '.#...', '#####'],
  '3': ['####.', '....#', '....#', '.###.', '....#', '....#', '####.'],
  '4': ['...#.', '..##.', '.#.#.', '#..#.', '#####', '...#.', '...#.'],
  '5': ['#####', '#....', '####.', '....#', '....#', '#...#', '.###.'],
  '6': ['..##.', '.#...', '#....', '####.', '#...#', '#...#', '.###.'],
  '7': ['#####', '....#', '...#.', '..#..', '.#...', '.#...', '.#...'],
  '8': ['.###.', '#...#', '#...#', '.###.', '#...#', '#...#', '.###.'],
  '9': ['.###.', '#...#', '#...#', '.####', '....#', '...#.', '.##..'],
};

function drawNumber(img: Bitmap, text: string, x: number, y: number, fontSize: number): void {
  const scale = Math.max(1, Math.round((fontSize * 0.73) / 7));
  let cx = x;
  for (const ch of text) {
    const glyph = DIGITS[ch];
    if (!glyph) continue;
    glyph.forEach((row, gy) => {
      for (let gx = 0; gx < 5; gx++) {
        if (row[gx] !== '#') continue;
        for (let dy = 0; dy < scale; dy++) {
          for (let dx = 0; dx < scale; dx++) {
            const px = cx + gx * scale + dx;
            const py = y + gy * scale + dy;
            if (px < 0 || py < 0 || px >= img.width || py >= img.height) continue;
            const o = (py * img.width + px) * 3;
            img.data[o] = 255;
            img.data[o + 1] = 0;
            img.data[o + 2] = 0;
          }
        }
      }
    });
    cx += 6 * scale;
  }
}

export function stackPages(pages: Array<{ page: number; image: Bitmap }>, border = 5): Bitmap {
  const width = maxOf(pages.map((p) => p.image.width));
  const height = pages.reduce((s, p) => s + p.image.height, 0) + border * (pages.length - 1);
  const data = new Uint8Array(width * height * 3).fill(255);
  let y = 0;
  pages.forEach(({ page, image }, i) => {
    drawNumber(image, String(page), 10, 10, Math.floor(((image.width + image.height) / 2) * 0.1));
    const x = Math.floor((width - image.width) / 2);
    for (let r = 0; r < image.height; r++) {
      data.set(image.data.subarray(r * image.width * 3, (r + 1) * image.width * 3), ((y + r) * width + x) * 3);
    }
    y += image.height;
    if (i < pages.length - 1) {
      data.fill(0, y * width * 3, (y + border) * width * 3);
      y += border;
    }
  });
  return { width, height, data };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(img: Bitmap): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(img.width, 0);
  header.writeUInt32BE(img.height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const raw = Buffer.alloc((img.width * 3 + 1) * img.height);
  for (let r = 0; r < img.height; r++) {
    raw[r * (img.width * 3 + 1)] = 0;
    raw.set(img.data.subarray(r * img.width * 3, (r + 1) * img.width * 3), r * (img.width * 3 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** The chunk image as a data URL, or undefined when it cannot be made (the reason in `onError`). */
export function chunkImage(pdf: string, pages: readonly number[], onError: (why: string) => void): string | undefined {
  if (!rendererAvailable()) {
    onError('pdftoppm (Debian package poppler-utils) is not installed');
    return undefined;
  }
  try {
    const images = pages.map((page) => ({ page, image: renderPage(pdf, page) }));
    if (images.length === 0) return undefined;
    return `data:image/png;base64,${encodePng(stackPages(images)).toString('base64')}`;
  } catch (error) {
    onError(`cannot render ${pdf}: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}
