// MinerU content_list_v2.json (MinerU 3.x pipeline, compare ../shared/samples/mineru/*_content_list_v2.json): an
// array of pages, each an array of blocks `{type, content, bbox}` (bbox 0–1000 of the page) in reading order.
// title (`title_content` spans, `level` 1 for the document title and 2 for every other title, as the pipeline
// writes them), paragraph, list (one item per block here), page_header / page_footer / page_number /
// page_footnote, equation_interline (`math_content`), table (`html`, `table_caption` spans) and image
// (`image_caption` spans). The captions the parser tied to a float on its page are spans of that float's
// caption array, all of them one element (`/<p>/<i>/content/table_caption`); a loose caption is a paragraph.
// Gold: a caption nested in its own float is not listed (the contract: links between distinct elements
// only); one nested in another float (swapped captions) is linked to its true float.
import type { VElem, VPage } from '../habits.js';
import { floatsOnPage, hexId, htmlTable, type Placed, splitMarker } from './common.js';

const spans = (text: string) => [{ type: 'text', content: text }];

function textBlock(v: VElem): { type: string; content: Record<string, unknown> } {
  const t = v.elem.text;
  switch (v.as) {
    case 'heading':
      return { type: 'title', content: { title_content: spans(t), level: v.elem.isTitle ? 1 : 2 } };
    case 'item':
      return {
        type: 'list',
        content: {
          list_type: 'text_list',
          list_items: [{ item_type: 'text', item_content: spans(splitMarker(t).body) }],
        },
      };
    case 'header':
      return { type: 'page_header', content: { page_header_content: spans(t) } };
    case 'footer':
      return {
        type: v.elem.top ? 'page_header' : 'page_footer',
        content: { [`page_${v.elem.top ? 'header' : 'footer'}_content`]: spans(t) },
      };
    case 'page_number':
      return { type: 'page_number', content: { page_number_content: spans(t) } };
    case 'footnote':
      return { type: 'page_footnote', content: { page_footnote_content: spans(t) } };
    default:
      if (v.elem.role === 'equation')
        return { type: 'equation_interline', content: { math_content: t, math_type: 'latex' } };
      return { type: 'paragraph', content: { paragraph_content: spans(t) } };
  }
}

export function emitMineruV2(docId: string, pages: VPage[]) {
  const placed: Placed[] = [];
  /** caption refs nested in a float that is not theirs (swapped): listed in the gold */
  const input = pages.map((page, pi) => {
    const floats = floatsOnPage(page.elems);
    const k = (v: number, size: number) => Math.round(Math.max(0, Math.min(1000, (v / size) * 1000)));
    const bbox = (b: readonly number[]) => [
      k(b[0], page.width),
      k(b[1], page.height),
      k(b[2], page.width),
      k(b[3], page.height),
    ];
    const blocks: Record<string, unknown>[] = [];
    const nestedAt = new Map<VElem, number>();
    const pending: VElem[] = [];
    for (const v of page.elems) {
      const host = v.as === 'caption' && v.attach !== undefined ? floats.get(v.attach) : undefined;
      if (host) {
        pending.push(v);
        continue;
      }
      const e = v.elem;
      if (e.kind === 'table' || e.kind === 'image') {
        const path = `images/${hexId(`${docId}/${pi}/${blocks.length}`, 64)}.jpg`;
        const content =
          e.kind === 'table'
            ? { image_source: { path }, table_caption: [], table_footnote: [], html: htmlTable(e, false) }
            : { image_source: { path }, image_caption: [], image_footnote: [] };
        nestedAt.set(v, blocks.length);
        placed.push({ elem: e, ref: `/${pi}/${blocks.length}` });
        blocks.push({ type: e.kind, content, bbox: bbox(e.bbox) });
        continue;
      }
      placed.push({ elem: e, ref: `/${pi}/${blocks.length}` });
      blocks.push({ ...textBlock(v), bbox: bbox(e.bbox) });
    }
    for (const c of pending) {
      const host = floats.get(c.attach as string) as VElem;
      const i = nestedAt.get(host) as number;
      const key = host.elem.kind === 'table' ? 'table_caption' : 'image_caption';
      ((blocks[i].content as Record<string, unknown[]>)[key] as unknown[]).push(...spans(c.elem.text));
      // in its own float: out of the gold's sight (nested); in another float: an element to link
      if (host.elem.blockId !== c.elem.captionOf) placed.push({ elem: c.elem, ref: `/${pi}/${i}/content/${key}` });
    }
    return blocks;
  });
  return { input, placed };
}
