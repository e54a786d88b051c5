import { describe, expect, it } from 'vitest';
import { columnPage } from '../helpers/column-page.js';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

function levels(specs: Spec[], weight?: number) {
  const doc = makeDoc(specs);
  const weights = weight === undefined ? {} : { weights: { headings: { 'space-below-of-numbered': weight } } };
  const r = headingsOf(doc, weights);
  return { levels: doc.elements.map((e) => r.levels.get(e.id)), result: r };
}

// Hand-made, after elsarticle as MinerU's content list gives it (latex-full train, ch05 and ch07): sections and
// subsections both at the body size and in mixed case (bold and italic in the PDF, which the content list does not
// say), a section leaving about 12 units of space (of 1000 a page) before its text, a subsection about 4.
// "Upstream git repository" and "Snapshot upstream tarball" are \subsection*, "CDBS" a \section*.
function elsarticle(): Spec[] {
  const { specs, add, body } = columnPage();
  add('title', 'Tips', 0.03, 0.023);
  body();
  const section = (t: string) => add('title', t, 0.013, 0.012);
  const subsection = (t: string) => add('title', t, 0.013, 0.004);
  for (const [s, sub] of [
    ['1. debdiff', '1.1. gbp import-dscs'],
    ['2. dgit', '2.1. uupdate + tarball'],
    ['3. New upstream release', '3.1. uscan'],
  ]) {
    section(s);
    body();
    subsection(sub);
    body();
  }
  subsection('Upstream git repository');
  body();
  section('4. chroot');
  body();
  subsection('Snapshot upstream tarball');
  body();
  section('CDBS');
  body();
  section('5. Upload orig.tar.gz');
  body();
  return specs;
}

describe('the space below a body-size heading tells its numbered kind (space-below-of-numbered)', () => {
  it('an unnumbered heading leaving the subsections’ space below is a subsection, the sections’ a section', () => {
    const specs = elsarticle();
    const { levels: l, result } = levels(specs);
    const at = (t: string) => specs.findIndex((s) => s.text === t);
    expect(l[at('1. debdiff')]).toBe(2);
    expect(l[at('1.1. gbp import-dscs')]).toBe(3);
    expect(l[at('Upstream git repository')]).toBe(3);
    expect(l[at('Snapshot upstream tarball')]).toBe(3);
    expect(l[at('CDBS')]).toBe(2);
    const d = result.decisions.find((x) => x.ids[0] === at('Snapshot upstream tarball'));
    expect(d?.features?.map((f) => f.id)).toContain('headings.space-below-of-numbered');
  });

  it('off (weight 0), the case habit keys them all as the first numbered kind: top sections', () => {
    const specs = elsarticle();
    const { levels: l } = levels(specs, 0);
    const at = (t: string) => specs.findIndex((s) => s.text === t);
    expect(l[at('Snapshot upstream tarball')]).toBe(2);
    expect(l[at('CDBS')]).toBe(2);
  });

  it('kinds whose spaces overlap tell nothing: the case habit stands', () => {
    // The same document with every heading but the title leaving the same space: no kind is told by its space.
    const specs = elsarticle().map((s, i, all) => {
      const next = all[i + 1];
      if (i === 0 || s.type !== 'title' || !s.bbox || !next?.bbox || next.page !== s.page) return s;
      return { ...s, bbox: [s.bbox[0], next.bbox[1] - 0.013 - 0.01, s.bbox[2], next.bbox[1] - 0.01] as Spec['bbox'] };
    });
    const { levels: l, result } = levels(specs);
    const at = (t: string) => specs.findIndex((s) => s.text === t);
    expect(l[at('Snapshot upstream tarball')]).toBe(2);
    const d = result.decisions.find((x) => x.ids[0] === at('Snapshot upstream tarball'));
    expect(d?.features?.map((f) => f.id)).not.toContain('headings.space-below-of-numbered');
  });
});
