// Captions and tables as layout models give them, on hand-made pages modelled on session 27's float-habits set (boxes
// as fractions of the page):
//  - a caption given as two blocks, its label line typed text and its rest typed text under it
//    (`captions.caption-part`, src/stages/captions/caption-pieces.ts): both linked to the table, and the rest no
//    paragraph's fragment (text-merge passes it over as a float's part);
//  - a table's note opened by a footnote marker typed text or list item right under it ("* Not available on every
//    architecture.": src/stages/captions/marked-notes.ts), linked as the table's note;
//  - a table's head row read as a text line over the table body (src/stages/table-merge/head-row-line.ts): the
//    caption above it still reaches its table, and over a continuation fragment it does not stop the table merge;
//  - a note line typed text right under a table between two fragments (src/stages/table-merge.ts): passed over, and
//    weighed as the first fragment's own footnote when it stands right under it.
import { describe, expect, it } from 'vitest';
import type { BBox, BlockType } from '../../src/model/element.js';
import { resolveEngineOptions } from '../../src/options.js';
import { reconstruct } from '../../src/pipeline.js';
import { makeDoc, type Spec } from '../helpers/doc.js';

const b = (x1: number, y1: number, x2: number, y2: number): BBox => [x1, y1, x2, y2];
const run = (specs: Spec[]) => reconstruct(makeDoc(specs), resolveEngineOptions({}));
const links = (specs: Spec[]) => run(specs).captions.links.map((l) => [l.caption, l.target]);

const ROWS = (from: number) =>
  `<table>${[0, 1, 2, 3].map((k) => `<tr><td>term ${from + k}</td><td>what term ${from + k} means in the text</td></tr>`).join('')}</table>`;
const table = (page: number, y1: number, y2: number, from = 1): Spec => ({
  page,
  type: 'table',
  html: ROWS(from),
  bbox: b(0.2, y1, 0.8, y2),
});
const text = (page: number, t: string, y1: number, y2: number, type: BlockType = 'text', x1 = 0.2, x2 = 0.8): Spec => ({
  page,
  type,
  text: t,
  bbox: b(x1, y1, x2, y2),
});

describe('captions: a caption given as two blocks', () => {
  // page 1 ends on a line that ends no sentence ("Default: true"), as a settings list does
  const page = (type: BlockType): Spec[] => [
    text(1, 'Option: Aptitude::Delete-Unused', 0.826, 0.838),
    text(1, 'Default: true', 0.84, 0.852, 'text', 0.2, 0.35),
    text(2, 'TABLE I: Glossary of the terms used in this text, with a', 0.1, 0.115, type),
    text(2, 'short description of each taken from the sections where it is introduced', 0.116, 0.131),
    table(2, 0.14, 0.4),
    text(2, 'A paragraph after the table opens here and says something else entirely.', 0.45, 0.5),
  ];

  it('links the rest the parser typed text to the table, with the label line', () => {
    for (const type of ['text', 'table_caption'] as const) {
      const got = links(page(type));
      expect(got).toContainEqual([2, 4]);
      expect(got).toContainEqual([3, 4]);
    }
  });

  it('the rest is no fragment of the line the page break left open (a settings list in two columns)', () => {
    const specs: Spec[] = [
      text(1, 'Description: If this option is true, aptitude removes packages no other package needs.', 0.77, 0.824),
      text(1, 'Option: Aptitude::Delete-Unused', 0.826, 0.838, 'text', 0.536, 0.754),
      text(1, 'Default: true', 0.84, 0.852, 'text', 0.536, 0.621),
      text(2, 'Table 1: Glossary of the terms used in this text, with', 0.105, 0.118, 'text', 0.087, 0.48),
      text(
        2,
        'a short description of each taken from the sections where it is introduced',
        0.119,
        0.146,
        'text',
        0.087,
        0.48,
      ),
      { ...table(2, 0.159, 0.401), bbox: b(0.091, 0.159, 0.481, 0.401) },
      text(2, 'Description: If this option is true, installed packages no longer required are removed.', 0.427, 0.48),
    ];
    specs[0].bbox = b(0.536, 0.77, 0.912, 0.824);
    specs[6].bbox = b(0.088, 0.427, 0.483, 0.48);
    const got = run(specs);
    expect(got.textMerges.groups.flat()).not.toContain(4);
    expect(got.captions.links.map((l) => [l.caption, l.target])).toContainEqual([4, 5]);
  });

  it('a paragraph set apart under a caption that ends a sentence is not its rest', () => {
    const specs = page('text');
    specs[2] = text(2, 'TABLE I: Glossary of the terms used in this text.', 0.1, 0.115);
    specs[3] = text(2, 'and here the body goes on below the caption', 0.13, 0.145);
    expect(links(specs)).not.toContainEqual([3, 4]);
  });
});

