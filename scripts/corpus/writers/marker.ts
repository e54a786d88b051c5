// Marker (datalab-to/marker 1.x) JSON renderer output, as in ../shared/samples/marker/: `{block_type: "Document",
// children: [Page…]}`, each Page's blocks in reading order, ids `/page/<p>/<Type>/<n>`, `polygon` and `bbox` in
// page points (origin top-left), `html` per block. A table or figure and the captions Marker tied to it form a
// TableGroup/FigureGroup (members in page order); consecutive list items on a page a ListGroup. Section headers
// are `<hN>` with Marker's own levels (habits.ts `levels`). Page headers and footers have empty html, as Marker
// writes them. Equations `<math display="block">`, code `<pre>`.
import type { VElem, VPage } from '../habits.js';
import { escHtml, floatsOnPage, htmlTable, type Placed, splitMarker } from './common.js';

type Block = Record<string, unknown>;

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function geometry(b: readonly number[]) {
  const [x0, y0, x1, y1] = b.map(r3);
  return {
    polygon: [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ],
    bbox: [x0, y0, x1, y1],
  };
}

function typeAndHtml(v: VElem, level: number | undefined): [string, string] {
  const e = v.elem;
  const t = escHtml(e.text);
  switch (v.as) {
    case 'heading':
      return ['SectionHeader', `<h${level ?? 2}>${t}</h${level ?? 2}>`];
    case 'item':
      return ['ListItem', `<li block-type="ListItem">${escHtml(splitMarker(e.text).body)}</li>`];
    case 'code':
      return ['Code', `<pre>${t}</pre>`];
    case 'footnote':
      return ['Footnote', `<p>${t}</p>`];
    case 'caption':
      return ['Caption', `<p>${t}</p>`];
    case 'header':
      return ['PageHeader', ''];
    case 'footer':
    case 'page_number':
      return [e.top ? 'PageHeader' : 'PageFooter', ''];
    case 'table':
      return ['Table', htmlTable(e, true)];
    case 'image':
      return ['Figure', ''];
    default:
      if (e.role === 'equation') return ['Equation', `<p block-type="Equation"><math display="block">${t}</math></p>`];
      return ['Text', `<p block-type="Text">${t}</p>`];
  }
}

interface PageOut {
  children: Block[];
  placed: { v: VElem; path: number[] }[];
}

/** One page's blocks: groups for floats (with their captions) and runs of list items. */
function pageBlocks(pi: number, page: VPage, levels: Map<VElem, number>): PageOut {
  const floats = floatsOnPage(page.elems);
  const out: PageOut = { children: [], placed: [] };
  let n = 0;
  const leaf = (v: VElem): Block => {
    const [type, html] = typeAndHtml(v, levels.get(v));
    return {
      id: `/page/${pi}/${type}/${n++}`,
      block_type: type,
      html,
      ...geometry(v.elem.bbox),
      children: null,
      section_hierarchy: {},
      images: type === 'Figure' ? { [`/page/${pi}/Figure/${n - 1}`]: '' } : null,
    };
  };
  const group = (type: string, members: VElem[], at: number) => {
    const kids = members.map((m) => leaf(m));
    const boxes = members.map((m) => m.elem.bbox);
    const box = [0, 1, 2, 3].map((k) => (k < 2 ? Math.min : Math.max)(...boxes.map((b) => b[k])));
    out.children.push({
      id: `/page/${pi}/${type}/${n++}`,
      block_type: type,
      html: kids.map((k) => `<content-ref src='${k.id}'></content-ref>`).join(''),
      ...geometry(box),
      children: kids,
      section_hierarchy: {},
      images: null,
    });
    members.forEach((m, j) => {
      out.placed.push({ v: m, path: [at, j] });
    });
  };
  const captionsOf = new Map<VElem, VElem[]>();
  for (const v of page.elems) {
    const host = v.as === 'caption' && v.attach !== undefined ? floats.get(v.attach) : undefined;
    if (host) captionsOf.set(host, [...(captionsOf.get(host) ?? []), v]);
  }
  const taken = new Set([...captionsOf.values()].flat());
  let items: VElem[] = [];
  const flushItems = () => {
    if (items.length) group('ListGroup', items, out.children.length);
    items = [];
  };
  for (const v of page.elems) {
    if (taken.has(v)) continue;
    if (v.as === 'item') {
      items.push(v);
      continue;
    }
    flushItems();
    const caps = captionsOf.get(v);
    if (caps) {
      const members = [...caps, v].sort((a, b) => page.elems.indexOf(a) - page.elems.indexOf(b));
      group(v.elem.kind === 'table' ? 'TableGroup' : 'FigureGroup', members, out.children.length);
      continue;
    }
    out.placed.push({ v, path: [out.children.length] });
    out.children.push(leaf(v));
  }
  flushItems();
  return out;
}

export function emitMarker(pages: VPage[], levels: Map<VElem, number>) {
  const placed: Placed[] = [];
  const children = pages.map((page, pi) => {
    const { children: kids, placed: ps } = pageBlocks(pi, page, levels);
    for (const p of ps)
      placed.push({ elem: p.v.elem, ref: `/children/${pi}${p.path.map((k) => `/children/${k}`).join('')}` });
    return {
      id: `/page/${pi}/Page/0`,
      block_type: 'Page',
      html: kids.map((k) => `<content-ref src='${k.id}'></content-ref>`).join(''),
      ...geometry([0, 0, page.width, page.height]),
      children: kids,
      section_hierarchy: {},
      images: {},
    };
  });
  return { input: { children, block_type: 'Document', metadata: { table_of_contents: [], page_stats: [] } }, placed };
}
