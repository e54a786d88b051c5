// A section number set apart from its words on one line (`number-apart`, headings/number-apart.ts), on hand-made pages
// (our own words) modelled on the heading corpora's layout-model cuts: "B.3" | "Customized rules" in a book's
// appendix, "第二章" | "总则" in a legal text, "2.4" typed text beside "Options" typed a title. The number is no
// heading and the words take its numbering. Controls: the weights at 0 keep the number a heading and the words
// unnumbered; a label over its name on the next line ("Chapter 1" / "debdiff") is a two-line opener, left to labels.ts,
// and so is a label in words without boxes, while a number in symbols right before its words is theirs.
import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/model/element.js';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY = 'The rules file runs the helper commands in order, each reading the settings the package gives it.';
const at = (y: number, x0 = 0.1, x1 = 0.6): BBox => [x0, y, x1, y + 0.02];
const title = (text: string, y: number, x0?: number, x1?: number): Spec => ({
  page: 1,
  type: 'title',
  text,
  bbox: at(y, x0, x1),
});
const body = (y: number): Spec => ({ page: 1, type: 'text', text: BODY, bbox: [0.1, y, 0.9, y + 0.08] });

function run(specs: Spec[], weights: Record<string, number> = {}) {
  const doc = makeDoc(specs);
  const r = headingsOf(doc, { weights: { headings: weights } });
  const index = (t: string) => doc.elements.findIndex((e) => e.text === t);
  return { level: (t: string) => r.levels.get(index(t)), demoted: (t: string) => r.demoted.has(index(t)) };
}

const appendix: Spec[] = [
  title('B.1 Basics', 0.1),
  body(0.13),
  title('B.2 Simple rules', 0.25),
  body(0.28),
  title('B.3', 0.4, 0.1, 0.14),
  title('Customized rules', 0.4, 0.16, 0.45),
  body(0.43),
  title('B.3.1 Overrides', 0.55),
  body(0.58),
];

