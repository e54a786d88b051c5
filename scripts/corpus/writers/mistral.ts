// Mistral OCR API response (`client.ocr.process`, as in ../shared/samples/mistral_ocr/): `{pages: [{index,
// markdown, images, dimensions, tables, hyperlinks, header, footer, confidence_scores}], model, usage_info,
// document_annotation}`, one markdown string per page with the parser's own `#` levels (habits.ts `levels`:
// right, all `#`, restarting per page, …). Blocks are separated by blank lines; figures are `![img-0.jpeg]
// (img-0.jpeg)` links with their corners in `images` (pixels at 200 dpi); tables pipe tables; equations `$$`;
// code fenced. Captions are plain paragraphs (Mistral has no caption type). Running heads, feet and page
// numbers either go into the page's `header`/`footer` strings (mistral-ocr-2512 with extract_header/footer) or
// stay in the markdown as paragraphs, one choice per document.
// Refs are the adapter's: `/pages/<p>/markdown:<k>` (k-th block of the split, src/adapters/mistral-ocr.ts),
// `/pages/<p>/images/<j>`, `/pages/<p>/header`, `/pages/<p>/footer`.
import { splitMarkdown } from '../../../src/adapters/mistral-ocr.js';
import type { VElem, VPage } from '../habits.js';
import type { Rng } from '../rng.js';
import { type Placed, splitMarker, tableRows } from './common.js';

const DPI = 200;
const px = (v: number) => Math.round((v * DPI) / 72);
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

function pipeTable(v: VElem): string {
  const rows = tableRows(v.elem);
  const cell = (c: string) => oneLine(c).replace(/\|/g, '\\|');
  const n = Math.max(1, ...rows.map((r) => r.cells.length));
  const line = (cells: string[]) => `| ${Array.from({ length: n }, (_, i) => cell(cells[i] ?? '')).join(' | ')} |`;
  const [first, ...rest] = rows;
  return [line(first?.cells ?? []), `|${' --- |'.repeat(n)}`, ...rest.map((r) => line(r.cells))].join('\n');
}

function blockText(v: VElem, level: number | undefined): string {
  const e = v.elem;
  switch (v.as) {
    case 'heading':
      return `${'#'.repeat(level ?? 1)} ${oneLine(e.text)}`;
    case 'item': {
      const m = splitMarker(e.text);
      return m.enumerated ? `${m.marker} ${oneLine(m.body)}` : `- ${oneLine(m.body)}`;
    }
    case 'code':
      return `\`\`\`\n${e.text.replace(/^(\s*)```/gm, '$1` ``')}\n\`\`\``;
    case 'table':
      return pipeTable(v);
    default:
      if (e.role === 'equation') return `$$\n${oneLine(e.text)}\n$$`;
      return oneLine(e.text);
  }
}

const isFurniture = (v: VElem) => v.as === 'header' || v.as === 'footer' || v.as === 'page_number';

function emitPage(pi: number, page: VPage, levels: Map<VElem, number>, fields: boolean, placed: Placed[]) {
  const ptr = `/pages/${pi}`;
  const blocks: string[] = [];
  const images: Record<string, unknown>[] = [];
  const header: string[] = [];
  const footer: string[] = [];
  for (const v of page.elems) {
    if (fields && isFurniture(v)) {
      const top = v.as === 'header' || v.elem.top === true;
      (top ? header : footer).push(oneLine(v.elem.text));
      placed.push({ elem: v.elem, ref: `${ptr}/${top ? 'header' : 'footer'}` });
      continue;
    }
    if (v.as === 'image') {
      const id = `img-${images.length}.jpeg`;
      const [x0, y0, x1, y1] = v.elem.bbox;
      images.push({
        id,
        top_left_x: px(x0),
        top_left_y: px(y0),
        bottom_right_x: px(x1),
        bottom_right_y: px(y1),
        image_base64: null,
      });
      placed.push({ elem: v.elem, ref: `${ptr}/images/${images.length - 1}` });
      blocks.push(`![${id}](${id})`);
      continue;
    }
    const text = blockText(v, levels.get(v));
    if (!text) continue;
    placed.push({ elem: v.elem, ref: `${ptr}/markdown:${blocks.length}` });
    blocks.push(text);
  }
  const markdown = blocks.join('\n\n');
  const split = splitMarkdown(markdown).length;
  if (split !== blocks.length)
    throw new Error(`mistral: page ${pi} markdown splits into ${split} blocks, not ${blocks.length}`);
  return {
    index: pi,
    markdown,
    images,
    dimensions: { dpi: DPI, height: px(page.height), width: px(page.width) },
    tables: [],
    hyperlinks: [],
    header: header.length ? header.join('\n\n') : null,
    footer: footer.length ? footer.join('\n\n') : null,
    confidence_scores: null,
  };
}

export function emitMistral(pages: VPage[], levels: Map<VElem, number>, rng: Rng) {
  const fields = rng.chance(0.5);
  const placed: Placed[] = [];
  const out = pages.map((p, pi) => emitPage(pi, p, levels, fields, placed));
  const input = {
    pages: out,
    model: fields ? 'mistral-ocr-2512' : 'mistral-ocr-2505-completion',
    usage_info: { pages_processed: pages.length, doc_size_bytes: null },
    document_annotation: null,
  };
  return { input, placed, furniture: fields ? 'header/footer fields' : 'in the markdown' };
}
