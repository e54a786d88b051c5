// DeepSeek-OCR grounding output as an app writes it (compare ../shared/samples/deepseek_ocr/; the adapter
// src/adapters/deepseek-ocr.ts): `[{page, result: {implementation, ocr_text, raw_output}}]`, one item per page, where
// `raw_output` is the model's answer to `<|grounding|>Convert the document to markdown.` — every block opens with
// `<|ref|>label<|/ref|><|det|>[[x1, y1, x2, y2]]<|/det|>` (0–999 of the page image) and its Markdown content follows,
// up to the next tag. Refs: `/<p>/result/raw_output:<k>`, the k-th tag of page item p.
// Labels as the real output gives them: title (the document's title, "# …"), sub_title (every other heading: "## …"
// — DeepSeek writes one heading level — or, with odds chosen per document, the bare text, as it gives numbered
// clauses "1. Phí ban đầu :"), text (paragraphs, list items with their markers, code, lead-ins, footnotes: the model
// has no label for them), table (HTML, no head cells), image (empty), image_caption / table_caption (by the kind of
// the float the caption belongs to; a caption the habits loosened is text), equation (`\[ … \]`).
// Running heads, feet and page numbers: per document either left out (the page read without them: in neither the
// input nor the gold) or read as text blocks where they stand (the gold still counts them furniture); a heading the
// habits typed as a running head is read as text either way.
import type { ElemKind } from '../build.js';
import type { VElem, VPage } from '../habits.js';
import type { Rng } from '../rng.js';
import { htmlTable, type Placed } from './common.js';

/** DeepSeek-OCR's box scale: 999 is the page image's full width or height. */
const SCALE = 999;

export interface DeepseekChoice {
  /** running heads, feet and page numbers left out, or read as text */
  furniture: 'dropped' | 'text';
  /** the share of headings below the title written without their `##` */
  bareHeadings: number;
}

const FURNITURE = new Set<ElemKind>(['header', 'footer', 'page_number']);

function label(v: VElem, floatKind: Map<string, ElemKind>): string {
  switch (v.as) {
    case 'heading':
      return v.elem.isTitle ? 'title' : 'sub_title';
    case 'table':
      return 'table';
    case 'image':
      return 'image';
    case 'caption':
      return floatKind.get(v.attach ?? v.elem.captionOf ?? '') === 'table' ? 'table_caption' : 'image_caption';
    default:
      return v.elem.role === 'equation' ? 'equation' : 'text';
  }
}

function content(v: VElem, tag: string, bare: boolean): string {
  if (tag === 'table') return htmlTable(v.elem, false);
  if (tag === 'image') return '';
  if (tag === 'equation') return `\\[${v.elem.text}\\]`;
  if (tag === 'title') return `# ${v.elem.text}`;
  if (tag === 'sub_title') return bare ? v.elem.text : `## ${v.elem.text}`;
  return v.elem.text;
}

export function emitDeepseek(pages: VPage[], rng: Rng, force?: DeepseekChoice) {
  const choice: DeepseekChoice = force ?? {
    furniture: rng.chance(0.6) ? 'dropped' : 'text',
    bareHeadings: rng.pick([0, 0.15, 0.4]),
  };
  const floatKind = new Map<string, ElemKind>();
  for (const p of pages)
    for (const v of p.elems)
      if ((v.elem.kind === 'table' || v.elem.kind === 'image') && v.elem.blockId)
        floatKind.set(v.elem.blockId, v.elem.kind);
  const placed: Placed[] = [];
  const input = pages.map((page, pi) => {
    const k = (x: number, size: number) => Math.round(Math.max(0, Math.min(SCALE, (x / size) * SCALE)));
    const parts: string[] = [];
    const plain: string[] = [];
    for (const v of page.elems) {
      // (a heading the habits typed as a running head is read as text: dropping it would take a level out of the
      // document that its gold still counts)
      if (FURNITURE.has(v.as) && choice.furniture === 'dropped' && FURNITURE.has(v.elem.kind)) continue;
      const tag = label(v, floatKind);
      const text = content(v, tag, tag === 'sub_title' && rng.chance(choice.bareHeadings));
      if (tag !== 'image' && !text.trim()) continue;
      const [x0, y0, x1, y1] = v.elem.bbox;
      const box = [k(x0, page.width), k(y0, page.height), k(x1, page.width), k(y1, page.height)];
      placed.push({ elem: v.elem, ref: `/${pi}/result/raw_output:${parts.length}` });
      parts.push(`<|ref|>${tag}<|/ref|><|det|>[[${box.join(', ')}]]<|/det|>\n${text} \n\n`);
      if (text) plain.push(text);
    }
    return {
      page: pi + 1,
      result: { implementation: 'app', ocr_text: `\n${plain.join(' \n\n\n')}`, raw_output: parts.join('') },
    };
  });
  return { input, placed, choice };
}
