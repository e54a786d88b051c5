import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/io/load.js';
import { stitchSync } from '../../src/pipeline.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTables } from '../../src/stages/table-merge.js';
import { columnCount, parseTable, rowTexts } from '../../src/table/html.js';
import type { TableMergeWeights } from '../../src/weights/table-merge.js';
import { col, input, makeDoc, type Spec } from '../helpers/doc.js';

const header = '<tr><th>Cell</th><th>Capacity</th><th>Voltage</th></tr>';
const rows = (from: number, to: number) =>
  Array.from(
    { length: to - from + 1 },
    (_, i) => `<tr><td>C${from + i}</td><td>${100 + from + i}Ah</td><td>3.2V</td></tr>`,
  ).join('');

function run(specs: Spec[], weights: Partial<TableMergeWeights> = {}) {
  const doc = makeDoc(specs);
  const i = input(doc);
  i.options.weights.tableMerge = { ...i.options.weights.tableMerge, ...weights };
  return mergeTables(i, detectFurniture(i));
}

describe('table html', () => {
  it('counts grid columns with colspans and rowspans expanded', () => {
    expect(
      columnCount(
        parseTable('<table><tr><td colspan="2">a</td><td>b</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>')
          .rows,
      ),
    ).toBe(3);
    expect(
      columnCount(parseTable('<table><tr><td rowspan="2">a</td><td>b</td></tr><tr><td>c</td></tr></table>').rows),
    ).toBe(2);
  });
});

