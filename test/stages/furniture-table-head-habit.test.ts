import { describe, expect, it } from 'vitest';
import { furnitureHabits } from '../../src/stages/furniture/habits.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { col, input, makeDoc, type Spec } from '../helpers/doc.js';

const table = (rows: string[][]) =>
  `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;

describe('a table header row repeated per page is no running-line habit', () => {
  // Hand-made, as MinerU gives the dev document office legal aptitude ja ch02s05s01: a long table's header row
  // cut out into header lines at the top of each page it runs onto (10–12% of the page); after the table, pages
  // open with a short heading or line at that same height. Page numbers at the foot.
  const head = ['エスケープ表記', '名前', '説明'];
  function pages(): Spec[] {
    const specs: Spec[] = [
      { page: 1, type: 'text', text: 'The format string takes these escapes.', bbox: col(0.1, 0.14) },
      { page: 1, type: 'table', html: table([head, ['%%', 'リテラル %', '…']]), bbox: col(0.2, 0.85) },
      { page: 1, type: 'page_number', text: '- 1 -', bbox: [0.8, 0.95, 0.86, 0.97] },
    ];
    for (let p = 2; p <= 6; p++) {
      for (const [k, cell] of head.entries())
        specs.push({ page: p, type: 'header', text: cell, bbox: [0.12 + 0.3 * k, 0.1, 0.2 + 0.3 * k, 0.12] });
      specs.push({ page: p, type: 'table', html: table([[`%${p}`, 'フラグ', '…']]), bbox: col(0.13, 0.85) });
      specs.push({ page: p, type: 'page_number', text: `- ${p} -`, bbox: [0.8, 0.95, 0.86, 0.97] });
    }
    const openers = ['第 12 条', 'filter(パターン)', '例 2.7 Grouping policy'];
    for (const [k, text] of openers.entries()) {
      const p = 7 + k;
      specs.push({ page: p, type: 'text', text, bbox: [0.12, 0.1, 0.3, 0.12] });
      specs.push({
        page: p,
        type: 'text',
        text: '規則は非末端と末端のいずれか一方です。'.repeat(6),
        bbox: col(0.13, 0.5),
      });
      specs.push({ page: p, type: 'page_number', text: `- ${p} -`, bbox: [0.8, 0.95, 0.86, 0.97] });
    }
    return specs;
  }

  it('learns no running head from the repeated header cells', () => {
    const doc = makeDoc(pages());
    const byPage = new Map<number, typeof doc.elements>();
    for (const e of doc.elements) byPage.set(e.page, [...(byPage.get(e.page) ?? []), e]);
    expect(furnitureHabits(byPage, 0.3, 80).head).toBeUndefined();
  });

  it('keeps the page-opening lines after the table in the body, drops the header cells', () => {
    const doc = makeDoc(pages());
    const { kinds } = detectFurniture(input(doc));
    const openers = doc.elements.filter((e) => e.page >= 7 && e.bbox![1] === 0.1);
    expect(openers).toHaveLength(3);
    expect(openers.filter((e) => kinds.has(e.id)).map((e) => e.text)).toEqual([]);
    const cells = doc.elements.filter((e) => e.type === 'header');
    expect(cells.filter((e) => !kinds.has(e.id))).toEqual([]);
  });
});