describe('captions: a note opened by a footnote marker under its table', () => {
  const page = (type: BlockType, gap = 0.005): Spec[] => [
    text(1, 'Table 3: Architectures and their support.', 0.1, 0.115, 'table_caption'),
    table(1, 0.12, 0.4),
    text(1, '* Not available on every architecture.', 0.4 + gap, 0.415 + gap, type, 0.2, 0.6),
    text(1, 'The next paragraph of the body text starts well below the table and its note.', 0.5, 0.55),
  ];

  it('links it to the table as its note, typed text or list item', () => {
    expect(links(page('text'))).toContainEqual([2, 1]);
    expect(links(page('list_item'))).toContainEqual([2, 1]);
  });

  it('not when it stands away from the table (a list item of the body)', () => {
    expect(links(page('list_item', 0.08))).not.toContainEqual([2, 1]);
  });
});

describe('tables: a head row read as a text line over the table body', () => {
  const pages = (): Spec[] => [
    text(1, 'Table 2: Glossary of the terms used in this text.', 0.1, 0.115, 'table_caption'),
    text(1, 'Term Description', 0.13, 0.145),
    table(1, 0.145, 0.9),
    text(2, 'Name Meaning', 0.08, 0.095),
    table(2, 0.095, 0.5, 5),
    text(2, 'A paragraph after the table opens here and says something else entirely.', 0.55, 0.6),
  ];

  it('the caption over it reaches its table', () => {
    expect(links(pages())).toContainEqual([0, 2]);
  });

  it('over a continuation fragment, the two fragments are still one table', () => {
    expect(run(pages()).tableMerges.groups).toContainEqual([2, 4]);
  });

  it('a code block of several lines over a table is no head row', () => {
    const specs = pages();
    specs[3] = text(2, 'clean:\n\t-rm -f src/hello\ndistclean: clean', 0.02, 0.09);
    expect(run(specs).tableMerges.groups).not.toContainEqual([2, 4]);
  });
});

describe('tables: a note line typed text between two fragments', () => {
  const noteBox: Spec = {
    page: 2,
    type: 'table',
    html: '<table><tr><td>Note</td></tr><tr><td>To match several substrings, use the name term once for each.</td></tr></table>',
    bbox: b(0.2, 0.08, 0.55, 0.2),
  };
  const pages = (note: string): Spec[] => [
    text(1, 'Table 2: Glossary of the terms used in this text.', 0.1, 0.115, 'table_caption'),
    table(1, 0.12, 0.9),
    noteBox,
    text(2, note, 0.2, 0.215, 'text', 0.2, 0.55),
    table(2, 0.25, 0.6, 5),
    text(2, 'A paragraph after the table opens here and says something else entirely.', 0.65, 0.7),
  ];

  it('a note of a box that floated between them stops no merge', () => {
    expect(run(pages('Note: values as shipped in the current stable release.')).tableMerges.groups).toContainEqual([
      1, 4,
    ]);
    expect(run(pages('* Not available on every architecture.')).tableMerges.groups).toContainEqual([1, 4]);
  });

  it('a source line right under the first fragment is its own footnote: the table ends there', () => {
    const specs: Spec[] = [
      text(1, 'Table 2: Glossary of the terms used in this text.', 0.1, 0.115, 'table_caption'),
      table(1, 0.12, 0.85),
      text(1, 'Source: the project documentation, compiled by the authors.', 0.855, 0.87),
      table(2, 0.1, 0.6, 5),
    ];
    expect(run(specs).tableMerges.groups).not.toContainEqual([1, 3]);
  });
});
