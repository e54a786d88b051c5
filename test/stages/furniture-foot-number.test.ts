// A page number set apart (furniture/foot-number.ts): an article's first page numbered at its foot, centred and
// above the bottom band, while the other pages carry theirs in the running head (LaTeX's `plain` style on an
// opening page; the DeepSeek-OCR corpus reads every number as a text block, no label to lean on). Hand-made pages
// with the corpus's boxes; controls: a number out of the sequence, one that is not the page's lowest element, one
// off-centre, and the rule's evidence weighed at nothing.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const body = (page: number, bottom = 0.835): Spec => ({
  page,
  type: 'text',
  text: `Body paragraph on page ${page}, long enough to be a paragraph of its own and nothing like a running line.`,
  bbox: [0.205, 0.16, 0.792, bottom],
});

function article(first: Spec[], weights: Record<string, number> = {}) {
  const specs: Spec[] = [body(1), ...first];
  for (let p = 2; p <= 4; p++) {
    specs.push({ page: p, type: 'text', text: '3 DESCRIPTION', bbox: [0.205, 0.12, 0.359, 0.135] });
    specs.push({ page: p, type: 'text', text: String(p), bbox: [0.783, 0.12, 0.792, 0.135] });
    specs.push(body(p));
  }
  const i = input(makeDoc(specs, 4));
  i.options.weights.furniture = { ...i.options.weights.furniture, ...weights };
  const r = detectFurniture(i);
  return (page: number, text: string) => {
    const el = i.doc.elements.find((e) => e.page === page && e.text === text);
    return r.decisions.find((d) => d.place.refs.includes(el?.ref ?? '-') && d.accepted)?.ruleId;
  };
}

const number = (text: string, x = 0.494, y = 0.871): Spec => ({
  page: 1,
  type: 'text',
  text,
  bbox: [x, y, x + 0.01, y + 0.015],
});

describe('a first page numbered at its foot, the others in the running head', () => {
  it('takes the centred number in the sequence for the page number', () => {
    const ruleOf = article([number('1')]);
    expect(ruleOf(1, '1')).toBe('furniture.page-number-sequence');
    expect(ruleOf(3, '3')).toBe('furniture.page-number-sequence'); // the others, as before
  });

  it('leaves a number out of the sequence, one with text under it, and one off-centre in the body', () => {
    expect(article([number('7')])(1, '7')).toBeUndefined();
    const under: Spec = {
      page: 1,
      type: 'text',
      text: 'A last line of body under it.',
      bbox: [0.205, 0.9, 0.792, 0.915],
    };
    expect(article([number('1'), under])(1, '1')).toBeUndefined();
    expect(article([number('1', 0.2)])(1, '1')).toBeUndefined();
  });

  it('weighs its evidence: with the sequence counted against it, the number stays body', () => {
    expect(article([number('1')], { 'page-sequence': -5 })(1, '1')).toBeUndefined();
  });
});
