// PAGE XML adapter. All inputs here are HAND-MADE after the PRImA PAGE 2019 schema and the shape of Transkribus /
// OCR-D output (typed regions, ReadingOrder, TextLine Coords and TextEquiv); no real PAGE output with a usable
// licence was at hand, and Debian's Tesseract 5.3 has no PAGE renderer.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapters, readWithAdapter } from '../../src/adapters/index.js';
import { loadInput } from '../../src/io/load.js';
import { DocstitchError } from '../../src/model/errors.js';
import { stitchSync } from '../../src/pipeline.js';
import { byRef, expectBox } from '../helpers/adapter.js';
import { checkInvariants } from '../helpers/invariants.js';
import { tempFiles } from './ocr-test-utils.js';

const read = (path: string) => readWithAdapter(loadInput(path));

const rect = (x1: number, y1: number, x2: number, y2: number) =>
  `<Coords points="${x1},${y1} ${x2},${y1} ${x2},${y2} ${x1},${y2}"/>`;
const textLine = (box: [number, number, number, number], text: string) =>
  `<TextLine>${rect(...box)}<TextEquiv><Unicode>${text}</Unicode></TextEquiv></TextLine>`;

function pcGts(page: string, size = 'imageWidth="1000" imageHeight="1400"'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">
<Metadata><Creator>hand-made</Creator></Metadata><Page imageFilename="p.png" ${size}>${page}</Page></PcGts>`;
}

/** Page 1: regions listed out of reading order, typed the way Transkribus labels them. */
const page1 = pcGts(`
<ReadingOrder><OrderedGroup id="ro"><RegionRefIndexed index="1" regionRef="h1"/><RegionRefIndexed index="0" regionRef="rh"/>
<RegionRefIndexed index="2" regionRef="p1"/><RegionRefIndexed index="3" regionRef="t1"/><RegionRefIndexed index="4" regionRef="pn"/></OrderedGroup></ReadingOrder>
<TextRegion id="p1" type="paragraph">${rect(100, 300, 900, 420)}
  ${textLine([100, 300, 900, 330], 'The survey measured the water at twelve sta-')}
  ${textLine([100, 345, 900, 375], 'tions; each station was visited once a week')}
  ${textLine([100, 390, 900, 420], 'for ten weeks, always at high tide, and the')}
  <TextEquiv><Unicode>(region text: not used when lines have text)</Unicode></TextEquiv></TextRegion>
<TextRegion id="rh" type="header">${rect(100, 40, 900, 70)}${textLine([100, 40, 900, 70], 'Harbour Survey')}</TextRegion>
<TextRegion id="h1" type="heading">${rect(100, 200, 500, 250)}${textLine([100, 200, 500, 250], '1 Method')}</TextRegion>
<SeparatorRegion id="s1">${rect(100, 430, 900, 432)}</SeparatorRegion>
<TableRegion id="t1">${rect(100, 500, 900, 700)}
  <TextRegion id="c1">${rect(100, 500, 500, 600)}<TextEquiv><Unicode>Station</Unicode></TextEquiv></TextRegion>
  <TextRegion id="c2">${rect(500, 500, 900, 600)}<TextEquiv><Unicode>Salinity</Unicode></TextEquiv></TextRegion></TableRegion>
<TextRegion id="pn" type="page-number">${rect(480, 1340, 520, 1370)}${textLine([480, 1340, 520, 1370], '1')}</TextRegion>
<TextRegion id="e1" type="paragraph">${rect(100, 800, 900, 830)}</TextRegion>`);

/** Page 2: PAGE 2010 `Point` coordinates, no reading order, an image and a caption. */
const page2 = pcGts(`
<TextRegion id="rh2" type="header"><Coords><Point x="100" y="40"/><Point x="900" y="70"/></Coords>
  ${textLine([100, 40, 900, 70], 'Harbour Survey')}</TextRegion>
<TextRegion id="p2" type="paragraph">${rect(100, 100, 900, 175)}
  ${textLine([100, 100, 900, 130], 'results are given in Table 1.')}
  ${textLine([140, 145, 600, 175], 'A second paragraph.')}</TextRegion>
<ImageRegion id="i1">${rect(100, 300, 900, 800)}</ImageRegion>
<TextRegion id="cap" type="caption">${rect(100, 810, 900, 840)}${textLine([100, 810, 900, 840], 'Figure 1: The harbour')}</TextRegion>
<TextRegion id="pn2" type="page-number">${rect(480, 1340, 520, 1370)}${textLine([480, 1340, 520, 1370], '2')}</TextRegion>`);

describe('page-xml adapter', () => {
  it('reads typed regions in reading order, lines, tables, images and both Coords forms', () => {
    const dir = tempFiles({ 'p-1.xml': page1, 'p-2.xml': page2 });
    const { adapter, document: doc } = read(dir);
    expect(adapter.name).toBe('page-xml');
    expect(doc.pages).toEqual([
      { page: 1, width: 1000, height: 1400, unit: 'px' },
      { page: 2, width: 1000, height: 1400, unit: 'px' },
    ]);
    expect(doc.elements.map((e) => [e.ref, e.type, e.text])).toEqual([
      ['p-1.xml#/Page/0/TextRegion/1', 'header', 'Harbour Survey'],
      ['p-1.xml#/Page/0/TextRegion/2', 'title', '1 Method'],
      [
        'p-1.xml#/Page/0/TextRegion/0',
        'text',
        'The survey measured the water at twelve stations; each station was visited once a week for ten weeks, always at high tide, and the',
      ],
      ['p-1.xml#/Page/0/TableRegion/0', 'table', 'Station\tSalinity'],
      ['p-1.xml#/Page/0/TextRegion/3', 'page_number', '1'],
      ['p-2.xml#/Page/0/TextRegion/0', 'header', 'Harbour Survey'],
      ['p-2.xml#/Page/0/TextRegion/1', 'text', 'results are given in Table 1. A second paragraph.'],
      ['p-2.xml#/Page/0/ImageRegion/0', 'image', ''],
      ['p-2.xml#/Page/0/TextRegion/2', 'image_caption', 'Figure 1: The harbour'],
      ['p-2.xml#/Page/0/TextRegion/3', 'page_number', '2'],
    ]);
    expect(doc.dropped.map((d) => [d.place.refs[0], d.ruleId])).toEqual([
      ['p-1.xml#/Page/0/SeparatorRegion/0', 'page.separator'],
      ['p-1.xml#/Page/0/TextRegion/4', 'page.empty'],
    ]);
    const para = byRef(doc, 'p-1.xml#/Page/0/TextRegion/0');
    expectBox(para.bbox, [0.1, 300 / 1400, 0.9, 420 / 1400]);
    expect(para.hints).toMatchObject({ lineCount: 3, lastLineFill: 1, firstLineIndent: 0 });
    expectBox(byRef(doc, 'p-2.xml#/Page/0/TextRegion/0').bbox, [0.1, 40 / 1400, 0.9, 70 / 1400]);
    // The second paragraph of page 2 starts indented: 40 px of the 800 px width.
    expect(byRef(doc, 'p-2.xml#/Page/0/TextRegion/1').hints?.lastLineFill).toBeCloseTo(500 / 800, 9);
  });

  it('stitches: the paragraph cut by the page break is joined, running heads and page numbers are furniture', () => {
    const dir = tempFiles({ 'p-1.xml': page1, 'p-2.xml': page2 });
    const r = stitchSync(dir);
    checkInvariants(r, loadInput(dir));
    const text = (ref: string) => r.document.elements.find((e) => e.ref === ref)?.text;
    expect(r.structure.furniture.map(text).sort()).toEqual(['1', '2', 'Harbour Survey', 'Harbour Survey']);
    expect(r.structure.headings.map((h) => text(h.ref))).toEqual(['1 Method']);
  });

  it('types short blocks set larger than the body as titles when no region is labelled a heading', () => {
    const body = (y: number) =>
      `<TextRegion>${rect(100, y, 900, y + 75)}${textLine([100, y, 900, y + 30], 'Body text runs the full width of the column here and on')}${textLine([100, y + 45, 500, y + 75], 'and stops.')}</TextRegion>`;
    const untyped = pcGts(
      `<TextRegion>${rect(100, 100, 600, 160)}${textLine([100, 100, 600, 160], 'Results')}</TextRegion>${body(200)}${body(300)}`,
    );
    const doc = read(join(tempFiles({ 'u.xml': untyped }), 'u.xml')).document;
    expect(doc.elements.map((e) => e.type)).toEqual(['title', 'text', 'text']);
  });

  it('refuses malformed input with one line naming the file and where', () => {
    const cases: Array<[string, string, RegExp, number]> = [
      ['nosize.xml', pcGts('', 'imageHeight="1400"'), /nosize\.xml#\/Page\/0: Page has no positive imageWidth/, 6],
      [
        'badcoords.xml',
        pcGts('<TextRegion><Coords points="1,2 x,4"/></TextRegion>'),
        /badcoords\.xml#\/Page\/0\/TextRegion\/0\/Coords\/0: Coords points are not numbers/,
        6,
      ],
      ['cut.xml', pcGts('<TextRegion>').slice(0, -20), /cut\.xml: invalid XML: /, 4],
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
      expect((error as DocstitchError).exitCode, name).toBe(code);
    }
  });

  it('is the only adapter that claims PAGE XML', () => {
    const input = loadInput(join(tempFiles({ 'p.xml': page1 }), 'p.xml'));
    for (const a of adapters) expect(a.detect(input), a.name).toBe(a.name === 'page-xml' ? 0.95 : 0);
  });
});
