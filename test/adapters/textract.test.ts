// Textract adapter. textractor-singlepage-doc-layout.json is a byte copy of an Apache-2.0 fixture of
// aws-samples/amazon-textract-textractor (see test/fixtures/PROVENANCE.md); handmade-async-2pages.json is
// HAND-MADE (a list of two async responses with a LAYOUT_LIST, a MERGED_CELL and a TABLE_FOOTER);
// handmade-queries.json is HAND-MADE after AWS's documented Block schema (AnalyzeDocument with FeatureTypes
// LAYOUT + QUERIES + SIGNATURES): three QUERY blocks without Geometry, two answered by QUERY_RESULT blocks
// through ANSWER relationships (one result with Geometry, one without), a SIGNATURE, three layout blocks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textract } from '../../src/adapters/textract.js';
import { DocstitchError } from '../../src/model/errors.js';
import { resolvePointer } from '../../src/model/pointer.js';
import { byRef, expectBox, fixtureReader } from '../helpers/adapter.js';
import { expectSaneBoxes, expectTextractAccounted } from './layout-accounting.js';

const { fixture, read } = fixtureReader('textract');

describe('textract adapter', () => {
  it('reads the textractor single-page layout response', () => {
    const { adapter, doc, json } = read('textractor-singlepage-doc-layout.json');
    expect(adapter.name).toBe('textract');
    expectTextractAccounted(doc, [json], () => '');
    expectSaneBoxes(doc);
    for (const el of doc.elements) {
      expect((resolvePointer(json, el.ref) as { BlockType: string }).BlockType).toBe(el.sourceType);
    }
    // Layout blocks 136–146 in array order.
    expect(doc.elements.map((e) => e.ref)).toEqual(Array.from({ length: 11 }, (_, i) => `/Blocks/${136 + i}`));
    // /Blocks/136 LAYOUT_TITLE: Left .16293737292289734 Top .11850959807634354 W .6733424663543701 H .1713554561138153.
    const title = byRef(doc, '/Blocks/136');
    // its two LINEs are one title: wrapped lines are joined as the other parsers give a block's text
    expect(title).toMatchObject({ type: 'title', page: 1, text: 'Textractor Test Document' });
    expectBox(title.bbox, [
      0.16293737292289734,
      0.11850959807634354,
      0.16293737292289734 + 0.6733424663543701,
      0.11850959807634354 + 0.1713554561138153,
    ]);
    expect(title.hints?.score).toBeCloseTo(0.75439453125, 9);
    // /Blocks/139 LAYOUT_TEXT: two LINEs, "Name of package: Textractor" and the shorter "Date : 08/14/2022"
    // (computed from the LINE boxes by hand: right end of the last over the widest, from the left edge).
    expect(byRef(doc, '/Blocks/139').hints?.lastLineFill).toBeCloseTo(0.5608043, 6);
    // The LAYOUT_TABLE takes its cells from TABLE /Blocks/81 (3 rows × 5 columns, "Cell 1" … "Cell 15").
    const table = byRef(doc, '/Blocks/141');
    expect(table.type).toBe('table');
    expectBox(table.bbox, [
      0.11641848832368851,
      0.6037570834159851,
      0.11641848832368851 + 0.7974368929862976,
      0.6037570834159851 + 0.17175067961215973,
    ]);
    expect(table.html).toBe(
      `<table>${[0, 1, 2].map((r) => `<tr>${[1, 2, 3, 4, 5].map((c) => `<td>Cell ${r * 5 + c}</td>`).join('')}</tr>`).join('')}</table>`,
    );
    expect(byRef(doc, '/Blocks/143').type).toBe('image');
    // TABLE_TITLE "Table 1" (/Blocks/97) lies inside LAYOUT_SECTION_HEADER /Blocks/140 → dropped as its duplicate.
    expect(doc.dropped.find((d) => d.place.refs[0] === '/Blocks/97')).toMatchObject({
      ruleId: 'textract.duplicate-of-layout',
    });
    expect(byRef(doc, '/Blocks/140').text).toBe('Table 1');
  });

  it('reads a list of async responses: pages, list items, merged cells, table footer', () => {
    const { doc, json } = read('handmade-async-2pages.json');
    expectTextractAccounted(doc, json, (r) => `/${r}`);
    expect(doc.pages).toEqual([
      { page: 1, width: 1, height: 1, unit: 'normalized' },
      { page: 2, width: 1, height: 1, unit: 'normalized' },
    ]);
    expect(doc.elements.map((e) => [e.ref, e.type])).toEqual([
      ['/0/Blocks/25', 'title'],
      ['/0/Blocks/27', 'list_item'],
      ['/0/Blocks/28', 'list_item'],
      ['/0/Blocks/29', 'table'],
      ['/0/Blocks/21', 'table_footnote'],
      ['/1/Blocks/3', 'page_number'],
      ['/1/Blocks/4', 'image'],
    ]);
    expect(byRef(doc, '/0/Blocks/29').html).toBe(
      '<table><tr><th colspan="2">Sales</th></tr><tr><td>North</td><td>10</td></tr></table>',
    );
    expect(byRef(doc, '/0/Blocks/21').text).toBe('Source: internal');
    expectBox(byRef(doc, '/1/Blocks/4').bbox, [0.1, 0.1, 0.9, 0.6]);
    expect(Object.fromEntries(doc.dropped.map((d) => [d.place.refs[0], d.ruleId]))).toEqual({
      '/0/Blocks/10': 'textract.line-outside-layout',
      '/0/Blocks/24': 'textract.form-annotation',
    });
  });

  it('reports a dangling relationship id as a schema error', () => {
    const json = JSON.parse(readFileSync(fixture('handmade-async-2pages.json'), 'utf8'));
    json[0].Blocks[25].Relationships[0].Ids = ['nope'];
    const input = { path: 'bad.json', isFolder: false, files: [{ path: 'bad.json', name: '', json }] };
    expect(() => textract.read(input)).toThrowError(DocstitchError);
    try {
      textract.read(input);
    } catch (e) {
      expect(e).toMatchObject({ kind: 'schema', pointer: '/0/Blocks/25/Relationships/0/Ids/0' });
    }
  });

  it('does not claim other formats', () => {
    const input = (json: unknown) => ({ path: 'x.json', isFolder: false, files: [{ path: 'x.json', name: '', json }] });
    expect(textract.detect(input([{ type: 'Title', element_id: 'a', text: '', metadata: {} }]))).toBe(0);
    expect(textract.detect(input({ pages: [{ index: 0, markdown: '' }] }))).toBe(0);
    expect(textract.detect(input({ parsing_res_list: [] }))).toBe(0);
  });

  describe('QUERY / QUERY_RESULT and blocks without Geometry (#15)', () => {
    type Block = Record<string, unknown> & { BlockType: string; Id: string };
    const load = (): { Blocks: Block[] } => JSON.parse(readFileSync(fixture('handmade-queries.json'), 'utf8'));
    const readJson = (json: unknown) =>
      textract.read({ path: 'q.json', isFolder: false, files: [{ path: 'q.json', name: '', json }] });
    const drops = (doc: ReturnType<typeof readJson>) =>
      Object.fromEntries(doc.dropped.map((d) => [d.place.refs[0], [d.ruleId, d.text]]));
    const without = (json: { Blocks: Block[] }, at: number) => {
      delete json.Blocks[at].Geometry;
      return json;
    };

    it('reads the layout text and records queries and answers as dropped, with the question', () => {
      const json = load();
      const doc = readJson(json);
      expectTextractAccounted(doc, [json as never], () => '');
      expect(doc.elements.map((e) => [e.ref, e.type, e.text])).toEqual([
        ['/Blocks/13', 'title', 'Invoice 42'],
        ['/Blocks/14', 'text', 'Total due: 120 EUR'],
        ['/Blocks/15', 'text', 'Signed: J. Doe'],
      ]);
      expect(drops(doc)).toEqual({
        '/Blocks/16': ['textract.unsupported', undefined],
        '/Blocks/17': ['textract.query', 'What is the total due?'],
        '/Blocks/18': ['textract.query-result', '120 EUR'],
        '/Blocks/19': ['textract.query', 'Who signed the invoice?'],
        '/Blocks/20': ['textract.query-result', 'J. Doe'],
        '/Blocks/21': ['textract.query', 'What is the due date?'],
      });
      const reason = (ref: string) => doc.dropped.find((d) => d.place.refs[0] === ref)?.reason;
      expect(reason('/Blocks/20')).toContain('QUERY /Blocks/19 "Who signed the invoice?"');
      expect(reason('/Blocks/21')).toContain('"What is the due date?"');
    });

    it('reads a QUERIES response without LAYOUT: lines as text, queries dropped', () => {
      const json = load();
      json.Blocks = json.Blocks.filter((b) => !b.BlockType.startsWith('LAYOUT_'));
      const doc = readJson(json);
      expect(doc.elements.map((e) => e.text)).toEqual(['Invoice 42', 'Total due: 120 EUR', 'Signed: J. Doe']);
      expect(doc.dropped.filter((d) => d.ruleId.startsWith('textract.query')).map((d) => d.text)).toEqual([
        'What is the total due?',
        '120 EUR',
        'Who signed the invoice?',
        'J. Doe',
        'What is the due date?',
      ]);
    });

    it('PAGE, WORD, SIGNATURE, KEY_VALUE_SET and a LINE inside a layout block need no Geometry', () => {
      const base = readJson(load());
      // Blocks/0 PAGE, /5 a WORD, /16 SIGNATURE, /4 the LINE of LAYOUT_TEXT /Blocks/14.
      for (const at of [0, 5, 16, 4]) {
        const doc = readJson(without(load(), at));
        expect(
          doc.elements.map((e) => e.text),
          `Geometry removed from /Blocks/${at}`,
        ).toEqual(base.elements.map((e) => e.text));
        expect(drops(doc)).toEqual(drops(base));
      }
      const json = load();
      json.Blocks.push({ BlockType: 'KEY_VALUE_SET', Id: 'kv1', EntityTypes: ['KEY'], Page: 1 });
      expect(drops(readJson(json))['/Blocks/22']).toEqual(['textract.form-annotation', undefined]);
    });

    it('a LAYOUT block or free LINE without Geometry is dropped with its words and a warning', () => {
      const doc = readJson(without(load(), 14));
      expect(doc.elements.map((e) => e.ref)).toEqual(['/Blocks/13', '/Blocks/15']);
      expect(drops(doc)['/Blocks/14']).toEqual(['textract.no-geometry', 'Total due: 120 EUR']);
      expect(doc.dropped.some((d) => d.place.refs[0] === '/Blocks/4')).toBe(false); // its LINE went with it
      expect(doc.warnings.map((w) => w.ruleId)).toContain('textract.no-geometry');

      const json = load();
      json.Blocks = json.Blocks.filter((b) => !b.BlockType.startsWith('LAYOUT_'));
      const noLayout = readJson(without(json, 4)); // LINE "Total due: 120 EUR"
      expect(noLayout.elements.map((e) => e.text)).toEqual(['Invoice 42', 'Signed: J. Doe']);
      expect(drops(noLayout)['/Blocks/4']).toEqual(['textract.no-geometry', 'Total due: 120 EUR']);
    });

    it('a Geometry that is there but malformed is still a schema error with its path', () => {
      const json = load();
      json.Blocks[14].Geometry = { BoundingBox: { Left: 'x', Top: 0, Width: 1, Height: 1 } };
      expect(() => readJson(json)).toThrowError(
        expect.objectContaining({ kind: 'schema', pointer: '/Blocks/14/Geometry/BoundingBox/Left' }),
      );
    });
  });

  describe('the lines of a layout block', () => {
    const line = (id: string, text: string, left: number, top: number, width: number) => ({
      BlockType: 'LINE',
      Id: id,
      Text: text,
      Geometry: { BoundingBox: { Left: left, Top: top, Width: width, Height: 0.015 } },
    });
    const layout = (id: string, type: string, top: number, kids: string[]) => ({
      BlockType: type,
      Id: id,
      Geometry: { BoundingBox: { Left: 0.1, Top: top, Width: 0.8, Height: 0.1 } },
      Relationships: [{ Type: 'CHILD', Ids: kids }],
    });
    const json = {
      Blocks: [
        { BlockType: 'PAGE', Id: 'p', Geometry: { BoundingBox: { Left: 0, Top: 0, Width: 1, Height: 1 } } },
        line('a1', 'A paragraph wrapped by the typesetter over three lines, with a word that is docu-', 0.1, 0.1, 0.8),
        line('a2', 'mented at the break and a last line that ends short of the right', 0.1, 0.12, 0.8),
        line('a3', 'edge.', 0.1, 0.14, 0.1),
        line('b1', 'for f in *.deb; do', 0.1, 0.3, 0.3),
        line('b2', '  dpkg -c "$f"', 0.1, 0.32, 0.2),
        line('b3', 'done', 0.1, 0.34, 0.1),
        line('b4', 'with a longest line that sets the width of the block of code here', 0.1, 0.36, 0.8),
        line('c1', 'Chapter 2', 0.1, 0.5, 0.15),
        line('c2', '1.6.2. The Unstable Status', 0.1, 0.52, 0.4),
        layout('A', 'LAYOUT_TEXT', 0.1, ['a1', 'a2', 'a3']),
        layout('B', 'LAYOUT_TEXT', 0.3, ['b1', 'b2', 'b3', 'b4']),
        layout('C', 'LAYOUT_SECTION_HEADER', 0.5, ['c1', 'c2']),
      ],
    };
    const doc = textract.read({ path: 'lines.json', isFolder: false, files: [{ path: 'lines.json', name: '', json }] });
    const text = (ref: string) => byRef(doc, ref).text;

    it('joins wrapped lines with a space and drops a line-final hyphen', () => {
      expect(text('/Blocks/10')).toBe(
        'A paragraph wrapped by the typesetter over three lines, with a word that is documented at the break and a last line that ends short of the right edge.',
      );
    });

    it('keeps the breaks of lines its author broke (most inner lines end short of the block)', () => {
      expect(text('/Blocks/11')).toBe(
        'for f in *.deb; do\n  dpkg -c "$f"\ndone\nwith a longest line that sets the width of the block of code here',
      );
    });

    it('reads a chapter label over its title as one heading line, short first line or not', () => {
      expect(text('/Blocks/12')).toBe('Chapter 2 1.6.2. The Unstable Status');
    });
  });
});
