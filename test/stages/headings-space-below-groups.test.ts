// Numbered kinds whose spaces below do not lie apart are one group, and the top keywords measure the top sections
// (src/stages/headings/space-below.ts, `space-below-groups`). Hand-made after a fresh elsarticle paper as dots.ocr
// gives it (session 21, head7; dev source "becoming a package maintainer"): every heading at the body size, a
// section leaving ~27 units (of 2339) before its text, a subsection 7–11, a subsubsection 5–6; one numbered section
// only ("1. Acceptance Process"), the rest starred: `\section*` "Learning to Make Packages", then its `\subsection*`s
// "Rules" and "Procedures" and the numbered "0.1. Tools" (the counter of a section without a number). The two
// subsections were read as top sections in all nine formats.
import { describe, expect, it } from 'vitest';
import { columnPage } from '../helpers/column-page.js';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

function paper(): Spec[] {
  const { specs, add, body } = columnPage();
  const heading = (t: string, below: number) => add('title', t, 0.013, below);
  add('title', 'Becoming a Package Maintainer', 0.019, 0.021);
  // The abstract: running text (300 characters or more) before the first section.
  add('text', `${'The packaging work of a Debian maintainer, step by step. '.repeat(6)}`, 0.07, 0.018);
  heading('Learning to Make Packages', 0.0115);
  body();
  heading('Rules', 0.0047);
  body();
  heading('Procedures', 0.0047);
  body();
  heading('0.1. Tools', 0.0034);
  body();
  for (const [t, below] of [
    ['0.1.1. devscripts', 0.0026],
    ['0.1.2. debhelper and dh-make', 0.0021],
    ['0.1.3. lintian', 0.0026],
  ] as const) {
    heading(t, below);
    body();
  }
  heading('1. Acceptance Process', 0.012);
  body();
  for (const [t, below] of [
    ['1.1. Prerequisites', 0.0047],
    ['1.2. Registration', 0.0047],
    ['1.3. Checking Skills', 0.003],
  ] as const) {
    heading(t, below);
    body();
  }
  heading('Acknowledgments', 0.012);
  body();
  heading('References', 0.011);
  body();
  return specs;
}

function levels(weights: Record<string, number> = {}) {
  const specs = paper();
  const r = headingsOf(makeDoc(specs), { weights: { headings: weights } });
  return (t: string) => r.levels.get(specs.findIndex((s) => s.text === t));
}

describe('spaces below in groups', () => {
  it("the starred subsections leave a subsection's space: below the starred section, beside 0.1", () => {
    const level = levels();
    expect(level('Learning to Make Packages')).toBe(2);
    expect(level('Rules')).toBe(3);
    expect(level('Procedures')).toBe(3);
    expect(level('0.1. Tools')).toBe(3);
    expect(level('0.1.1. devscripts')).toBe(4);
    expect(level('1. Acceptance Process')).toBe(2);
    expect(level('Acknowledgments')).toBe(2);
  });

  it('off, the overlapping subsection kinds tell nothing and the starred subsections stand at the top', () => {
    const level = levels({ 'space-below-groups': 0 });
    expect(level('Rules')).toBe(2);
  });
});