describe('mergeTables', () => {
  it('merges a table over three pages, dropping the repeated header rows', () => {
    const r = run([
      { page: 1, type: 'table_caption', text: 'Table 4: Cell specifications', bbox: col(0.5, 0.52) },
      { page: 1, type: 'table', html: `<table>${header}${rows(1, 5)}</table>`, bbox: col(0.53, 0.92) },
      { page: 1, type: 'page_number', text: '3', bbox: [0.48, 0.95, 0.52, 0.97] },
      { page: 2, type: 'table', html: `<table>${header}${rows(6, 20)}</table>`, bbox: col(0.08, 0.92) },
      { page: 2, type: 'page_number', text: '4', bbox: [0.48, 0.95, 0.52, 0.97] },
      { page: 3, type: 'table', html: `<table>${header}${rows(21, 24)}</table>`, bbox: col(0.08, 0.3) },
      { page: 3, type: 'text', text: 'The cells were tested at 25 °C.', bbox: col(0.35, 0.4) },
    ]);
    expect(r.groups).toEqual([[1, 3, 5]]);
    const merged = parseTable(r.html.get(1)!);
    expect(merged.rows.length).toBe(1 + 24);
    expect(merged.rows.filter((row) => rowTexts(row)[0] === 'Cell').length).toBe(1);
    expect(rowTexts(merged.rows[24])).toEqual(['C24', '124Ah', '3.2V']);
  });

  it('merges when the second fragment is captioned as continued (续表)', () => {
    const r = run([
      { page: 1, type: 'table', html: `<table>${rows(1, 3)}</table>`, bbox: col(0.5, 0.92) },
      { page: 2, type: 'table_caption', text: '续表 3', bbox: col(0.06, 0.08) },
      { page: 2, type: 'table', html: `<table>${rows(4, 6)}</table>`, bbox: col(0.1, 0.3) },
    ]);
    expect(r.groups).toEqual([[0, 2]]);
    expect(r.decisions[0].features?.map((f) => f.id)).toContain('table-merge.marked-continued');
  });

  it('does not take a table opening with a header row for the rest of a note box (hand-made, as in revtex ch02)', () => {
    // Laid out as the train document latex-revtex-debmake-en-ch02 shows it in every format: a two-cell "Tip"
    // box ending page 3, a Term/Description table opening page 4, no boxes (Unstructured, Mistral).
    const box =
      '<table><tr><td></td><td>Tip</td></tr><tr><td></td><td>The how-can-i-help package helps.</td></tr></table>';
    const table =
      '<table><tr><td>Term</td><td>Description</td></tr><tr><td>People 1</td><td>Please do not be discouraged.</td></tr></table>';
    const r = run([
      { page: 1, type: 'table', html: box, bbox: null },
      { page: 2, type: 'table', html: table, bbox: null },
    ]);
    expect(r.groups).toEqual([]);
    expect(r.decisions[0].features?.map((f) => f.id)).toContain('table-merge.table-after-box');
    // The box's own rest (no header row) still continues it.
    const rest = '<table><tr><td></td><td>The content of the released tarball may differ.</td></tr></table>';
    const kept = run([
      { page: 1, type: 'table', html: box, bbox: null },
      { page: 2, type: 'table', html: rest, bbox: null },
    ]);
    expect(kept.groups).toEqual([[0, 1]]);
  });

  it('keeps apart two tables with different numbered captions and column counts', () => {
    const r = run([
      { page: 1, type: 'table_caption', text: 'Table 1. Results', bbox: col(0.45, 0.47) },
      { page: 1, type: 'table', html: `<table>${header}${rows(1, 3)}</table>`, bbox: col(0.5, 0.92) },
      { page: 2, type: 'table_caption', text: 'Table 2. Costs', bbox: col(0.06, 0.08) },
      { page: 2, type: 'table', html: '<table><tr><td>a</td><td>b</td></tr></table>', bbox: col(0.1, 0.3) },
    ]);
    expect(r.groups).toEqual([]);
    expect(r.decisions[0].accepted).toBe(false);
  });

  it('re-joins a row cut by the page break', () => {
    const r = run([
      {
        page: 1,
        type: 'table',
        html: `<table>${header}<tr><td>C1</td><td>Nominal capacity at</td><td>3.2V</td></tr></table>`,
        bbox: col(0.5, 0.92),
      },
      {
        page: 2,
        type: 'table',
        html: `<table>${header}<tr><td></td><td>0.5C discharge</td><td></td></tr>${rows(2, 3)}</table>`,
        bbox: col(0.08, 0.3),
      },
    ]);
    expect(r.groups).toEqual([[0, 1]]);
    const merged = parseTable(r.html.get(0)!);
    expect(merged.rows.map((row) => rowTexts(row)[1])).toEqual([
      'Capacity',
      'Nominal capacity at 0.5C discharge',
      '102Ah',
      '103Ah',
    ]);
    // parsed tables are shared (parseTable keeps the latest): the join changed a copy, not the first part
    const firstPart = `<table>${header}<tr><td>C1</td><td>Nominal capacity at</td><td>3.2V</td></tr></table>`;
    expect(parseTable(firstPart).rows.map((row) => rowTexts(row)[1])).toEqual(['Capacity', 'Nominal capacity at']);
  });

  it('joins a one-cell fragment to the cell the page break cut', () => {
    const r = run([
      {
        page: 1,
        type: 'table',
        html: '<table><tr><td>3.1.</td><td>How can I find exactly one package by name? Use the</td></tr></table>',
        bbox: col(0.6, 0.92),
      },
      {
        page: 2,
        type: 'table',
        html: '<table><tr><td>search patterns described below.</td></tr></table>',
        bbox: col(0.08, 0.12),
      },
    ]);
    expect(r.groups).toEqual([[0, 1]]);
    const merged = parseTable(r.html.get(0)!);
    expect(merged.rows.map(rowTexts)).toEqual([
      ['3.1.', 'How can I find exactly one package by name? Use the search patterns described below.'],
    ]);
  });

  it('does not merge tables with body text between them', () => {
    const r = run([
      { page: 1, type: 'table', html: `<table>${header}${rows(1, 3)}</table>`, bbox: col(0.5, 0.8) },
      { page: 1, type: 'text', text: 'Some discussion.', bbox: col(0.82, 0.9) },
      { page: 2, type: 'table', html: `<table>${header}${rows(4, 6)}</table>`, bbox: col(0.08, 0.3) },
    ]);
    expect(r.groups).toEqual([]);
  });

  it('follows a one-column box into the next column even when it leaves blank space under it', () => {
    // A boxed note that did not fit ends high in the left column and goes on at the top of the right one.
    const r = run([
      { page: 1, type: 'text', text: 'Body text above the note.', bbox: [0.08, 0.06, 0.48, 0.1] },
      {
        page: 1,
        type: 'table',
        html: '<table><tr><td>Those interfaces define the myapp_t type as a process domain</td></tr></table>',
        bbox: [0.3, 0.12, 0.48, 0.6],
      },
      {
        page: 1,
        type: 'table',
        html: '<table><tr><td>The allow directive is the base directive used to authorize an operation.</td></tr></table>',
        bbox: [0.74, 0.06, 0.92, 0.64],
      },
      { page: 1, type: 'text', text: 'Body text under the note.', bbox: [0.52, 0.66, 0.92, 0.9] },
    ]);
    expect(r.groups).toEqual([[1, 2]]);
    expect(r.decisions[0].features?.map((f) => f.id)).toContain('table-merge.flows-into-next-column-from-high');
  });
});

