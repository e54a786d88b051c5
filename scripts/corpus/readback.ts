// Reading back: a tagged PDF → per page, its structure leaves (P, H1–H6, LI, Caption, TR, Figure) each
// with the text runs marked with its MCIDs, the untagged runs (artifacts: Chromium prints header/footer
// templates and @page margin boxes untagged) and the painted images' boxes.
import { readFileSync } from 'node:fs';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

function mul(a: number[], b: number[]): number[] {
  return [
    a[0] * b[0] + a[2] * b[1],
    a[1] * b[0] + a[3] * b[1],
    a[0] * b[2] + a[2] * b[3],
    a[1] * b[2] + a[3] * b[3],
    a[0] * b[4] + a[2] * b[5] + a[4],
    a[1] * b[4] + a[3] * b[5] + a[5],
  ];
}

export interface Run {
  str: string;
  /** box in PDF points, origin top-left */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  eol: boolean;
}

export interface Leaf {
  role: string; // H1..H6, P, LI, Caption, TR, Figure
  runs: Run[];
  cells?: { tag: string; runs: Run[] }[];
}

export interface PageData {
  index: number;
  width: number;
  height: number;
  leaves: Leaf[];
  artifacts: Run[];
  images: [number, number, number, number][];
}

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

const LEAF_ROLES = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'LI', 'Caption']);

function collectIds(n: StructNode, out: string[] = []): string[] {
  for (const c of n.children ?? []) {
    if (c.type === 'content' && c.id) out.push(c.id);
    else collectIds(c, out);
  }
  return out;
}

type RawLeaf = { role: string; ids: string[]; cells?: { tag: string; ids: string[] }[] };

function walkStruct(n: StructNode, out: RawLeaf[]): void {
  const role = n.role ?? '';
  if (LEAF_ROLES.has(role)) {
    out.push({ role, ids: collectIds(n) });
    return;
  }
  if (role === 'TR') {
    const cells = (n.children ?? [])
      .filter((c) => c.role === 'TH' || c.role === 'TD')
      .map((c) => ({ tag: c.role as string, ids: collectIds(c) }));
    out.push({ role, ids: cells.flatMap((c) => c.ids), cells });
    return;
  }
  if (role === 'Figure' && (n.children ?? []).some((c) => c.type === 'content')) {
    out.push({ role, ids: collectIds(n) });
    return;
  }
  for (const c of n.children ?? []) if (c.type !== 'content') walkStruct(c, out);
}

export async function readPdf(pdfPath: string): Promise<PageData[]> {
  const data = new Uint8Array(readFileSync(pdfPath));
  const doc = await getDocument({ data, verbosity: 0, disableFontFace: true, useSystemFonts: false }).promise;
  const pages: PageData[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const vp = page.getViewport({ scale: 1 });
      const H = vp.height;
      const tc = await page.getTextContent({ includeMarkedContent: true });
      const byId = new Map<string, Run[]>();
      const artifacts: Run[] = [];
      const stack: (string | null)[] = [];
      for (const it of tc.items as Array<Record<string, unknown>>) {
        if (it.type === 'beginMarkedContentProps') {
          stack.push(typeof it.id === 'string' ? it.id : null);
          continue;
        }
        if (it.type === 'beginMarkedContent') {
          stack.push(null);
          continue;
        }
        if (it.type === 'endMarkedContent') {
          stack.pop();
          continue;
        }
        if (typeof it.str !== 'string') continue;
        const t = it.transform as number[];
        const fs = Math.hypot(t[2], t[3]) || (it.height as number) || 10;
        const run: Run = {
          str: it.str,
          x0: t[4],
          x1: t[4] + (it.width as number),
          y0: H - (t[5] + 0.88 * fs),
          y1: H - (t[5] - 0.22 * fs),
          eol: Boolean(it.hasEOL),
        };
        let id: string | null = null;
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i]) {
            id = stack[i];
            break;
          }
        }
        if (id) {
          const l = byId.get(id) ?? [];
          l.push(run);
          byId.set(id, l);
        } else if (run.str.trim()) artifacts.push(run);
      }
      const st = (await page.getStructTree()) as StructNode | null;
      const raw: RawLeaf[] = [];
      if (st) walkStruct(st, raw);
      const runsOf = (ids: string[]) => ids.flatMap((i) => byId.get(i) ?? []);
      const leaves: Leaf[] = [];
      for (const r of raw) {
        if (r.role === 'Figure') {
          leaves.push({ role: r.role, runs: [] });
          continue;
        }
        const leaf: Leaf = { role: r.role, runs: runsOf(r.ids) };
        if (r.cells) leaf.cells = r.cells.map((c) => ({ tag: c.tag, runs: runsOf(c.ids) }));
        if (leaf.runs.some((x) => x.str.trim())) leaves.push(leaf);
      }
      // images painted on the page, in painting order
      const images: [number, number, number, number][] = [];
      const ops = await page.getOperatorList();
      let ctm = [1, 0, 0, 1, 0, 0];
      const cstack: number[][] = [];
      for (let i = 0; i < ops.fnArray.length; i++) {
        const fn = ops.fnArray[i];
        const args = ops.argsArray[i] as unknown[];
        if (fn === OPS.save) cstack.push(ctm);
        else if (fn === OPS.restore) ctm = cstack.pop() ?? ctm;
        else if (fn === OPS.transform) ctm = mul(ctm, args as number[]);
        else if (fn === OPS.paintFormXObjectBegin) {
          cstack.push(ctm);
          const m = args[0] as number[] | null;
          if (Array.isArray(m) || ArrayBuffer.isView(m)) ctm = mul(ctm, Array.from(m as ArrayLike<number>));
        } else if (fn === OPS.paintFormXObjectEnd) ctm = cstack.pop() ?? ctm;
        else if (
          fn === OPS.paintImageXObject ||
          fn === OPS.paintInlineImageXObject ||
          fn === OPS.paintImageMaskXObject
        ) {
          const pts = [
            [0, 0],
            [1, 0],
            [0, 1],
            [1, 1],
          ].map(([x, y]) => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]]);
          const xs = pts.map((q) => q[0]);
          const ys = pts.map((q) => H - q[1]);
          images.push([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
        }
      }
      // Figure leaves carry no text: give each the box of the image painted in the same order
      pages.push({ index: p - 1, width: vp.width, height: H, leaves, artifacts, images });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}
