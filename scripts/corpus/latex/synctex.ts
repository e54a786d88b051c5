// Reading a SyncTeX file (`.synctex.gz`, written by pdflatex/xelatex/lualatex with `-synctex=1`): per page,
// every box TeX shipped out with the input file and line that were being read when the box was made.
// Records: `(` hbox, `[` vbox, `h`/`v` void boxes; `tag,line:x,y:W,H,D` in scaled points from the page's
// top-left corner (y = the box's baseline). Converted here to PDF points (bp), top-left origin.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface SyncBox {
  kind: 'h' | 'v';
  tag: number;
  line: number;
  /** left edge, baseline (bp from the page's top-left) */
  x: number;
  y: number;
  w: number;
  h: number;
  d: number;
  depth: number;
}

export interface SyncTex {
  /** input tag → file path */
  inputs: Map<number, string>;
  /** per page (0-based), every box record */
  pages: SyncBox[][];
}

const SP_TO_BP = 72 / 72.27 / 65536;
const REC = /^([([hv])(\d+),(-?\d+):(-?\d+),(-?\d+):(-?\d+),(-?\d+),(-?\d+)/;

export function readSyncTex(file: string): SyncTex {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  const inputs = new Map<number, string>();
  const pages: SyncBox[][] = [];
  let unit = 1;
  let cur: SyncBox[] | null = null;
  let depth = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('Input:')) {
      const m = /^Input:(\d+):(.*)$/.exec(line);
      if (m) inputs.set(Number(m[1]), m[2]);
      continue;
    }
    if (line.startsWith('Unit:')) {
      unit = Number(line.slice(5)) || 1;
      continue;
    }
    const c = line[0];
    if (c === '{') {
      cur = [];
      depth = 0;
      continue;
    }
    if (c === '}') {
      if (cur) pages.push(cur);
      cur = null;
      continue;
    }
    if (!cur) continue;
    if (c === ')' || c === ']') {
      depth--;
      continue;
    }
    const m = REC.exec(line);
    if (!m) continue;
    const k = unit * SP_TO_BP;
    cur.push({
      kind: m[1] === '(' || m[1] === 'h' ? 'h' : 'v',
      tag: Number(m[2]),
      line: Number(m[3]),
      x: Number(m[4]) * k,
      y: Number(m[5]) * k,
      w: Number(m[6]) * k,
      h: Number(m[7]) * k,
      d: Number(m[8]) * k,
      depth,
    });
    if (m[1] === '(' || m[1] === '[') depth++;
  }
  return { inputs, pages };
}
