// Box normalization shared by all adapters: every unit a parser uses ends up as 0–1, top-left origin.
import type { BBox } from './element.js';

/** Page-relative 0–1 box from corner coordinates in a unit whose page is `width` × `height`. */
export function normalizeBox(x1: number, y1: number, x2: number, y2: number, width: number, height: number): BBox {
  const a = x1 / width;
  const b = y1 / height;
  const c = x2 / width;
  const d = y2 / height;
  return [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
}

/** Same, for a bottom-left-origin box (PDF points, Docling BOTTOMLEFT): y is flipped. */
export function normalizeBottomLeftBox(
  left: number,
  top: number,
  right: number,
  bottom: number,
  width: number,
  height: number,
): BBox {
  return normalizeBox(left, height - top, right, height - bottom, width, height);
}

/** Bounding box of a polygon given as [[x,y],…] or [x1,y1,x2,y2,…], normalized by page size. */
export function polygonBox(points: number[] | number[][], width: number, height: number): BBox {
  const flat = (points as Array<number | number[]>).flat() as number[];
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    minX = Math.min(minX, flat[i]);
    maxX = Math.max(maxX, flat[i]);
    minY = Math.min(minY, flat[i + 1]);
    maxY = Math.max(maxY, flat[i + 1]);
  }
  return normalizeBox(minX, minY, maxX, maxY, width, height);
}

/** Tolerance for boxes that overshoot the page a little (parsers round outwards). */
export const BBOX_SLACK = 0.02;

/** True when the box is finite, ordered and within the page (with a small slack). */
export function isSaneBox(b: BBox): boolean {
  return (
    b.every((v) => Number.isFinite(v)) &&
    b[0] <= b[2] &&
    b[1] <= b[3] &&
    b[0] >= -BBOX_SLACK &&
    b[1] >= -BBOX_SLACK &&
    b[2] <= 1 + BBOX_SLACK &&
    b[3] <= 1 + BBOX_SLACK
  );
}

/** A coordinate clamped into [0,1] (a module function: a closure made per call was a share of reading every element). */
const clampUnit = (v: number) => Math.min(1, Math.max(0, v));

/** Clamp a sane box into [0,1]. */
export function clampBox(b: BBox): BBox {
  return [clampUnit(b[0]), clampUnit(b[1]), clampUnit(b[2]), clampUnit(b[3])];
}

export function boxWidth(b: BBox): number {
  return b[2] - b[0];
}
export function boxHeight(b: BBox): number {
  return b[3] - b[1];
}

/** Union of boxes (null when none). */
export function unionBox(boxes: Array<BBox | null>): BBox | null {
  let out: BBox | null = null;
  for (const b of boxes) {
    if (!b) continue;
    out = out
      ? [Math.min(out[0], b[0]), Math.min(out[1], b[1]), Math.max(out[2], b[2]), Math.max(out[3], b[3])]
      : [...b];
  }
  return out;
}
