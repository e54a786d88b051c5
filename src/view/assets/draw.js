// Drawing the pages: each page to scale as an SVG with every element's box coloured by type, and one
// overlay SVG for the links between boxes (merges across pages and columns, caption arrows). Pages
// are laid out at computed offsets, so positions come from the data, never from measuring the DOM.
import { isOut } from './model.js';

const SVG = 'http://www.w3.org/2000/svg';
export const PAGE_GAP = 28;
export const MARGIN_X = 40;
const FLOATS_WITHOUT_TEXT = new Set(['image', 'table', 'equation']);

/** Page tops and sizes (CSS px) for a given page width. */
export function layoutPages(doc, pageWidth) {
  let top = PAGE_GAP;
  const layout = new Map();
  for (const p of doc.pages) {
    const height = Math.round(pageWidth * p.ratio);
    layout.set(p.page, { page: p.page, top, left: MARGIN_X, width: pageWidth, height });
    top += height + PAGE_GAP;
  }
  return { pages: layout, height: top, width: pageWidth + 2 * MARGIN_X };
}

/** An element's box in the scrolling container's coordinates. */
export function boxOf(layout, element) {
  const p = layout.pages.get(element.page);
  if (!p || !element.bbox) return undefined;
  const [x1, y1, x2, y2] = element.bbox;
  return {
    x: p.left + x1 * p.width,
    y: p.top + y1 * p.height,
    w: Math.max(1, (x2 - x1) * p.width),
    h: Math.max(1, (y2 - y1) * p.height),
  };
}

