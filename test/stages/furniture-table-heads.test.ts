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

describe("a copy of a table's header row on the table's own page", () => {
  const qa = table([
    ['質問', '回答'],
    ['X.500 命名コンテキスト', 'dc=falcot,dc=com'],
  ]);

  it('drops the cells set right above the table (after it in reading order, typed footer), keeps the table', () => {
    // Hand-made, as dots.ocr and Docling give the dev document office report handbook ja ldap-directory: the
    // table keeps its header row, and the parser also cut the row out as two page-footer lines right above it.
    const doc = makeDoc([
      {
        page: 1,
        type: 'text',
        text: '表 11.1 には Falcot の使用例で使った回答がまとめられています。',
        bbox: col(0.6, 0.63),
      },
      { page: 1, type: 'table', html: qa, bbox: col(0.678, 0.85) },
      { page: 1, type: 'footer', text: '質問', bbox: [0.52, 0.657, 0.55, 0.671] },
      { page: 1, type: 'footer', text: '回答', bbox: [0.69, 0.657, 0.72, 0.671] },
      { page: 1, type: 'text', text: '質問', bbox: col(0.9, 0.92) },
    ]);
    const { kinds, decisions } = detectFurniture(input(doc));
    expect(decisions.filter((d) => d.ruleId === 'furniture.table-head').map((d) => d.ids[0])).toEqual([2, 3]);
    // the table, and a line far from it with a cell's text, stay body
    expect(kinds.has(1)).toBe(false);
    expect(kinds.has(4)).toBe(false);
  });

  it('reads a copied cell by its squashed text: blanks beyond the cell length do not hide it, 41 letters do', () => {
    // Hand-made: the case above with the footer copies padded by line breaks and spaces (a parser that keeps a
    // cell's layout); squashed, each is the cell's text again. A line of 41 characters is no cell, whatever it holds.
    const cells = table([
      ['Question asked', 'Default answer'],
      ['X.500 naming context', 'dc=falcot,dc=com'],
    ]);
    const padded = (t: string) => `${t.replace(' ', `${'\n'.repeat(20)} `)}${' '.repeat(20)}`;
    const doc = makeDoc([
      { page: 1, type: 'text', text: 'Table 11.1 sums up the answers of the Falcot example.', bbox: col(0.6, 0.63) },
      { page: 1, type: 'table', html: cells, bbox: col(0.678, 0.85) },
      { page: 1, type: 'footer', text: padded('Question asked'), bbox: [0.52, 0.657, 0.55, 0.671] },
      { page: 1, type: 'footer', text: padded('Default answer'), bbox: [0.69, 0.657, 0.72, 0.671] },
      { page: 2, type: 'table', html: cells, bbox: col(0.678, 0.85) },
      { page: 2, type: 'footer', text: 'Question asked', bbox: [0.52, 0.657, 0.55, 0.671] },
      { page: 2, type: 'footer', text: `Default answer ${'x'.repeat(26)}`, bbox: [0.69, 0.657, 0.72, 0.671] },
    ]);
    expect(padded('Question asked').length).toBeGreaterThan(40);
    const { decisions } = detectFurniture(input(doc));
    const heads = decisions.filter((d) => d.ruleId === 'furniture.table-head').map((d) => d.ids[0]);
    expect(heads).toEqual([2, 3]);
  });

  it('without boxes: the cells right after the table, or opening its page; one lone cell is not enough', () => {
    // Hand-made, as Unstructured gives the dev documents office report handbook ja ldap-directory and aptitude en
    // ch02s03s04: the cut-out row after the table, or at the top of the page before the text that leads to it.
    const doc = makeDoc([
      { page: 1, type: 'text', text: '質問' },
      { page: 1, type: 'text', text: '回答' },
      { page: 1, type: 'text', text: 'migrate_all_online.sh から数個の質問を尋ねられます。' },
      { page: 1, type: 'table', html: qa },
      { page: 2, type: 'text', text: 'The installer asks these questions.' },
      { page: 2, type: 'table', html: qa },
      { page: 2, type: 'text', text: '質問' },
      { page: 2, type: 'text', text: '回答' },
      { page: 2, type: 'text', text: 'The answers are the defaults.' },
      { page: 3, type: 'table', html: qa },
      { page: 3, type: 'text', text: '回答' },
      { page: 3, type: 'text', text: 'One answer is enough here.' },
    ]);
    const { kinds } = detectFurniture(input(doc));
    const dropped = doc.elements.filter((e) => kinds.has(e.id)).map((e) => e.id);
    expect(dropped).toEqual([0, 1, 6, 7]);
  });

  it('takes a whole repeated row set as one header line, past a caption typed text (Mistral)', () => {
    // Hand-made, as Mistral OCR gives the dev document office report aptitude en ch02s03s04: the row repeated on the
    // next page as one header "Cost level\n\nDescription\n\nConfiguration option" (longer than one cell), and
    // on another page the cut-out cells before a table caption the parser typed text.
    const row = ['Cost level', 'Description', 'Configuration option'];
    const doc = makeDoc([
      { page: 1, type: 'table', html: table([row, ['10,000', 'Solutions that include removals', 'remove']]) },
      { page: 2, type: 'header', text: row.join('\n\n') },
      { page: 2, type: 'table', html: table([['9,000', 'Solutions that break holds', 'break-hold']]) },
      { page: 3, type: 'text', text: 'Cost level' },
      { page: 3, type: 'text', text: 'Description' },
      { page: 3, type: 'text', text: 'Table 2.3. Safety cost levels of the resolver, with their options' },
      { page: 3, type: 'table', html: table([['1', 'Upgrades', 'upgrade']]) },
    ]);
    const { kinds } = detectFurniture(input(doc));
    expect(doc.elements.filter((e) => kinds.has(e.id)).map((e) => e.id)).toEqual([1, 3, 4]);
  });
});
