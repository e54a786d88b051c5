import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

function levels(specs: Spec[]) {
  const doc = makeDoc(specs);
  const r = headingsOf(doc);
  return { levels: doc.elements.map((e) => r.levels.get(e.id)), result: r };
}

// Hand-made, after LaTeX's report class as MinerU's content_list_v2 gives it (latex-styles train, ch06): the parser
// puts every heading but the title at level 2, the numbered chapters and the `\section*` under one of them alike;
// the chapters are set at 0.034 of the page's height a line, the section at 0.024, the body at 0.017.
function report(sectionHeight: number): Spec[] {
  const specs: Spec[] = [];
  let y = 0.05;
  let page = 1;
  const add = (text: string, height: number, level?: number) => {
    if (y > 0.85) [page, y] = [page + 1, 0.05];
    const type = level === undefined ? 'text' : 'title';
    const bbox: Spec['bbox'] = [0.18, y, 0.18 + Math.min(0.63, text.length * 0.012), y + height];
    specs.push({ page, type, text, bbox, ...(level === undefined ? {} : { hints: { level } }) });
    y += height + 0.02;
  };
  const body = () => {
    for (let k = 0; k < 3; k++) add('One line of body text in the column.', 0.017);
  };
  add('debmake options', 0.029, 1);
  body();
  add('Chapter 1. Shortcut options', 0.034, 2);
  body();
  add('Python module', sectionHeight, 2);
  body();
  add('Chapter 2. Snapshot upstream tarball', 0.034, 2);
  body();
  add('Chapter 3. debmake -cc', 0.034, 2);
  body();
  return specs;
}

describe('a level hint the size contradicts names no numbered kind', () => {
  it('an unnumbered heading at the chapters’ level hint, set clearly smaller than they are, is below them', () => {
    const specs = report(0.024);
    const { levels: l, result } = levels(specs);
    const at = (t: string) => specs.findIndex((s) => s.text === t);
    expect(l[at('Chapter 1. Shortcut options')]).toBe(2);
    expect(l[at('Python module')]).toBe(3);
    expect(l[at('Chapter 2. Snapshot upstream tarball')]).toBe(2);
    const d = result.decisions.find((x) => x.ids[0] === at('Python module'));
    expect(d?.features?.map((f) => f.id)).not.toContain('headings.hint-of-numbered');
  });

  it('set at about their size (a box estimate a little off), the hint still names their kind', () => {
    const specs = report(0.028);
    const { levels: l, result } = levels(specs);
    const at = (t: string) => specs.findIndex((s) => s.text === t);
    expect(l[at('Python module')]).toBe(2);
    const d = result.decisions.find((x) => x.ids[0] === at('Python module'));
    expect(d?.features?.map((f) => f.id)).toContain('headings.hint-of-numbered');
  });
});
