import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

function levels(specs: Spec[]) {
  const doc = makeDoc(specs);
  const r = headingsOf(doc);
  return { levels: doc.elements.map((e) => r.levels.get(e.id)), result: r };
}

describe('the body-size habit keys a case style by the top ladder', () => {
  it('an unnumbered mixed-case heading under roman capitals joins the lettered subsections, not the appendices', () => {
    // Hand-made, after revtex (aps) as dots.ocr gives it with line heights from the source PDF (latex-full dev): every
    // numbered head is set at the body size, the sections in capitals ("IX. DGIT"), the subsections not ("A. uscan");
    // "Upstream git repository" is a \subsection*. "Appendix A: Other distros" is numbered too (decimal, rank 1),
    // and rank 1 of another ladder is no shallower than "A." (outline, rank 2): ranks compare only within a ladder.
    const specs: Spec[] = [];
    let y = 0.05;
    let page = 1;
    const add = (type: Spec['type'], text: string, height: number) => {
      if (y > 0.85) [page, y] = [page + 1, 0.05];
      specs.push({ page, type, text, bbox: [0.1, y, 0.1 + Math.min(0.8, text.length * 0.012), y + height] });
      y += height + 0.02;
    };
    const body = () => {
      for (let k = 0; k < 2; k++) add('text', 'One line of body text in the column.', 0.013);
    };
    add('title', 'Tips', 0.03);
    body();
    for (const [section, sub] of [
      ['I. DEBDIFF', 'A. gbp import-dscs'],
      ['II. DGIT', 'A. Snapshot upstream tarball'],
      ['III. NEW UPSTREAM RELEASE', 'A. uupdate + tarball'],
    ]) {
      add('title', section, 0.013);
      body();
      add('title', sub, 0.013);
      body();
    }
    add('title', 'Upstream git repository', 0.013);
    body();
    add('title', 'IV. CDBS', 0.013);
    body();
    add('title', 'Appendix A: Advanced packaging', 0.013);
    body();
    add('title', 'Appendix B: Other distros', 0.013);
    body();
    const { levels: l, result } = levels(specs);
    const at = (t: string) => specs.findIndex((s) => s.text === t);
    const upstream = at('Upstream git repository');
    expect(l[upstream]).toBe(3);
    expect(l[at('A. uupdate + tarball')]).toBe(3);
    expect(l[at('IV. CDBS')]).toBe(2);
    expect(l[at('Appendix B: Other distros')]).toBe(2);
    const d = result.decisions.find((x) => x.ids[0] === upstream);
    expect(d?.features?.map((f) => f.id)).toContain('headings.body-size-habit');
  });
});
