// Caption labels as the float-habits writer and real layout models give them, typed text (hand-made pages): Roman
// figure and table numbers ("Fig. II", "TABLE IV"), CJK labels with no space ("图1", "表1"), a caption of three lines
// typed text, and "Algorithm 1" / "Listing 2" over a code block — a code caption stays with its code: it is never a
// table's or a picture's caption.
import { describe, expect, it } from 'vitest';
import type { BBox, BlockType } from '../../src/model/element.js';
import { resolveEngineOptions } from '../../src/options.js';
import { reconstruct } from '../../src/pipeline.js';
import { makeDoc, type Spec } from '../helpers/doc.js';

const run = (specs: Spec[]) => reconstruct(makeDoc(specs), resolveEngineOptions({}));
const links = (specs: Spec[]) => run(specs).captions.links.map((l) => [l.caption, l.target]);
const el = (type: BlockType, text: string, bbox: BBox, html?: string): Spec => ({
  page: 1,
  type,
  text,
  bbox,
  ...(html ? { html } : {}),
});
const TABLE = '<table><tr><td>Term</td><td>Description</td></tr><tr><td>deb</td><td>a binary package</td></tr></table>';
const intro = el('text', 'The components are described in this section and shown below.', [0.1, 0.08, 0.9, 0.11]);
const after = el('text', 'Body text after the float closes the page with a sentence.', [0.1, 0.7, 0.9, 0.73]);

describe('caption labels typed text', () => {
  it.each([
    ['Fig. II: Two states of the configuration discussed in this section.'],
    ['图2：本节讨论的配置的两种状态。'],
  ])('links %s under its picture', (caption) => {
    const specs = [intro, el('image', '', [0.3, 0.15, 0.7, 0.4]), el('text', caption, [0.2, 0.42, 0.8, 0.44]), after];
    expect(links(specs)).toEqual([[2, 1]]);
  });

  it.each([['TABLE IV: Glossary of the terms'], ['表1 本文所用术语一览']])('links %s over its table', (caption) => {
    const specs = [
      intro,
      el('text', caption, [0.2, 0.13, 0.8, 0.15]),
      el('table', '', [0.2, 0.16, 0.8, 0.4], TABLE),
      after,
    ];
    expect(links(specs)).toEqual([[1, 2]]);
  });

  it('links a caption of three lines typed text', () => {
    const caption =
      'Table 3: Glossary of the terms used in this text, with a short description of each taken from the sections ' +
      'where it is introduced; the table runs over several pages and repeats its head row on each of them, as ' +
      'long tables in this document do.';
    const specs = [
      intro,
      el('text', caption, [0.2, 0.12, 0.8, 0.17]),
      el('table', '', [0.2, 0.18, 0.8, 0.4], TABLE),
      after,
    ];
    expect(links(specs)).toEqual([[1, 2]]);
  });

  it.each([['Algorithm 1 Procedure described in this section'], ['Listing 2: The configuration file']])(
    'never gives %s over a code block to the table under the code',
    (caption) => {
      const specs = [
        intro,
        el('text', caption, [0.1, 0.12, 0.6, 0.14]),
        el('code', 'Require: n ≥ 1\n1: i ← 0\n2: while i < n do', [0.1, 0.15, 0.7, 0.3]),
        el('table', '', [0.2, 0.33, 0.8, 0.5], TABLE),
        after,
      ];
      const r = run(specs);
      expect(r.captions.links.filter((l) => l.caption === 1).map((l) => l.target)).not.toContain(3);
      expect(r.headings.levels.has(1)).toBe(false);
    },
  );
});
