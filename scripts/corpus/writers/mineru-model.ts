// MinerU `model.json` as a txt-mode pipeline run writes it (session 29, issue #15): the raw layout detections of each
// page and no text — the layout-only input the real dev set has two of (test-samples/gold-dev/mineru/*_model).
// Written from a document's middle.json (the middle writer's boxes, ../emit.ts `emitMiddle`) and its gold:
//  - per page `{layout_dets, page_info: {page_no, width, height}}`, boxes as `poly` in pixels at 144 dpi;
//  - layout boxes by MinerU's category ids: title 0, text and list blocks 1 (the pipeline model has no list class),
//    discarded blocks (running heads, feet, page numbers) and page footnotes 2 ("abandon"), figure body 3, its
//    caption 4, table body 5 (no `html`: txt mode runs no table recognition), its caption 6;
//  - each printed line of a text-like box as an OCR line span (category 15) with empty text, as txt mode leaves them;
//  - the detections in a seeded order of their own (the model's output is unordered; the adapter orders it by XY-cut),
//    each with a score.
// Gold: the middle gold's decisions carried over ref by ref (each middle block or sub-block is one layout box); a
// merge group keeps the middle file's (true) reading order.
import type { Structure } from '../../../src/model/structure.js';
import type { Rng } from '../rng.js';

/** Pixels per PDF point (144 dpi). */
const SCALE = 2;
const CATEGORY: Record<string, number> = {
  title: 0,
  text: 1,
  list: 1,
  index: 1,
  header: 2,
  footer: 2,
  page_number: 2,
  page_footnote: 2,
  image_body: 3,
  image_caption: 4,
  table_body: 5,
  table_caption: 6,
  table_footnote: 7,
  image_footnote: 101,
};
/** Boxes whose lines are text (their OCR lines are written as empty spans). */
const LINED = new Set([0, 1, 2, 4, 6, 7, 101]);

type Json = Record<string, unknown>;
type Box = [number, number, number, number];

const poly = ([x1, y1, x2, y2]: Box) => [x1, y1, x2, y1, x2, y2, x1, y2].map((v) => Math.round(v * SCALE * 100) / 100);

interface Det {
  from?: string;
  det: Json;
}

/** The model.json of one middle.json, and the middle gold's refs mapped to its layout boxes. */
export function modelFromMiddle(middle: Json, middleGold: Structure, rng: Rng): { input: unknown; gold: Structure } {
  const refMap = new Map<string, string>();
  const pages = (middle.pdf_info as Json[]).map((page, pi) => {
    const [w, h] = page.page_size as [number, number];
    const dets: Det[] = [];
    const spans: Json[] = [];
    const addBlock = (block: Json, from: string) => {
      const category = CATEGORY[String(block.type)];
      if (category === undefined) return;
      dets.push({ from, det: { category_id: category, poly: poly(block.bbox as Box), score: 0.9 + rng.next() * 0.1 } });
      if (!LINED.has(category)) return;
      for (const line of (block.lines as Json[] | undefined) ?? []) {
        spans.push({ category_id: 15, poly: poly(line.bbox as Box), score: 1, text: '' });
      }
    };
    (page.para_blocks as Json[]).forEach((b, i) => {
      const ptr = `/pdf_info/${pi}/para_blocks/${i}`;
      if (!Array.isArray(b.blocks)) addBlock(b, ptr);
      else
        (b.blocks as Json[]).forEach((s, j) => {
          addBlock(s, `${ptr}/blocks/${j}`);
        });
    });
    (page.discarded_blocks as Json[]).forEach((b, k) => {
      addBlock(b, `/pdf_info/${pi}/discarded_blocks/${k}`);
    });
    rng.shuffle(dets);
    dets.forEach((d, n) => {
      if (d.from) refMap.set(d.from, `/${pi}/layout_dets/${n}`);
    });
    return {
      layout_dets: [...dets.map((d) => d.det), ...spans],
      page_info: { page_no: pi, width: Math.round(w * SCALE), height: Math.round(h * SCALE) },
    };
  });
  const to = (ref: string) => refMap.get(ref);
  const all = (refs: string[]) => refs.map(to).filter((r): r is string => r !== undefined);
  const gold: Structure = {
    version: 1,
    headings: middleGold.headings.flatMap((hd) => {
      const ref = to(hd.ref);
      return ref ? [{ ref, level: hd.level }] : [];
    }),
    paragraphMerges: middleGold.paragraphMerges.map(all).filter((g) => g.length > 1),
    tableMerges: middleGold.tableMerges.map(all).filter((g) => g.length > 1),
    captions: middleGold.captions.flatMap((c) => {
      const [caption, target] = [to(c.caption), to(c.target)];
      return caption && target ? [{ caption, target }] : [];
    }),
    furniture: all(middleGold.furniture),
  };
  return { input: pages, gold };
}
