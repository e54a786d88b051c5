// What a page paints besides text, from pdfjs's operator list: the boxes of its images (the unit square
// through the current matrix), of its thin lines and rules (table rulings, drawn as stroked lines or as
// thin filled rectangles, as pdfTeX draws \hrule), and of its other painted paths (vector figures, frames).
// All normalized (0–1 of the page, origin top-left). Nothing here decides anything about structure.
import type { BBox } from '../model/element.js';

export interface PageGraphics {
  images: BBox[];
  rules: BBox[];
  shapes: BBox[];
}

/** The operator numbers used here (pdfjs's `OPS`). */
export type Ops = Record<string, number>;

export function clamp(v: number): number {
  return Math.min(1, Math.max(0, Math.round(v * 1e5) / 1e5));
}

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

/** The box (in points, top-down) of the rectangle [x0, y0, x1, y1] of user space through matrix m. */
function pointsBox(m: number[], x0: number, y0: number, x1: number, y1: number): [number, number, number, number] {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ]) {
    xs.push(m[0] * x + m[2] * y + m[4]);
    ys.push(m[1] * x + m[3] * y + m[5]);
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** A path's bounds from pdfjs's constructPath arguments ([paint op, [path data], [minX, minY, maxX, maxY]]). */
function pathBounds(args: unknown[]): number[] | undefined {
  const mm = args?.[2];
  if (!(Array.isArray(mm) || ArrayBuffer.isView(mm))) return undefined;
  const v = Array.from(mm as ArrayLike<number>);
  return v.length === 4 && v.every(Number.isFinite) && v[2] >= v[0] && v[3] >= v[1] ? v : undefined;
}

/** The images, rules and other painted paths of a page (see the header). */
export function pageGraphics(
  OPS: Ops,
  ops: { fnArray: number[]; argsArray: unknown[] },
  viewport: number[],
  W: number,
  H: number,
): PageGraphics {
  const out: PageGraphics = { images: [], rules: [], shapes: [] };
  const painting = new Set(
    ['stroke', 'closeStroke', 'fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke']
      .map((k) => OPS[k])
      .filter((v) => v !== undefined),
  );
  const images = new Set(
    ['paintImageXObject', 'paintInlineImageXObject', 'paintImageMaskXObject', 'paintImageXObjectRepeat'].map(
      (k) => OPS[k],
    ),
  );
  const norm = (b: number[]): BBox => [clamp(b[0] / W), clamp(b[1] / H), clamp(b[2] / W), clamp(b[3] / H)];
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = mul(ctm, args as number[]);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0];
      if (Array.isArray(m) || ArrayBuffer.isView(m)) ctm = mul(ctm, Array.from(m as ArrayLike<number>));
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (images.has(fn)) {
      const b = pointsBox(mul(viewport, ctm), 0, 0, 1, 1);
      // images of a few points (bullets, rules drawn as images) are not figures
      if (b[2] - b[0] >= 8 && b[3] - b[1] >= 8) out.images.push(norm(b));
    } else if (fn === OPS.constructPath && painting.has((args as number[])?.[0])) {
      const mm = pathBounds(args);
      if (!mm) continue;
      const b = pointsBox(mul(viewport, ctm), mm[0], mm[1], mm[2], mm[3]);
      const w = b[2] - b[0];
      const h = b[3] - b[1];
      // a line or rule: at most 2.5 pt thick, at least 6 pt long
      if (Math.min(w, h) <= 2.5 && Math.max(w, h) >= 6) out.rules.push(norm(b));
      else if (w >= 4 && h >= 4 && w < 0.98 * W) out.shapes.push(norm(b));
    }
  }
  return out;
}