describe('table-merge evidence as features', () => {
  // A table that ends page 1 and goes on at the top of page 2 with its header repeated.
  const pair: Spec[] = [
    { page: 1, type: 'table', html: `<table>${header}${rows(1, 5)}</table>`, bbox: col(0.53, 0.92) },
    { page: 2, type: 'table', html: `<table>${header}${rows(6, 9)}</table>`, bbox: col(0.08, 0.4) },
  ];
  const ids = (r: ReturnType<typeof run>) => r.decisions[0].features?.map((f) => f.id) ?? [];

  it('records the kinds of evidence it weighed, each with its contribution', () => {
    const r = run(pair);
    expect(r.groups).toEqual([[0, 1]]);
    expect(r.decisions[0].ruleId).toBe('table-merge.continued');
    expect(ids(r)).toEqual([
      'table-merge.no-caption',
      'table-merge.same-columns',
      'table-merge.page-end-and-start',
      'table-merge.same-width',
      'table-merge.repeated-header',
    ]);
    expect(r.decisions[0].features?.every((f) => f.contribution > 0)).toBe(true);
  });

  it('a weights override changes the decision', () => {
    const r = run(pair, { 'repeated-header': -10 });
    expect(r.groups).toEqual([]);
    expect(r.decisions[0].ruleId).toBe('table-merge.separate');
    expect(r.decisions[0].features?.find((f) => f.id === 'table-merge.repeated-header')?.contribution).toBe(-10);
  });

  it('a new numbered caption weighs against the merge', () => {
    const r = run([
      // The parser nested the first table's caption inside its entry.
      { page: 1, type: 'table_caption', text: 'Table 1: Cells', bbox: col(0.5, 0.52), hints: { nestedIn: '/1' } },
      pair[0],
      { page: 2, type: 'table_caption', text: 'Table 2: Packs', bbox: col(0.05, 0.07) },
      pair[1],
    ]);
    const f = r.decisions[0].features?.find((x) => x.id === 'table-merge.new-caption-number');
    expect(f?.contribution).toBeLessThan(0);
    // Two numbered tables, though the second opens the next page with the same columns, width and header row
    // (the dev document office report handbook ja ldap-directory: "表 11.1", "表 11.2", both "質問 | 回答").
    expect(r.groups).toEqual([]);
    // Without the first table's own caption, the second's is a numbered caption of its own.
    const alone = run([
      pair[0],
      { page: 2, type: 'table_caption', text: 'Table 2: Packs', bbox: col(0.05, 0.07) },
      pair[1],
    ]);
    expect(alone.decisions[0].features?.map((x) => x.id)).toContain('table-merge.own-numbered-caption');
    // The first table's caption set as its own element right above it (dots.ocr) is its caption too.
    const above = run([
      { page: 1, type: 'table_caption', text: 'Table 1: Cells', bbox: col(0.5, 0.52) },
      pair[0],
      { page: 2, type: 'table_caption', text: 'Table 2: Packs', bbox: col(0.05, 0.07) },
      pair[1],
    ]);
    expect(above.decisions[0].features?.map((x) => x.id)).toContain('table-merge.new-caption-number');
    expect(above.groups).toEqual([]);
  });
});

