// A colophon is body (issue #15, "furniture never eats content"; furniture/colophon.ts), after the dev set's Docling
// brief (normal_4pages): the publisher's address, telephone and ISSN lines typed page_footer at the foot of its last
// page only. Hand-made pages (our own address lines) with the sample's boxes; controls: the same block on the first
// page (acmart's copyright lines, furniture in the LaTeX corpora), a single one-off footer, a foot that repeats, and
// the weight at 0.
import { describe, expect, it } from 'vitest';
import { resolveEngineOptions } from '../../src/options.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { col, input, makeDoc, type Spec } from '../helpers/doc.js';

const body = (page: number): Spec => ({
  page,
  type: 'text',
  text: `Body paragraph on page ${page}, long enough to be a paragraph of its own and nothing like a running line.`,
  bbox: col(0.1, 0.85),
});

const BLOCK: [string, [number, number, number, number]][] = [
  ['12345 Example City, Parliament Road 1, Research Service', [0.107, 0.925, 0.412, 0.936]],
  ['Tel. 01-234-5678', [0.107, 0.944, 0.223, 0.955]],
  ['Registration 12-3456789-000123-14 ISSN 1234-567X', [0.584, 0.925, 0.824, 0.955]],
];

/** Four pages with running heads and page numbers; the footer block on page `on` (only its first `lines`). */
function brief(on: number, lines = 3, repeatFoot = false) {
  const specs: Spec[] = [];
  for (let p = 1; p <= 4; p++) {
    if (p > 1) specs.push({ page: p, type: 'header', text: 'Issues and Points', bbox: [0.1, 0.05, 0.18, 0.064] });
    specs.push(body(p));
    if (p < 4) specs.push({ page: p, type: 'page_number', text: String(p), bbox: [0.49, 0.972, 0.51, 0.982] });
    if (repeatFoot && p !== on) specs.push({ page: p, type: 'footer', text: BLOCK[1][0], bbox: BLOCK[1][1] });
    if (p === on) for (const [text, bbox] of BLOCK.slice(0, lines)) specs.push({ page: p, type: 'footer', text, bbox });
  }
  const ids = specs.map((s, i) => (s.type === 'footer' && s.page === on ? i : -1)).filter((i) => i >= 0);
  return { doc: makeDoc(specs), ids };
}

const furnitureOf = (doc: ReturnType<typeof makeDoc>, weights: Record<string, number> = {}) =>
  detectFurniture({ ...input(doc), options: resolveEngineOptions({ weights: { furniture: weights } }) });

describe('a colophon on the last page (furniture.colophon)', () => {
  it('keeps the block of one-off footers in the body', () => {
    const { doc, ids } = brief(4);
    const r = furnitureOf(doc);
    for (const id of ids) expect(r.kinds.has(id)).toBe(false);
    // the running heads and page numbers still go
    expect(r.kinds.size).toBe(6);
  });

  it('control: the same block on the first page stays furniture (a copyright block the corpora call furniture)', () => {
    const { doc, ids } = brief(1);
    const r = furnitureOf(doc);
    for (const id of ids) expect(r.kinds.get(id)).toBe('footer');
  });

  it('control: one lone footer on the last page is left to the label', () => {
    const { doc, ids } = brief(4, 1);
    expect(furnitureOf(doc).kinds.get(ids[0])).toBe('footer');
  });

  it('control: a footer line that repeats on other pages is a running foot, and its block with it', () => {
    const { doc, ids } = brief(4, 3, true);
    const r = furnitureOf(doc);
    for (const id of ids) expect(r.kinds.get(id)).toBe('footer');
  });

  it('control: weight 0 gives the old reading', () => {
    const { doc, ids } = brief(4);
    const r = furnitureOf(doc, { colophon: 0 });
    for (const id of ids) expect(r.kinds.get(id)).toBe('footer');
  });
});
