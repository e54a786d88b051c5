// ALTO adapter. test/fixtures/alto/ holds real Tesseract 5.3 ALTO output of a two-page report we wrote ourselves
// (test/fixtures/scanned-source, see PROVENANCE.md): English one file per page, Chinese and Japanese one file of
// two pages. The ABBYY-style inputs inline (styles, hyphenation, margins) are HAND-MADE.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAltoPointer } from '../../src/adapters/alto.js';
import { adapters, readWithAdapter } from '../../src/adapters/index.js';
import { loadInput } from '../../src/io/load.js';
import { DocstitchError } from '../../src/model/errors.js';
import { stitchSync } from '../../src/pipeline.js';
import { byRef, expectBox, fixtureReader } from '../helpers/adapter.js';
import { checkInvariants } from '../helpers/invariants.js';
import { tempFiles } from './ocr-test-utils.js';

const { fixture } = fixtureReader('alto');
const read = (path: string) => readWithAdapter(loadInput(path));

/** A hand-made ALTO v4 file around the given Layout content. */
function altoFile(pages: string, styles = '', unit = 'pixel'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Description><MeasurementUnit>${unit}</MeasurementUnit></Description>
<Styles>${styles}</Styles><Layout>${pages}</Layout></alto>`;
}

describe('alto adapter on Tesseract output', () => {
  it('reads the English report from a folder of per-page files', () => {
    const dir = fixture('report-en');
    const input = loadInput(dir);
    const { adapter, document: doc } = read(dir);
    expect(adapter.name).toBe('alto');
    expect(input.files.map((f) => f.name)).toEqual(['en-1.xml', 'en-2.xml']);
    expect(doc.pages).toEqual([
      { page: 1, width: 1653, height: 2339, unit: 'px' },
      { page: 2, width: 1653, height: 2339, unit: 'px' },
    ]);
    // 15 + 9 TextBlocks, all with words; the 15 GraphicalElements of page 2 (rules) dropped with a reason.
    expect(doc.elements).toHaveLength(24);
    expect(doc.elements.filter((e) => e.page === 1)).toHaveLength(15);
    expect(doc.dropped.filter((d) => d.ruleId === 'alto.graphical-element' && d.place.page === 2)).toHaveLength(15);
    expect(doc.dropped).toHaveLength(15);
    // Refs are file#element-path; each names the TextBlock with Tesseract's ID block_<n> (n from 0 per page).
    const ids = doc.elements.map((e) => {
      const [name, ptr] = e.ref.split('#');
      const file = input.files.find((f) => f.name === name);
      return file && resolveAltoPointer(file, ptr)?.getAttribute('ID');
    });
    expect(ids).toEqual([
      ...Array.from({ length: 15 }, (_, i) => `block_${i}`),
      ...Array.from({ length: 9 }, (_, i) => `block_${i}`),
    ]);
    // block_1 of page 1: HPOS 210 VPOS 258 WIDTH 790 HEIGHT 57, the report's title.
    const title = byRef(doc, 'en-1.xml#/Layout/0/Page/0/PrintSpace/0/ComposedBlock/1/TextBlock/0');
    expect(title).toMatchObject({ type: 'title', text: 'Harbour Water Survey 2026', page: 1 });
    expectBox(title.bbox, [210 / 1653, 258 / 2339, (210 + 790) / 1653, (258 + 57) / 2339]);
    // Tesseract's ALTO has no TextStyle: no font size.
    expect(title.hints?.fontSize).toBeUndefined();
  });

  it('gives the same paragraphs and titles as the hOCR of the same scan', () => {
    for (const [lang, alto] of [
      ['en', 'report-en'],
      ['zh', 'report-zh.xml'],
      ['ja', 'report-ja.xml'],
    ]) {
      const fromAlto = read(fixture(alto)).document.elements;
      const fromHocr = read(fixtureReader('hocr').fixture(`report-${lang}.hocr`)).document.elements;
      expect(
        fromAlto.map((e) => [e.page, e.type, e.text]),
        lang,
      ).toEqual(fromHocr.map((e) => [e.page, e.type, e.text]));
      // Line boxes are the same numbers in both formats.
      expect(fromAlto.map((e) => e.hints?.lastLineFill)).toEqual(fromHocr.map((e) => e.hints?.lastLineFill));
    }
  });

  it('stitches every report with the shared invariants (refs resolve to TextBlocks)', () => {
    for (const name of ['report-en', 'report-zh.xml', 'report-ja.xml']) {
      const path = fixture(name);
      checkInvariants(stitchSync(path), loadInput(path));
    }
  });
});

describe('alto adapter on hand-made input', () => {
  it('reads ABBYY-style styles, hyphenated words, illustrations, and margins in page order', () => {
    const text = altoFile(
      `<Page ID="p1" WIDTH="21000" HEIGHT="29700">
        <BottomMargin><TextBlock ID="f" HPOS="10000" VPOS="28500" WIDTH="500" HEIGHT="300">
          <TextLine HPOS="10000" VPOS="28500" WIDTH="500" HEIGHT="300"><String CONTENT="7" STYLEREFS="s9"/></TextLine></TextBlock></BottomMargin>
        <PrintSpace HPOS="2000" VPOS="2000" WIDTH="17000" HEIGHT="25000">
          <TextBlock ID="b1" HPOS="2000" VPOS="2000" WIDTH="17000" HEIGHT="1000" STYLEREFS="s10">
            <TextLine HPOS="2000" VPOS="2000" WIDTH="17000" HEIGHT="450">
              <String CONTENT="A" /><SP/><String CONTENT="hyph-" SUBS_TYPE="HypPart1" SUBS_CONTENT="hyphenated"/><HYP CONTENT="-"/></TextLine>
            <TextLine HPOS="2000" VPOS="2500" WIDTH="8000" HEIGHT="450">
              <String CONTENT="enated" SUBS_TYPE="HypPart2" SUBS_CONTENT="hyphenated"/><SP/><String CONTENT="word" STYLEREFS="s12"/><SP/><String CONTENT="and" /><SP/><String CONTENT="an" /><SP/><String CONTENT="exam" /><HYP CONTENT="-"/></TextLine>
            <TextLine HPOS="2000" VPOS="3000" WIDTH="6000" HEIGHT="450"><String CONTENT="ple."/></TextLine>
          </TextBlock>
          <ComposedBlock ID="c1" HPOS="2000" VPOS="4000" WIDTH="17000" HEIGHT="9000">
            <Illustration ID="i1" HPOS="2000" VPOS="4000" WIDTH="17000" HEIGHT="8000"/>
            <TextBlock ID="cap" HPOS="2000" VPOS="12500" WIDTH="9000" HEIGHT="400"><TextLine HPOS="2000" VPOS="12500" WIDTH="9000" HEIGHT="400"><String CONTENT="Figure"/><SP/><String CONTENT="1"/></TextLine></TextBlock>
          </ComposedBlock>
          <GraphicalElement ID="g1" HPOS="2000" VPOS="13000" WIDTH="17000" HEIGHT="20"/>
          <TextBlock ID="empty" HPOS="2000" VPOS="14000" WIDTH="100" HEIGHT="100"/>
        </PrintSpace>
        <TopMargin><TextBlock ID="h" HPOS="2000" VPOS="500" WIDTH="5000" HEIGHT="300">
          <TextLine HPOS="2000" VPOS="500" WIDTH="5000" HEIGHT="300"><String CONTENT="Running"/><SP/><String CONTENT="head"/></TextLine></TextBlock></TopMargin>
      </Page>`,
      '<TextStyle ID="s9" FONTSIZE="9"/><TextStyle ID="s10" FONTSIZE="10"/><TextStyle ID="s12" FONTSIZE="12"/>',
      'mm10',
    );
    const doc = read(join(tempFiles({ 'abbyy.xml': text }), 'abbyy.xml')).document;
    const P = '/Layout/0/Page/0';
    expect(doc.elements.map((e) => [e.ref, e.type, e.text])).toEqual([
      [`${P}/TopMargin/0/TextBlock/0`, 'text', 'Running head'],
      [`${P}/PrintSpace/0/TextBlock/0`, 'text', 'A hyphenated word and an example.'],
      [`${P}/PrintSpace/0/ComposedBlock/0/Illustration/0`, 'image', ''],
      [`${P}/PrintSpace/0/ComposedBlock/0/TextBlock/0`, 'text', 'Figure 1'],
      [`${P}/BottomMargin/0/TextBlock/0`, 'text', '7'],
    ]);
    const para = doc.elements[1];
    // Sizes per line: 10 (block style), 10 (median of 10, 12, 10, 10, 10), 10.
    expect(para.hints?.fontSize).toBe(10);
    expect(para.hints?.lineCount).toBe(3);
    expect(para.hints?.lastLineFill).toBeCloseTo(6000 / 17000, 9);
    expectBox(para.bbox, [2000 / 21000, 2000 / 29700, 19000 / 21000, 3000 / 29700]);
    expect(doc.elements[4].hints?.fontSize).toBe(9);
    expect(doc.dropped.map((d) => [d.place.refs[0], d.ruleId])).toEqual([
      [`${P}/PrintSpace/0/GraphicalElement/0`, 'alto.graphical-element'],
      [`${P}/PrintSpace/0/TextBlock/1`, 'alto.empty'],
    ]);
  });

  it('skips a METS file beside the ALTO pages with a warning', () => {
    const pageXml = altoFile(
      `<Page WIDTH="100" HEIGHT="100"><PrintSpace><TextBlock HPOS="10" VPOS="10" WIDTH="80" HEIGHT="10"><TextLine><String CONTENT="x"/></TextLine></TextBlock></PrintSpace></Page>`,
    );
    const dir = tempFiles({ 'mets.xml': '<mets:mets xmlns:mets="http://www.loc.gov/METS/"/>', 'p1.xml': pageXml });
    const { adapter, document: doc } = read(dir);
    expect(adapter.name).toBe('alto');
    expect(doc.elements.map((e) => e.ref)).toEqual(['p1.xml#/Layout/0/Page/0/PrintSpace/0/TextBlock/0']);
    expect(doc.warnings.map((w) => w.ruleId)).toEqual(['alto.not-alto']);
  });

  it('refuses malformed input with one line naming the file and where', () => {
    const cases: Array<[string, string, RegExp, number]> = [
      [
        'broken.xml',
        '<alto><Layout><Page WIDTH="1" HEIGHT="1">\n</Layout></alto>',
        /broken\.xml: invalid XML: Opening and ending tag mismatch: "Page" != "Layout" at line \d+, column \d+$/,
        4,
      ],
      ['cut.xml', altoFile('<Page WIDTH="1" HEIGHT="1">').slice(0, -12), /cut\.xml: invalid XML: /, 4],
      [
        'nosize.xml',
        altoFile('<Page ID="p"><PrintSpace/></Page>'),
        /nosize\.xml#\/Layout\/0\/Page\/0: Page has no positive WIDTH and HEIGHT/,
        6,
      ],
      [
        'badpos.xml',
        altoFile(
          '<Page WIDTH="10" HEIGHT="10"><PrintSpace><TextBlock HPOS="a" VPOS="1" WIDTH="1" HEIGHT="1"><TextLine><String CONTENT="x"/></TextLine></TextBlock></PrintSpace></Page>',
        ),
        /badpos\.xml#\/Layout\/0\/Page\/0\/PrintSpace\/0\/TextBlock\/0: HPOS\/VPOS\/WIDTH\/HEIGHT are not all numbers/,
        6,
      ],
    ];
    for (const [name, text, message, code] of cases) {
      let error: unknown;
      try {
        read(join(tempFiles({ [name]: text }), name));
      } catch (e) {
        error = e;
      }
      expect(error, name).toBeInstanceOf(DocstitchError);
      expect((error as DocstitchError).toLine(), name).toMatch(message);
      expect((error as DocstitchError).toLine()).not.toContain('\n');
      expect((error as DocstitchError).exitCode, name).toBe(code);
    }
  });

  it('is the only adapter that claims ALTO, and claims no JSON input', () => {
    const input = loadInput(fixture('report-ja.xml'));
    for (const a of adapters) expect(a.detect(input), a.name).toBe(a.name === 'alto' ? 0.95 : 0);
    // The JSON fixtures of every other format: neither markup adapter claims them.
    const markup = adapters.filter((a) => a.name === 'alto' || a.name === 'hocr');
    for (const path of [
      '../fixtures/docling/multi_page.json',
      '../fixtures/textract/handmade-async-2pages.json',
      '../fixtures/mineru/api-pipeline3-naacl2024-long116_middle.json',
      '../fixtures/paddleocr/ppstructurev3-handmade',
    ]) {
      const json = loadInput(new URL(path, import.meta.url).pathname);
      for (const a of markup) expect(a.detect(json), `${a.name} on ${path}`).toBe(0);
    }
    // An XML file that is not ALTO is no parser's output.
    const dir = tempFiles({ 'other.xml': '<?xml version="1.0"?><catalog><book/></catalog>' });
    expect(() => read(join(dir, 'other.xml'))).toThrow(/not the output of any parser/);
    expect(readFileSync(join(dir, 'other.xml'), 'utf8')).toContain('catalog');
  });
});