describe('table merges on real pages (corpus-latex, corpus-office; issue #15)', () => {
  const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
  const groupsOf = (file: string) => stitchSync(loadInput(root(file))).structure.tableMerges;
  const decisionsOf = (file: string) =>
    stitchSync(loadInput(root(file))).decisions.filter((d) => d.stage === 'table-merge');

  it('merges a longtable over three pages past its running heads (MinerU content list, ctexbook)', () => {
    // The running heads sit below the fixed top band: the document's running line puts them in it.
    expect(groupsOf('corpus-latex/latex-ctexbook-debmake-zh-ch05/mineru/content_list.json')).toContainEqual([
      '/94',
      '/98',
      '/102',
    ]);
  });

  it('passes over a note box that floated between two fragments (dots, elsarticle)', () => {
    const file = 'corpus-latex/latex-elsarticle-debmake-en-ch04/dots/pages.json';
    expect(groupsOf(file)).toContainEqual(['/6/4', '/7/1', '/8/2']);
    const box = decisionsOf(file).find((d) => d.place.refs.join() === '/7/1,/8/0')!;
    expect(box.accepted).toBe(false);
    expect(box.features?.map((f) => f.id)).toContain('table-merge.box-and-table');
  });

  it('keeps two "Tip" boxes on facing pages apart (MinerU, office legal zh)', () => {
    const file = 'corpus-office/office-legal-debmake-zh-ch04/mineru/content_list.json';
    expect(groupsOf(file)).toEqual([]);
    const d = decisionsOf(file).find((x) => x.place.refs.join() === '/19,/21')!;
    expect(d.features?.map((f) => f.id)).toContain('table-merge.repeated-box-title');
  });

  it('joins a longtable past a page footnote typed text (MinerU, article)', () => {
    expect(groupsOf('corpus-latex/latex-article-debmake-en-ch02/mineru/content_list.json')).toContainEqual([
      '/87',
      '/90',
      '/92',
      '/94',
    ]);
  });

  it('joins a longtable past two running lines and a page footnote without boxes (Mistral, article and amsart)', () => {
    // Between the parts: "Continued on next page", a footnote "2 There are …", the page number, and on the next
    // page the running head and the author line under it, which open every page.
    expect(groupsOf('corpus-latex/latex-article-debmake-en-ch02/mistral/ocr_response.json')).toContainEqual([
      '/pages/5/markdown:10',
      '/pages/6/markdown:1',
      '/pages/7/markdown:1',
      '/pages/8/markdown:1',
    ]);
    expect(groupsOf('corpus-latex/latex-amsart-debmake-en-ch04/mistral/ocr_response.json')).toContainEqual([
      '/pages/5/markdown:9',
      '/pages/6/markdown:3',
      '/pages/7/markdown:3',
    ]);
  });
});

describe('tables that are never one', () => {
  it('two tables side by side on one page', () => {
    const html = `<table>${header}${rows(1, 3)}</table>`;
    const r = run([
      { page: 1, type: 'table', html, bbox: [0.08, 0.3, 0.48, 0.5] },
      { page: 1, type: 'table', html, bbox: [0.52, 0.3, 0.92, 0.5] },
      { page: 1, type: 'text', text: 'Body text below both tables.', bbox: [0.08, 0.55, 0.92, 0.9] },
    ]);
    expect(r.groups).toEqual([]);
    expect(r.decisions[0]?.features?.map((f) => f.id)).toContain('table-merge.side-by-side');
  });

  it('a table whose first part ends with its own source line (MinerU research report shape)', () => {
    const r = run([
      { page: 1, type: 'table', html: `<table>${header}${rows(1, 3)}</table>` },
      { page: 1, type: 'table_footnote', text: '资料来源：公司年报', hints: { nestedIn: '/0' } },
      { page: 2, type: 'table_caption', text: '财务报表分析和预测', hints: { nestedIn: '/3' } },
      { page: 2, type: 'table', html: `<table>${rows(4, 6)}</table>` },
    ]);
    expect(r.groups).toEqual([]);
    expect(r.decisions[0].features?.map((f) => f.id)).toContain('table-merge.first-has-footnote');
    // Without the source line the same two parts are one table.
    const bare = run([
      { page: 1, type: 'table', html: `<table>${header}${rows(1, 3)}</table>` },
      { page: 2, type: 'table', html: `<table>${rows(4, 6)}</table>` },
    ]);
    expect(bare.groups).toEqual([[0, 1]]);
  });
});

