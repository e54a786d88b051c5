// PaddleOCR layout parsing, per-page results as `save_to_json` writes them (compare
// ../shared/samples/paddleocr/): PP-StructureV3 (`parsing_res_list` of `{block_label, block_content, block_bbox,
// block_id, block_order}`, no page size, boxes in pixels of the page rendered at zoom 2 = 144 dpi; furniture has
// `block_order: null`) or PaddleOCR-VL (the same with `width`/`height` and `group_id`), one variant per document.
// PP-DocLayout labels: doc_title, paragraph_title (no level: PaddleX does not rank titles), text (lists, code and
// lead-ins too), footnote, figure_title (every caption), table (HTML `block_content`), image (empty content),
// header, footer, number (page numbers), display_formula / formula.
// The pages are written as one JSON array of page results (the corpus keeps one input file per format; the
// adapter reads a list of page results as it reads a folder of `*_res.json` files). Refs
// `/<p>/parsing_res_list/<k>`.
import type { VElem, VPage } from '../habits.js';
import type { Rng } from '../rng.js';
import { htmlTable, type Placed } from './common.js';

const ZOOM = 2;

function blockLabel(v: VElem, vl: boolean): string {
  switch (v.as) {
    case 'heading':
      return v.elem.isTitle ? 'doc_title' : 'paragraph_title';
    case 'caption':
      return 'figure_title';
    case 'footnote':
      return 'footnote';
    case 'table':
      return 'table';
    case 'image':
      return 'image';
    case 'header':
      return 'header';
    case 'footer':
      return 'footer';
    case 'page_number':
      return 'number';
    default:
      if (v.elem.role === 'equation') return vl ? 'display_formula' : 'formula';
      return 'text';
  }
}

function content(v: VElem): string {
  if (v.as === 'table') return `<html><body>${htmlTable(v.elem, false)}</body></html>`;
  if (v.as === 'image') return '';
  return v.elem.text;
}

/** The `model_settings` PaddleOCR's PP-StructureV3 records with its output (the pipeline as the corpus writes it). */
export const PADDLE_SETTINGS = {
  use_doc_preprocessor: false,
  use_seal_recognition: false,
  use_table_recognition: true,
  use_formula_recognition: true,
  use_chart_recognition: false,
  use_region_detection: true,
  format_block_content: false,
};

export function emitPaddle(docId: string, pages: VPage[], rng: Rng) {
  const vl = rng.chance(0.5);
  const placed: Placed[] = [];
  const input = pages.map((page, pi) => {
    let order = 0;
    const list = page.elems.map((v, k) => {
      const label = blockLabel(v, vl);
      const furniture = label === 'header' || label === 'footer' || label === 'number';
      placed.push({ elem: v.elem, ref: `/${pi}/parsing_res_list/${k}` });
      return {
        block_label: label,
        block_content: content(v),
        block_bbox: v.elem.bbox.map((x) => Math.round(x * ZOOM)),
        block_id: k,
        block_order: furniture ? null : ++order,
        ...(vl ? { group_id: k } : {}),
      };
    });
    const settings = PADDLE_SETTINGS;
    return {
      input_path: `${docId}.pdf`,
      page_index: pi,
      ...(vl
        ? { page_count: pages.length, width: Math.round(page.width * ZOOM), height: Math.round(page.height * ZOOM) }
        : {}),
      model_settings: settings,
      parsing_res_list: list,
    };
  });
  return { input, placed, variant: vl ? 'PaddleOCR-VL' : 'PP-StructureV3' };
}
