// Headings told by the size of a numbered kind of heading (src/stages/headings/kind-size.ts, `size-of-numbered-kind`;
// src/stages/headings/size-promote.ts, `promoted-heading-size`). Hand-made after an article paper of the heading
// corpora (session 28, head14; train source, Debian packaging tips) as Docling, Textract and PaddleOCR give it: the
// sections set at 0.020 of the page, the subsections at 0.0143 (1.1 × the 0.013 body lines, inside the size tolerance),
// a `\subsection*` "uupdate + tarball" and a lone name "uscan" as tall as "3.1 gbp" were dropped as body-size lead-ins,
// and a section PaddleOCR typed as text ("Skipped uploads", its number lost) was not taken at all.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const SECTION = 0.02;
const SUBSECTION = 0.0143;

/** A one-column page (left margin 0.18, up to 0.63 wide), each line as wide as its text at its height. */
function columnPage() {
  const specs: Spec[] = [];
  let [y, page] = [0.05, 1];
  const add = (type: Spec['type'], text: string, height: number, below: number) => {
    if (y > 0.85) [page, y] = [page + 1, 0.05];
    specs.push({ page, type, text, bbox: [0.18, y, 0.18 + Math.min(0.63, text.length * height * 0.62), y + height] });
    y += height + below;
  };
  const body = () => {
    add('text', 'One line of body text in the column.', 0.013, 0.01);
    add('text', 'One line of body text in the column.', 0.013, 0.018);
  };
  return { specs, add, body };
}

function paper(): Spec[] {
  const { specs, add, body } = columnPage();
  add('title', 'Tips for Debian Packaging', 0.026, 0.03);
  const heads: [Spec['type'], string, number][] = [
    ['title', '1 Comparing packages', SECTION],
    ['title', '2 New upstream release', SECTION],
    ['title', '2.1 Using git-buildpackage', SUBSECTION],
    ['title', 'uupdate + tarball', SUBSECTION],
    ['title', 'uscan', SUBSECTION],
    ['title', '2.2 gbp + uscan', SUBSECTION],
    ['title', 'A note on versions', 0.013],
    ['text', 'Skipped uploads', SECTION],
    ['text', 'See the manual for the details.', SECTION],
    ['text', '√ ∥x − y∥ ≤ ϵ k (2.1)', SECTION],
    ['title', '3 UTF-8 conversion', SECTION],
  ];
  for (const [type, text, height] of heads) {
    add(type, text, height, 0.012);
    body();
  }
  return specs;
}

function levels(weights: Record<string, number> = {}) {
  const specs = paper();
  const r = headingsOf(makeDoc(specs), { weights: { headings: weights } });
  const at = (t: string) => specs.findIndex((s) => s.text === t);
  const features = (t: string) => r.decisions.find((x) => x.ids[0] === at(t))?.features?.map((f) => f.id) ?? [];
  return { level: (t: string) => r.levels.get(at(t)), features };
}

describe('an unnumbered title at the very size of a numbered kind', () => {
  it('is a heading of that kind, a lone name too; a bold lead-in at the body size is not', () => {
    const { level, features } = levels();
    expect(level('2.1 Using git-buildpackage')).toBe(3);
    expect(level('uupdate + tarball')).toBe(3);
    expect(level('uscan')).toBe(3);
    expect(features('uupdate + tarball')).toContain('headings.size-of-numbered-kind');
    expect(level('A note on versions')).toBeUndefined();
  });

  it('kinds set alike tell no kind: sections a few per cent taller than the subsections leave it to the size rules', () => {
    const sections = new Set(['1 Comparing packages', '2 New upstream release', '3 UTF-8 conversion']);
    const specs = paper().map((x) =>
      x.bbox && sections.has(x.text ?? '')
        ? { ...x, bbox: [x.bbox[0], x.bbox[1], x.bbox[2], x.bbox[1] + 0.015] as Spec['bbox'] }
        : x,
    );
    const r = headingsOf(makeDoc(specs));
    const at = specs.findIndex((x) => x.text === 'uupdate + tarball');
    expect(r.levels.get(at)).toBeUndefined();
  });

  it('with the rule off, both are dropped as body-size text', () => {
    const { level } = levels({ 'size-of-numbered-kind': 0 });
    expect(level('uupdate + tarball')).toBeUndefined();
    expect(level('uscan')).toBeUndefined();
    expect(level('2.1 Using git-buildpackage')).toBe(3);
  });
});

describe('one line of text as tall as the typed sections', () => {
  it('is a section the parser typed as text; a sentence at that size is not', () => {
    const { level, features } = levels();
    expect(level('Skipped uploads')).toBe(2);
    expect(features('Skipped uploads')).toContain('headings.promoted-heading-size');
    expect(level('See the manual for the details.')).toBeUndefined();
    expect(level('√ ∥x − y∥ ≤ ϵ k (2.1)')).toBeUndefined(); // a display formula's line
  });

  it('with the rule off it stays text', () => {
    expect(levels({ 'promoted-heading-size': 0 }).level('Skipped uploads')).toBeUndefined();
  });

  it('an unnumbered line at that size before the first typed section (an author) is not taken', () => {
    const { specs, add, body } = columnPage();
    add('title', 'Tips for Debian Packaging', 0.026, 0.01);
    add('text', 'Jane Maintainer', SECTION, 0.03);
    for (const t of ['1 debdiff', '2 dget', '3 bts']) {
      add('title', t, SECTION, 0.012);
      body();
    }
    const r = headingsOf(makeDoc(specs));
    expect(r.levels.get(specs.findIndex((s) => s.text === 'Jane Maintainer'))).toBeUndefined();
    expect(r.levels.get(specs.findIndex((s) => s.text === '2 dget'))).toBe(2);
  });
});
