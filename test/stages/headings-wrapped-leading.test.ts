// A heading wrapped to two lines is as tall as the one-line heading its lines match (headings/sizes.ts measureSizes:
// the lines' pitch holds their leading, so the box's height over its lines overstates the size). Hand-made after a
// fresh book chapter as Docling gives it (session 23, head9's set; dev source "frontends: aptitude, synaptic"): the
// title 0.0287 tall, chapters 0.0344, the `\section` "0.1 Managing Recommendations, Suggestions and Tasks" wrapped in
// a 0.052 box (0.0258 a line), the `\section*` "Better Solver Algorithms" one line of 0.0239. The wrapped section
// measured 0.0258 joined the title's size class and the starred one fell a class below it: a level too deep.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const LEFT = 0.219;
const RIGHT = 0.853;
const BODY = 'The aptitude program lets its user browse the list of packages and choose the ones to install or remove.';

function chapter(): Spec[] {
  const specs: Spec[] = [];
  let page = 0;
  let y = 0;
  const open = () => {
    page++;
    y = 0.24;
  };
  const add = (type: Spec['type'], text: string, x0: number, x1: number, h: number) => {
    specs.push({ page, type, text, bbox: [x0, y, x1, y + h] });
    y += h + 0.015;
  };
  const body = (n = 3) => {
    for (let i = 0; i < n; i++) add('text', BODY, LEFT, RIGHT, 0.05);
  };
  open();
  add('title', 'Frontends: aptitude, synaptic', 0.263, 0.663, 0.0287);
  open();
  add('title', 'aptitude', 0.145, 0.312, 0.0344);
  body();
  add('title', '0.1 Managing Recommendations, Sugges-tions and Tasks', LEFT, RIGHT, 0.052);
  body();
  open();
  add('title', 'Better Solver Algorithms', LEFT, 0.569, 0.0239);
  body();
  open();
  add('title', 'Chapter 1', 0.145, 0.346, 0.0344);
  body();
  open();
  add('title', 'Acknowledgments', 0.145, 0.501, 0.0344);
  body(1);
  return specs;
}

describe('a wrapped heading measured by the one-line heading its lines match', () => {
  it('the starred section after the wrapped numbered one is its sibling', () => {
    const specs = chapter();
    const r = headingsOf(makeDoc(specs));
    const level = (t: string) => r.levels.get(specs.findIndex((s) => s.text === t));
    expect(level('Frontends: aptitude, synaptic')).toBe(1);
    expect(level('aptitude')).toBe(2);
    expect(level('0.1 Managing Recommendations, Sugges-tions and Tasks')).toBe(3);
    expect(level('Better Solver Algorithms')).toBe(3);
    expect(level('Chapter 1')).toBe(2);
  });
});