describe('side by side, close footnotes, running lines, text captions (issue #15)', () => {
  const html = `<table>${header}${rows(1, 3)}</table>`;

  it('never merges two tables side by side, even marked continued with the same header and columns', () => {
    const r = run(
      [
        { page: 1, type: 'table', html, bbox: [0.08, 0.3, 0.48, 0.5] },
        { page: 1, type: 'table_caption', text: 'Table 1 (continued)', bbox: [0.52, 0.26, 0.92, 0.29] },
        { page: 1, type: 'table', html: `<table>${header}${rows(4, 6)}</table>`, bbox: [0.52, 0.3, 0.92, 0.5] },
        { page: 1, type: 'text', text: 'Body text below both tables.', bbox: [0.08, 0.55, 0.92, 0.9] },
        // weights under which the rest of the evidence outweighs the side-by-side feature: still two tables
      ],
      { 'marked-continued': 12 },
    );
    expect(r.decisions[0]?.features?.map((f) => f.id)).toContain('table-merge.side-by-side');
    expect(r.groups).toEqual([]);
    expect(r.decisions[0]?.reason).toBe('separate tables: they stand side by side on one page');
  });

  // Without boxes, as Mistral OCR gives the jlreq and ctexbook documents: the table ends its page, then the page's
  // footnote (its mark glued to the text or set "2）"), then the table goes on on the next page.
  function continuedOver(note: string, pageHead?: string, continued = true): Spec[] {
    const specs: Spec[] = [
      { page: 1, type: 'text', text: 'The terms used in this guide are listed in the table below, with notes.' },
      { page: 1, type: 'table', html },
    ];
    if (continued) specs.push({ page: 1, type: 'text', text: '续下页' });
    specs.push({ page: 1, type: 'text', text: note });
    if (pageHead) specs.push({ page: 2, type: 'text', text: pageHead });
    specs.push({ page: 2, type: 'text', text: '表 3.2 – 续表' });
    specs.push({ page: 2, type: 'table', html: `<table>${header}${rows(4, 6)}</table>` });
    specs.push({ page: 2, type: 'text', text: 'The body goes on after the table with a paragraph of its own.' });
    return specs;
  }

  it('passes over a footnote whose number is glued to its text or set with a closing parenthesis', () => {
    expect(run(continuedOver('1在您决定在某些公共场合问出您的问题之前，请先做好自己能做到的事情。')).groups).toEqual([
      [1, 5],
    ]);
    expect(
      run(continuedOver('2） Here are some technical reminders to accommodate other maintainers.')).groups,
    ).toEqual([[1, 5]]);
  });

  it('passes over a short line opening the next page after a "continued" line: a running head left in the body', () => {
    expect(run(continuedOver('1服务: ldap [NOTFOUND=return] files.', '3.1 配置 PAM')).groups).toEqual([[1, 6]]);
  });

  it('does not pass over that line when nothing says the table goes on', () => {
    const r = run(continuedOver('1服务: ldap [NOTFOUND=return] files.', '3.1 配置 PAM', false));
    expect(r.groups).toEqual([]);
  });

  it('reads a table label in text right before the first table as its caption: a new number is a new table', () => {
    // As Marker gives the office report ldap document: "表 11.1 …" typed Text over its table, "表 11.2 …" a caption.
    const r = run([
      { page: 1, type: 'text', text: 'Body text before the table, a paragraph of its own.', bbox: col(0.1, 0.5) },
      {
        page: 1,
        type: 'text',
        text: '表 11.1 migrate_all_online.sh スクリプトからの質問',
        bbox: [0.14, 0.654, 0.48, 0.69],
      },
      { page: 1, type: 'table', html, bbox: [0.136, 0.7, 0.859, 0.88] },
      {
        page: 2,
        type: 'table_caption',
        text: '表 11.2 Configuring the libnss-ldap package:',
        bbox: [0.14, 0.09, 0.41, 0.12],
      },
      { page: 2, type: 'table', html, bbox: [0.136, 0.125, 0.863, 0.317] },
      { page: 2, type: 'text', text: 'Body text after the table, a paragraph of its own.', bbox: col(0.33, 0.6) },
    ]);
    expect(r.groups).toEqual([]);
    expect(r.decisions[0]?.features?.map((f) => f.id)).toContain('table-merge.new-caption-number');
  });
});
