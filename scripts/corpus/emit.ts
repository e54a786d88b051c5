// Writing the parser-style inputs (MinerU content_list.json, dots.ocr page lists and, on request, MinerU
// middle.json with line boxes) from the page-level elements, with seeded parser noise, and each one's gold
// structure.json.
import { createHash } from 'node:crypto';
import type { Structure } from '../../src/model/structure.js';
import type { Built, PElem } from './build.js';
import { esc } from './render.js';
import type { Rng } from './rng.js';

export interface NoiseConfig {
  /** MinerU: furniture typed header/footer/page_number (VLM style) or emitted as plain text */
  mineruFurnitureTyped: boolean;
  /** probability that a bold lead-in paragraph is emitted as a title */
  leadAsTitle: number;
  /** dots: probability that a caption is labelled Section-header */
  captionAsTitle: number;
  /** dots: probability that a furniture line is labelled Text */
  furnitureAsText: number;
}

export function chooseNoise(rng: Rng): NoiseConfig {
  return {
    mineruFurnitureTyped: rng.chance(0.5),
    leadAsTitle: rng.pick([0, 0.1, 0.2]),
    captionAsTitle: rng.pick([0, 0.05, 0.1]),
    furnitureAsText: rng.pick([0, 0.05, 0.1]),
  };
}

export interface NoiseLog {
  leadAsTitle: number;
  captionAsTitle: number;
  furnitureAsText: number;
}

