// Writing the two parser-style inputs (MinerU content_list.json, dots.ocr page lists) from the
// page-level elements, with seeded parser noise, and each one's gold structure.json.
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

/** Gold built from placed elements (ref per element, in reading order). */
function gold(placed: Placed[], captionLinks: { caption: string; target: string }[]): Structure {
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
      if ((e.kind === 'table' || e.kind === 'image') && e.blockId && !floatIdx.has(e.blockId))
        floatIdx.set(e.blockId, idx);
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
    const t = placed.find(
      (x) => (x.elem.kind === 'table' || x.elem.kind === 'image') && x.elem.blockId === p.elem.captionOf,
    );
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