function el(name, attrs = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerpt(text, n = 90) {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/** What a box's tooltip and ARIA label say. */
export function describe(doc, state, e) {
  const parts = [`${e.type} on page ${e.page}`];
  const level = state.headings.get(e.ref);
  if (level !== undefined) parts.push(`heading level ${level}`);
  if (state.furniture.has(e.ref)) parts.push('furniture (left out)');
  else if (isOut(doc, state, e.ref)) parts.push(`dropped: ${doc.dropped.get(e.ref)?.reason}`);
  parts.push(excerpt(e.text));
  return parts.join(' · ');
}

/** Draws one page's boxes into its page element (an SVG in page-local px). */
export function drawPage(pageNode, doc, state, layout, view) {
  const p = layout.pages.get(Number(pageNode.dataset.page));
  const svg = el('svg', {
    class: 'page-svg',
    width: p.width,
    height: p.height,
    viewBox: `0 0 ${p.width} ${p.height}`,
    role: 'group',
    'aria-label': `page ${p.page}`,
  });
  for (const e of doc.elementsByPage.get(p.page) ?? []) {
    if (!e.bbox) continue;
    const [x1, y1, x2, y2] = e.bbox;
    const out = isOut(doc, state, e.ref);
    const classes = ['box', `t-${e.type}`];
    if (out) classes.push('out');
    if (view.highlight.has(e.ref)) classes.push('hl');
    if (view.selectedRef === e.ref) classes.push('selected');
    const g = el('g', { class: 'el' });
    const rect = el('rect', {
      class: classes.join(' '),
      x: x1 * p.width,
      y: y1 * p.height,
      width: Math.max(1, (x2 - x1) * p.width),
      height: Math.max(1, (y2 - y1) * p.height),
      'data-ref': e.ref,
      'data-type': e.type,
      tabindex: '-1',
      'aria-label': describe(doc, state, e),
    });
    rect.appendChild(el('title', {}, describe(doc, state, e)));
    g.appendChild(rect);
    const width = (x2 - x1) * p.width;
    const height = (y2 - y1) * p.height;
    const text = e.text || (FLOATS_WITHOUT_TEXT.has(e.type) ? `[${e.type}]` : '');
    if (text && width > 24 && height > 8) {
      // The element's text, clipped to its box, so a page reads like the page.
      const fo = el('foreignObject', { x: x1 * p.width, y: y1 * p.height, width, height, 'aria-hidden': 'true' });
      const div = document.createElement('div');
      div.className = 'box-text';
      div.textContent = text.slice(0, Math.ceil((width * height) / 12));
      fo.appendChild(div);
      g.appendChild(fo);
    }
    const level = state.headings.get(e.ref);
    if (level !== undefined && !out) {
      const bx = Math.max(0, x1 * p.width - 24);
      const by = y1 * p.height;
      g.appendChild(el('rect', { class: 'badge', x: bx, y: by, width: 22, height: 14, rx: 3, 'data-badge': e.ref }));
      g.appendChild(el('text', { class: 'badge-text', x: bx + 11, y: by + 10.5 }, `H${level}`));
    }
    if (out && (x2 - x1) * p.width > 60) {
      const why = state.furniture.has(e.ref) ? 'furniture' : (doc.dropped.get(e.ref)?.reason ?? 'dropped');
      g.appendChild(el('text', { class: 'out-text', x: x1 * p.width + 3, y: y2 * p.height - 3 }, excerpt(why, 40)));
    }
    svg.appendChild(g);
  }
  const unplaced = (doc.elementsByPage.get(p.page) ?? []).filter((e) => !e.bbox).length;
  if (unplaced > 0) {
    const note = `${unplaced} element${unplaced > 1 ? 's' : ''} on this page without a box (the parser gave no coordinates)`;
    svg.appendChild(el('text', { class: 'unplaced', x: 10, y: 18 }, note));
  }
  pageNode.querySelector('.page-svg')?.remove();
  pageNode.appendChild(svg);
}

/** The links the working state implies, plus the merge candidates the engine turned down. */
export function linksOf(doc, state) {
  const links = [];
  const chain = (groups, kind) => {
    for (const g of groups) for (let i = 1; i < g.length; i++) links.push({ kind, from: g[i - 1], to: g[i] });
  };
  chain(state.paragraphMerges, 'paragraph-merge');
  chain(state.tableMerges, 'table-merge');
  for (const [caption, target] of state.captions) links.push({ kind: 'caption', from: caption, to: target });
  for (const d of doc.decisions) {
    if ((d.stage === 'text-merge' || d.stage === 'table-merge') && d.place.refs.length === 2) {
      const key = d.stage === 'table-merge' ? state.tableMerges : state.paragraphMerges;
      if (!key.some((g) => g.includes(d.place.refs[0]) && g.includes(d.place.refs[1])))
        links.push({ kind: 'merge-candidate', from: d.place.refs[0], to: d.place.refs[1] });
    }
  }
  return links;
}

/** The point where the line from a box's centre towards (tx, ty) leaves the box. */
function edgePoint(b, tx, ty) {
  const cx = b.x + b.w / 2;
  const cy = b.y + b.h / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return [cx, cy];
  const scale = Math.min(
    dx ? b.w / 2 / Math.abs(dx) : Number.POSITIVE_INFINITY,
    dy ? b.h / 2 / Math.abs(dy) : Number.POSITIVE_INFINITY,
  );
  return [cx + dx * scale, cy + dy * scale];
}

function linkPath(link, a, b) {
  if (link.kind === 'caption') {
    const [x1, y1] = edgePoint(a, b.x + b.w / 2, b.y + b.h / 2);
    const [x2, y2] = edgePoint(b, a.x + a.w / 2, a.y + a.h / 2);
    return `M${x1.toFixed(1)} ${y1.toFixed(1)} L${x2.toFixed(1)} ${y2.toFixed(1)}`;
  }
  // A merge runs from the end of one fragment (bottom right) to the start of the next (top left).
  const x1 = a.x + a.w - 6;
  const y1 = a.y + a.h;
  const x2 = b.x + 6;
  const y2 = b.y;
  const bend = Math.max(40, Math.abs(y2 - y1) / 3);
  return `M${x1.toFixed(1)} ${y1.toFixed(1)} C${x1.toFixed(1)} ${(y1 + bend).toFixed(1)}, ${x2.toFixed(1)} ${(y2 - bend).toFixed(1)}, ${x2.toFixed(1)} ${y2.toFixed(1)}`;
}

/** Redraws the link overlay: only links with an end on a page that is drawn now. */
export function drawLinks(overlay, doc, state, layout, drawnPages, view) {
  overlay.setAttribute('width', layout.width);
  overlay.setAttribute('height', layout.height);
  for (const node of [...overlay.querySelectorAll('.link')]) node.remove();
  for (const link of linksOf(doc, state)) {
    const a = doc.byRef.get(link.from);
    const b = doc.byRef.get(link.to);
    if (!a || !b || !(drawnPages.has(a.page) || drawnPages.has(b.page))) continue;
    const ba = boxOf(layout, a);
    const bb = boxOf(layout, b);
    if (!ba || !bb) continue;
    const hl = view.highlight.has(link.from) && view.highlight.has(link.to);
    overlay.appendChild(
      el('path', {
        class: `link ${link.kind}${hl ? ' hl' : ''}`,
        d: linkPath(link, ba, bb),
        'data-kind': link.kind,
        'data-from': link.from,
        'data-to': link.to,
        'marker-end': link.kind === 'caption' ? 'url(#arrow)' : undefined,
      }),
    );
  }
}
