// Hand-made MinerU model.json pages (pipeline style) as a txt-mode run writes them: layout boxes by category id and
// the boxes of their OCR lines with empty text (or with text, for the controls). Pages of 1000 × 1400 pixels.
import type { AdapterInput } from '../../src/io/load.js';

export const PAGE = { width: 1000, height: 1400 };
const LINE = 20;
const GAP = 8;

export interface ModelBox {
  category: number;
  box: [number, number, number, number];
  /** Text lines: the first line's indent (px), the last line's right end as a share of the width; lines fill the box. */
  lines?: { indent?: number; lastFill?: number; height?: number };
  /** The OCR text of each line (a control with text); empty in txt mode. */
  text?: string;
}

const poly = ([x1, y1, x2, y2]: [number, number, number, number]) => [x1, y1, x2, y1, x2, y2, x1, y2];

/** The OCR line spans of a text box: lines of LINE px every LINE + GAP px down the box. */
function lineSpans(b: ModelBox): Array<Record<string, unknown>> {
  const [x1, y1, x2, y2] = b.box;
  const line = b.lines?.height ?? LINE;
  const count = Math.max(1, Math.floor((y2 - y1 + GAP) / (line + GAP)));
  const spans = [];
  for (let i = 0; i < count; i++) {
    const top = y1 + i * (line + GAP);
    const left = i === 0 ? x1 + (b.lines?.indent ?? 0) : x1;
    const right = i === count - 1 && count > 1 ? x1 + (x2 - x1) * (b.lines?.lastFill ?? 1) : x2;
    spans.push({ category_id: 15, poly: poly([left, top, right, top + line]), score: 1, text: b.text ?? '' });
  }
  return spans;
}

/** A model.json input: per page its boxes, in the order given (the adapter orders them itself). */
export function modelInput(pages: ModelBox[][]): AdapterInput {
  const json = pages.map((boxes, page) => ({
    layout_dets: [
      ...boxes.map((b) => ({ category_id: b.category, poly: poly(b.box), score: 0.95 })),
      ...boxes.filter((b) => b.lines).flatMap(lineSpans),
    ],
    page_info: { page_no: page, ...PAGE },
  }));
  return { path: 'model.json', isFolder: false, files: [{ path: 'model.json', name: '', json }] };
}
