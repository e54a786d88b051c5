// A paragraph the parser cut where nothing ends (src/stages/text-merge/parser-split.ts, caption-tail.ts): two text
// blocks, the second right under the first in its column and going on with its sentence, are one paragraph; a
// paragraph's tail nested in a table as its caption is the paragraph's, and no caption. Modelled on the real dev set
// (a DeepSeek-OCR insurance policy: "… tại thời điểm Người được bảo hiểm tử vong" | "trừ Khoản nợ …"; MinerU papers and
// a datasheet: "… a GPT2 model is unlikely to" | table_caption "“understand” it …") and the corpora's `--para-habits`.
import { describe, expect, it } from 'vitest';
import { linkCaptions } from '../../src/stages/captions.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import type { TextMergeWeights } from '../../src/weights/text-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

function run(specs: Spec[], weights: Partial<TextMergeWeights> = {}) {
  const i = input(makeDoc(specs));
  i.options.weights.textMerge = { ...i.options.weights.textMerge, ...weights };
  const furniture = detectFurniture(i);
  const text = mergeTextFragments(i, furniture);
  const captions = linkCaptions(i, furniture, new Set(text.groups.flat()));
  return { text, captions };
}

const first: Spec = {
  page: 1,
  type: 'text',
  text: 'The surrender value, if any, is paid on the date the insured person dies, less the policy loan and the',
  bbox: [0.2, 0.58, 0.79, 0.622],
};
const rest = (y: number, text = 'fees of any medical examination, and the contract then ends.'): Spec => ({
  page: 1,
  type: 'text',
  text,
  bbox: [0.2, y, 0.71, y + 0.016],
});

describe('a paragraph the parser cut inside its column (text-merge.parser-split)', () => {
  it('joins the next block right under it that goes on with the sentence', () => {
    const r = run([first, rest(0.632)]);
    expect(r.text.groups).toEqual([[0, 1]]);
    expect(r.text.decisions.find((d) => d.ruleId === 'text-merge.parser-split')?.confidence).toBeGreaterThan(0.9);
    // with the evidence weighed at nothing, the parser's two blocks stay two paragraphs
    expect(run([first, rest(0.632)], { 'parser-split': 0 }).text.groups).toEqual([]);
  });

  it('keeps apart a block that opens a sentence, one a display equation away, and one in another column', () => {
    const dies = {
      ...first,
      text: 'The surrender value, if any, is paid on the date on which the insured person dies',
    };
    expect(run([dies, rest(0.632, 'Fees of any medical examination are paid by the insurer.')]).text.groups).toEqual(
      [],
    );
    // after a word no sentence ends with, a capital may be a name's: the sentence goes on where the next block stands
    // as close as a line does, not where it is set off as a note at the column's foot may be
    const name = 'Fund’s fees for any medical examination.';
    expect(run([first, rest(0.625, name)]).text.groups).toEqual([[0, 1]]);
    expect(run([first, rest(0.632, name)]).text.groups).toEqual([]);
    // the room of an equation the parser left out between them
    expect(run([first, rest(0.68)]).text.groups).toEqual([]);
    expect(run([first, { ...rest(0.632), bbox: [0.52, 0.632, 0.9, 0.648] }]).text.groups).toEqual([]);
  });

  it('keeps a note set smaller under a paragraph apart from it (the PDF sizes both)', () => {
    // ctexart × MinerU with --pdf: a paragraph cut at its column's foot, then the rest of a note begun on the page
    // before, right under it in the note's smaller type
    const pdf = (fontSize: number) => ({ pdf: { textLayer: true, fontSize, match: 1 } });
    const body = { ...first, hints: pdf(11.96) };
    expect(run([body, { ...rest(0.632), hints: pdf(9.96) }]).text.groups).toEqual([]);
    expect(run([body, { ...rest(0.632), hints: pdf(11.96) }]).text.groups).toEqual([[0, 1]]);
    // a size from lines the element's text did not match is not weighed
    expect(
      run([body, { ...rest(0.632), hints: { pdf: { textLayer: true, fontSize: 9.96, match: 0.3 } } }]).text.groups,
    ).toEqual([[0, 1]]);
  });

  it('keeps a paragraph that ends on its stop apart from the next', () => {
    const ended = { ...first, text: 'The surrender value, if any, is paid on the date the insured person dies.' };
    expect(run([ended, rest(0.632)]).text.groups).toEqual([]);
  });
});

describe("a paragraph's tail nested in a table as its caption (text-merge.caption-tail)", () => {
  const para: Spec = {
    page: 7,
    type: 'text',
    text: 'Given the linguistic complexity of the meta prompt, a small model is unlikely to',
    bbox: [0.11, 0.71, 0.49, 0.92],
  };
  const tail: Spec = {
    page: 7,
    type: 'table_caption',
    text: '“understand” it (Ouyang et al., 2022). Nor do we see a gain from instruction-tuned models.',
    bbox: null,
    hints: { nestedIn: '/3' },
  };
  const label: Spec = {
    page: 7,
    type: 'table_caption',
    text: 'Table 8: Separators found in training.',
    bbox: null,
    hints: { nestedIn: '/3' },
  };
  const table: Spec = { page: 7, type: 'table', text: 'Strategy Separator Score', bbox: [0.51, 0.15, 0.88, 0.24] };

  it('joins the tail to its paragraph, and only the labelled caption captions the table', () => {
    const r = run([para, tail, label, table]);
    expect(r.text.groups).toEqual([[0, 1]]);
    expect(r.text.decisions.find((d) => d.ruleId === 'text-merge.caption-tail')).toBeDefined();
    expect(r.captions.links.map((l) => l.caption)).toEqual([2]);
    const off = run([para, tail, label, table], { 'caption-tail': 0 });
    expect(off.text.groups).toEqual([]);
    expect(off.captions.links.map((l) => l.caption).sort()).toEqual([1, 2]);
  });

  it('leaves a caption that opens in capitals, or follows a finished paragraph, as the caption', () => {
    const own = { ...tail, text: 'Separators found by each strategy, with their scores.' };
    expect(run([para, own, table]).text.groups).toEqual([]);
    expect(run([{ ...para, text: `${para.text} understand it.` }, tail, table]).text.groups).toEqual([]);
  });
});

describe('an option list read as text (text-merge.parser-split)', () => {
  it("keeps an option's names apart from its description under them", () => {
    const names: Spec = {
      page: 1,
      type: 'text',
      text: '-f "firstname lastname", –fullname "firstname lastname"',
      bbox: [0.1, 0.3, 0.6, 0.315],
    };
    const description: Spec = { page: 1, type: 'text', text: 'set the fullname.', bbox: [0.1, 0.317, 0.4, 0.332] };
    expect(run([names, description]).text.groups).toEqual([]);
  });

  it('keeps list entries typed as text apart, the first left on "and"', () => {
    const e: Spec = {
      page: 1,
      type: 'text',
      text: '(e) free choice of the processor architectures the system runs on, and',
      bbox: [0.17, 0.719, 0.6, 0.734],
    };
    const f: Spec = {
      page: 1,
      type: 'text',
      text: '(f) free choice of UI languages.',
      bbox: [0.17, 0.736, 0.43, 0.751],
    };
    expect(run([e, f]).text.groups).toEqual([]);
  });
});