describe('a section number set apart beside its words', () => {
  it('is no heading, and the words take its numbering', () => {
    const r = run(appendix);
    expect(r.demoted('B.3')).toBe(true);
    expect(r.level('Customized rules')).toBe(r.level('B.2 Simple rules'));
    expect(r.level('B.3.1 Overrides')).toBe(r.level('B.2 Simple rules')! + 1);
  });

  it('control: the weights at 0 keep the number a heading', () => {
    const r = run(appendix, { 'number-apart': 0 });
    expect(r.demoted('B.3')).toBe(false);
    expect(r.level('B.3')).toBeDefined();
  });

  it('reads a number cut at its own inner stop ("A." | "1 Writing …") as one number', () => {
    const r = run([
      title('A Policy modules', 0.05),
      body(0.08),
      title('A.', 0.2, 0.1, 0.13),
      title('1 Writing a file', 0.2, 0.15, 0.5),
      body(0.23),
      title('A.2 Writing a policy', 0.35),
      body(0.38),
      title('A.2.1 Its interface', 0.5),
      body(0.53),
    ]);
    expect(r.demoted('A.')).toBe(true);
    expect(r.level('A.2 Writing a policy')).toBe(r.level('1 Writing a file'));
    expect(r.level('A.2.1 Its interface')).toBe(r.level('1 Writing a file')! + 1);
  });

  it('takes a number typed text too', () => {
    const specs: Spec[] = [
      title('2 Usage', 0.1),
      body(0.13),
      title('2.3 Files', 0.25),
      body(0.28),
      title('2.3.1 Names', 0.35),
      body(0.38),
      { page: 1, type: 'text', text: '2.4', bbox: at(0.5, 0.1, 0.14) },
      title('Options', 0.5, 0.16, 0.3),
      body(0.53),
      title('2.4.1 Short options', 0.65),
      body(0.68),
    ];
    const r = run(specs);
    expect(r.level('Options')).toBe(r.level('2.3 Files'));
    expect(r.level('2.4.1 Short options')).toBe(r.level('Options')! + 1);
    const off = run(specs, { 'number-apart': 0 });
    expect(off.level('Options')).not.toBe(off.level('2.3 Files'));
  });

  it('reads "第二章" beside its name as the chapter number', () => {
    const specs: Spec[] = [
      title('第一章', 0.1, 0.1, 0.2),
      title('总则', 0.1, 0.22, 0.4),
      body(0.13),
      title('第二章', 0.4, 0.1, 0.2),
      title('适用范围', 0.4, 0.22, 0.45),
      body(0.43),
    ];
    const r = run(specs);
    expect(r.demoted('第一章')).toBe(true);
    expect(r.demoted('第二章')).toBe(true);
    expect(r.level('总则')).toBeDefined();
    expect(r.level('适用范围')).toBe(r.level('总则'));
  });

  it('leaves the words unnumbered where the document writes its numbers after the words', () => {
    // every heading of one size: only the numbers after the words rank them
    const top = (t: string, y: number, x0 = 0.1, x1 = 0.6): Spec => ({
      ...title(t, y, x0, x1),
      bbox: [x0, y, x1, y + 0.024],
    });
    const sub = (t: string, y: number): Spec => ({ ...title(t, y), bbox: [0.1, y, 0.6, y + 0.024] });
    const line = (y: number): Spec => ({ ...body(y), bbox: [0.1, y, 0.9, y + 0.028] });
    const specs: Spec[] = [
      { ...title('Claims for an epidemic under the accident cover', 0.01), bbox: [0.1, 0.01, 0.8, 0.05] },
      top('Introduction 1', 0.08),
      line(0.11),
      top('Current status 2', 0.2),
      sub('(1) The amended act', 0.25),
      line(0.28),
      sub('(2) The old act', 0.32),
      line(0.35),
      top('Improvements 3', 0.4),
      sub('(1) Review the rules', 0.45),
      line(0.48),
      sub('(2) Act on the policy', 0.6),
      line(0.63),
      top('4', 0.75, 0.1, 0.13),
      top('Closing remarks', 0.75, 0.16, 0.4),
      line(0.78),
    ];
    const r = run(specs);
    expect(r.demoted('4')).toBe(true);
    expect(r.level('Closing remarks')).toBe(r.level('Improvements 3'));
    expect(r.level('Improvements 3')).toBe(2);
    expect(r.level('(2) Act on the policy')).toBe(3);
  });

  it("keeps a cover page's title whose number stands apart beside it the document title", () => {
    const page = (n: number, t: Spec) => ({ ...t, page: n });
    const specs: Spec[] = [
      title('1.6.', 0.3, 0.1, 0.2),
      title('Lifecycle of a Release', 0.3, 0.22, 0.8),
      { page: 1, type: 'text', text: 'The Administrator Handbook', bbox: at(0.4) },
      page(2, title('Chapter 1 1.6.1. The Experimental Status', 0.1)),
      page(2, body(0.13)),
      page(3, title('Chapter 2 1.6.2. The Unstable Status', 0.1)),
      page(3, body(0.13)),
    ];
    const r = run(specs);
    expect(r.demoted('1.6.')).toBe(true);
    expect(r.level('Lifecycle of a Release')).toBe(1);
    expect(r.level('Chapter 1 1.6.1. The Experimental Status')).toBe(2);
  });

  it('control: a label over its name on the next line is a two-line opener', () => {
    const r = run([title('Chapter 1', 0.1, 0.1, 0.3), title('debdiff', 0.14, 0.1, 0.3), body(0.2)]);
    expect(r.demoted('Chapter 1')).toBe(false);
  });

  it('without boxes takes a number in symbols right before its words, not a label in words', () => {
    const bare = appendix.map((s) => ({ ...s, bbox: null }));
    const r = run(bare);
    expect(r.demoted('B.3')).toBe(true);
    expect(r.level('Customized rules')).toBe(r.level('B.2 Simple rules'));
    const chapter: Spec[] = [
      { page: 1, type: 'title', text: '第一章' },
      { page: 1, type: 'title', text: '总则' },
      { page: 1, type: 'text', text: BODY },
      { page: 1, type: 'title', text: '第二章' },
      { page: 1, type: 'title', text: '适用范围' },
      { page: 1, type: 'text', text: BODY },
    ];
    expect(run(chapter).demoted('第一章')).toBe(false);
  });
});