function tableHtml(e: PElem, useTh: boolean): string {
  const rows = (e.rows ?? [])
    .map(
      (r) =>
        `<tr>${r.cells.map((c, i) => (useTh && r.tags[i] === 'th' ? `<th>${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`,
    )
    .join('');
  return `<table>${rows}</table>`;
}

function imgName(docId: string, page: number, i: number): string {
  return `images/${createHash('sha256').update(`${docId}/${page}/${i}`).digest('hex').slice(0, 32)}.jpg`;
}

interface Placed {
  elem: PElem;
  ref: string;
}

const isFloat = (e: PElem) => e.kind === 'table' || e.kind === 'image';

/** Where MinerU nests a page's captions: the first fragment on that page of the table/figure they belong to. */
function captionHosts(elems: PElem[]): Map<string, PElem> {
  const hosts = new Map<string, PElem>();
  for (const e of elems) if (isFloat(e) && e.blockId && !hosts.has(e.blockId)) hosts.set(e.blockId, e);
  return hosts;
}

/** The float a caption printed away from its table/figure links to: its first fragment, in reading order. */
function firstFragment(placed: Placed[], caption: PElem): Placed | undefined {
  return placed.find((x) => isFloat(x.elem) && x.elem.blockId === caption.captionOf);
}

/** Gold built from placed elements (ref per element, in reading order). */
export function gold(placed: Placed[], captionLinks: { caption: string; target: string }[]): Structure {
  const s: Structure = {
    version: 1,
    headings: [],
    paragraphMerges: [],
    tableMerges: [],
    captions: captionLinks,
    furniture: [],
  };
  const byBlock = new Map<string, Placed[]>();
  for (const p of placed) {
    const e = p.elem;
    if (e.kind === 'header' || e.kind === 'footer' || e.kind === 'page_number') {
      s.furniture.push(p.ref);
      continue;
    }
    if (!e.blockId || e.kind === 'caption' || e.kind === 'image') continue;
    const l = byBlock.get(e.blockId) ?? [];
    l.push(p);
    byBlock.set(e.blockId, l);
  }
  for (const p of placed) {
    const e = p.elem;
    if (e.kind !== 'heading' || !e.blockId) continue;
    if (byBlock.get(e.blockId)?.[0] === p) s.headings.push({ ref: p.ref, level: e.level ?? 1 });
  }
  for (const group of byBlock.values()) {
    if (group.length < 2) continue;
    const refs = group.map((g) => g.ref);
    if (group[0].elem.kind === 'table') s.tableMerges.push(refs);
    else s.paragraphMerges.push(refs);
  }
  return s;
}

const pt2k = (v: number, size: number) => Math.round(Math.max(0, Math.min(1000, (v / size) * 1000)));

export function emitMineru(docId: string, built: Built, noise: NoiseConfig, rng: Rng, log: NoiseLog) {
  const list: Record<string, unknown>[] = [];
  const placed: Placed[] = [];
  const links: { caption: string; target: string }[] = [];
  built.pages.forEach((page, pi) => {
    const bb = (e: PElem) => [
      pt2k(e.bbox[0], page.width),
      pt2k(e.bbox[1], page.height),
      pt2k(e.bbox[2], page.width),
      pt2k(e.bbox[3], page.height),
    ];
    // where each float block's first fragment on this page sits, to nest captions
    const hosts = captionHosts(page.elems);
    const floatIdx = new Map<string, number>();
    const pendingCaptions: PElem[] = [];
    let imgN = 0;
    for (const e of page.elems) {
      if (e.kind === 'caption') {
        pendingCaptions.push(e);
        continue;
      }
      const idx = list.length;
      let entry: Record<string, unknown>;
      switch (e.kind) {
        case 'heading':
          entry = { type: 'text', text: e.text, text_level: 1 };
          break;
        case 'table':
          entry = {
            type: 'table',
            img_path: imgName(docId, pi, imgN++),
            table_caption: [],
            table_footnote: [],
            table_body: tableHtml(e, false),
          };
          break;
        case 'image':
          entry = { type: 'image', img_path: imgName(docId, pi, imgN++), image_caption: [], image_footnote: [] };
          break;
        case 'header':
        case 'footer':
        case 'page_number':
          entry = noise.mineruFurnitureTyped ? { type: e.kind, text: e.text } : { type: 'text', text: e.text };
          break;
        case 'lead':
          entry = { type: 'text', text: e.text };
          if (rng.chance(noise.leadAsTitle)) {
            entry.text_level = 1;
            log.leadAsTitle++;
          }
          break;
        default:
          entry = { type: 'text', text: e.text };
      }
      entry.bbox = bb(e);
      entry.page_idx = pi;
      list.push(entry);
      placed.push({ elem: e, ref: `/${idx}` });
      if (e.blockId && hosts.get(e.blockId) === e) floatIdx.set(e.blockId, idx);
    }
    // captions: nested in their float's entry on the same page, else a text entry of their own + a link
    for (const c of pendingCaptions) {
      const target = c.captionOf ? floatIdx.get(c.captionOf) : undefined;
      if (target !== undefined) {
        const t = list[target];
        const key = t.type === 'table' ? 'table_caption' : 'image_caption';
        (t[key] as string[]).push(c.text);
        continue;
      }
      // caption on another page than its float: a plain text entry, inserted in reading order
      const entry = { type: 'text', text: c.text, bbox: bb(c), page_idx: pi };
      // find the position: after the last entry of this page placed before the caption in page order
      const order = page.elems.indexOf(c);
      let pos = list.length;
      for (let k = order + 1; k < page.elems.length; k++) {
        const p = placed.find((x) => x.elem === page.elems[k]);
        if (p) {
          pos = Number(p.ref.slice(1));
          break;
        }
      }
      list.splice(pos, 0, entry);
      for (const p of placed) {
        const n = Number(p.ref.slice(1));
        if (n >= pos) p.ref = `/${n + 1}`;
      }
      for (const [k, v] of floatIdx) if (v >= pos) floatIdx.set(k, v + 1);
      placed.push({ elem: c, ref: `/${pos}` });
      placed.sort((a, b) => Number(a.ref.slice(1)) - Number(b.ref.slice(1)));
    }
  });
  // links for un-nested captions: target = nearest fragment of their float anywhere
  for (const p of placed) {
    if (p.elem.kind !== 'caption') continue;
    const t = firstFragment(placed, p.elem);
    if (t) links.push({ caption: p.ref, target: t.ref });
  }
  return { input: list, gold: gold(placed, links) };
}

export function emitDots(built: Built, noise: NoiseConfig, rng: Rng, log: NoiseLog) {
  const pages: Record<string, unknown>[][] = [];
  const placed: Placed[] = [];
  const links: { caption: string; target: string }[] = [];
  const scale = 200 / 72;
  built.pages.forEach((page, pi) => {
    const out: Record<string, unknown>[] = [];
    for (const e of page.elems) {
      const bbox = e.bbox.map((v) => Math.round(v * scale));
      let category: string;
      let text: string | undefined = e.text;
      switch (e.kind) {
        case 'heading':
          category = e.isTitle ? 'Title' : 'Section-header';
          break;
        case 'item':
          category = 'List-item';
          break;
        case 'footnote':
          category = 'Footnote';
          break;
        case 'table':
          category = 'Table';
          text = tableHtml(e, true);
          break;
        case 'image':
          category = 'Picture';
          text = undefined;
          break;
        case 'caption':
          category = 'Caption';
          if (rng.chance(noise.captionAsTitle)) {
            category = 'Section-header';
            log.captionAsTitle++;
          }
          break;
        case 'header':
        case 'footer':
        case 'page_number':
          category = e.top ? 'Page-header' : 'Page-footer';
          if (rng.chance(noise.furnitureAsText)) {
            category = 'Text';
            log.furnitureAsText++;
          }
          break;
        case 'lead':
          category = 'Text';
          if (rng.chance(noise.leadAsTitle)) {
            category = 'Section-header';
            log.leadAsTitle++;
          }
          break;
        default:
          category = 'Text';
      }
      const el: Record<string, unknown> = { bbox, category };
      if (text !== undefined) el.text = text;
      placed.push({ elem: e, ref: `/${pi}/${out.length}` });
      out.push(el);
    }
    pages.push(out);
  });
  for (const p of placed) {
    if (p.elem.kind !== 'caption') continue;
    const frags = placed.filter(
      (x) => (x.elem.kind === 'table' || x.elem.kind === 'image') && x.elem.blockId === p.elem.captionOf,
    );
    // the fragment on the caption's page if any, else the first one
    const t = frags.find((x) => x.elem.page === p.elem.page) ?? frags[0];
    if (t) links.push({ caption: p.ref, target: t.ref });
  }
  return { input: pages, gold: gold(placed, links) };
}

/** MinerU middle.json boxes: PDF points, top-left origin, to 0.01 pt. */
const midBox = (b: readonly number[]) => b.slice(0, 4).map((v) => Math.round(v * 100) / 100);

function unionBox(boxes: (readonly number[])[]): number[] {
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

/** A block's lines: one per printed line, each one text span with the line's text. */
function midLines(e: PElem): Record<string, unknown>[] {
  const lines = e.lines?.length ? e.lines : [{ bbox: e.bbox, text: e.text }];
  return lines.map((l) => ({
    bbox: midBox(l.bbox),
    spans: [{ bbox: midBox(l.bbox), type: 'text', content: l.text }],
  }));
}

function midTextBlock(type: string, e: PElem): Record<string, unknown> {
  return { type, bbox: midBox(e.bbox), lines: midLines(e) };
}

/** One span over the whole body of a table or figure. */
function midBodyBlock(type: string, e: PElem, span: Record<string, unknown>): Record<string, unknown> {
  const bbox = midBox(e.bbox);
  return { type, bbox, lines: [{ bbox, spans: [{ bbox, ...span }] }] };
}

/** A middle.json block and the element it holds. */
type MidBlock = { elem: PElem; block: Record<string, unknown> };

/**
 * MinerU `middle.json` (pipeline backend): per page `para_blocks` with lines and spans, furniture in
 * `discarded_blocks`. Same elements, texts and caption nesting as `emitMineru`: a table or figure is a
 * container block whose sub-blocks are its body and, on the page of its first fragment, its caption.
 * Refs are the adapter's element pointers (`/pdf_info/p/para_blocks/i`, `…/blocks/j` for sub-blocks,
 * `/pdf_info/p/discarded_blocks/k`). Captions nested as sub-blocks are elements of their own, distinct
 * from the body sub-block, so they are linked to it in `captions`.
 */
export function emitMiddle(docId: string, built: Built, noise: NoiseConfig, rng: Rng, log: NoiseLog) {
  const pdfInfo: Record<string, unknown>[] = [];
  const placed: Placed[] = [];
  const links: { caption: string; target: string }[] = [];
  /** nested caption ref → the body sub-block ref of its container */
  const nestedIn = new Map<string, string>();
  built.pages.forEach((page, pi) => {
    const hosts = captionHosts(page.elems);
    // para blocks in reading order: a leaf block, or a float container with its sub-blocks' elements
    const paras: (MidBlock | { subs: MidBlock[] })[] = [];
    const containers = new Map<PElem, { subs: MidBlock[] }>();
    const discarded: MidBlock[] = [];
    let imgN = 0;
    for (const e of page.elems) {
      switch (e.kind) {
        case 'header':
        case 'footer':
        case 'page_number':
          discarded.push({ elem: e, block: midTextBlock(e.kind, e) });
          break;
        case 'table':
        case 'image': {
          const name = imgName(docId, pi, imgN++).replace(/^images\//, '');
          const body =
            e.kind === 'table'
              ? midBodyBlock('table_body', e, { type: 'table', html: tableHtml(e, false), image_path: name })
              : midBodyBlock('image_body', e, { type: 'image', image_path: name });
          const c = { subs: [{ elem: e, block: body }] };
          containers.set(e, c);
          paras.push(c);
          break;
        }
        case 'caption':
          // nested below, in its float's container; a caption away from its float is text of its own
          if (!(e.captionOf && hosts.has(e.captionOf))) paras.push({ elem: e, block: midTextBlock('text', e) });
          break;
        case 'heading':
          paras.push({ elem: e, block: midTextBlock('title', e) });
          break;
        case 'item':
          paras.push({ elem: e, block: midTextBlock('list', e) });
          break;
        case 'footnote':
          paras.push({ elem: e, block: midTextBlock('page_footnote', e) });
          break;
        case 'lead': {
          let type = 'text';
          if (rng.chance(noise.leadAsTitle)) {
            type = 'title';
            log.leadAsTitle++;
          }
          paras.push({ elem: e, block: midTextBlock(type, e) });
          break;
        }
        default:
          paras.push({ elem: e, block: midTextBlock('text', e) });
      }
    }
    // nested captions, with the container's sub-blocks kept in page order (a table's caption above it)
    for (const c of page.elems) {
      const host = c.kind === 'caption' && c.captionOf ? hosts.get(c.captionOf) : undefined;
      const container = host && containers.get(host);
      if (!container) continue;
      container.subs.push({
        elem: c,
        block: midTextBlock(host.kind === 'table' ? 'table_caption' : 'image_caption', c),
      });
      container.subs.sort((a, b) => page.elems.indexOf(a.elem) - page.elems.indexOf(b.elem));
    }
    const ptr = `/pdf_info/${pi}`;
    // placed in the adapter's element order: furniture at the top, para blocks, the other furniture
    const place = (elem: PElem, ref: string) => placed.push({ elem, ref });
    discarded.forEach((d, k) => {
      if (d.elem.top) place(d.elem, `${ptr}/discarded_blocks/${k}`);
    });
    const paraBlocks = paras.map((p, i) => {
      if ('elem' in p) {
        place(p.elem, `${ptr}/para_blocks/${i}`);
        return p.block;
      }
      const bodyAt = p.subs.findIndex((s) => isFloat(s.elem));
      p.subs.forEach((s, j) => {
        const ref = `${ptr}/para_blocks/${i}/blocks/${j}`;
        place(s.elem, ref);
        if (s.elem.kind === 'caption') nestedIn.set(ref, `${ptr}/para_blocks/${i}/blocks/${bodyAt}`);
      });
      return {
        type: p.subs[bodyAt].elem.kind,
        bbox: midBox(unionBox(p.subs.map((s) => s.block.bbox as number[]))),
        blocks: p.subs.map((s) => s.block),
      };
    });
    discarded.forEach((d, k) => {
      if (!d.elem.top) place(d.elem, `${ptr}/discarded_blocks/${k}`);
    });
    pdfInfo.push({
      page_idx: pi,
      page_size: [page.width, page.height].map((v) => Math.round(v * 100) / 100),
      para_blocks: paraBlocks,
      discarded_blocks: discarded.map((d) => d.block),
      preproc_blocks: [],
    });
  });
  // a caption nested in its float's container is linked to the body beside it; one printed away from its
  // float to the float's first fragment
  for (const p of placed) {
    if (p.elem.kind !== 'caption') continue;
    const target = nestedIn.get(p.ref) ?? firstFragment(placed, p.elem)?.ref;
    if (target) links.push({ caption: p.ref, target });
  }
  return {
    input: { pdf_info: pdfInfo, _backend: 'pipeline', _version_name: 'docstitch-corpus' },
    gold: gold(placed, links),
  };
}
