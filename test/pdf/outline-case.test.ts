// An outline entry and two headings of its words on its page: DBLaTeX (debmake-doc's PDF) repeats a section's
// title in capitals as the running head above it ("2.5. DEBIAN DOCUMENTATION" over "2.5 Debian documentation").
// Both match the entry "Debian documentation" without their numbers, and the running head came first in reading
// order: it took the entry's depth and the heading went without (the PDF as input: heading TEDS with the outline
// 0.57 against 0.86 without it, debmake-doc.en.pdf). The entry's own letter case settles the tie.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/element.js';
import { matchOutline } from '../../src/pdf/outline.js';
import type { PdfData } from '../../src/pdf/read.js';
import { makeDoc } from '../helpers/doc.js';

function page(titles: string[]) {
  const doc = makeDoc(
    titles.map((text, i) => ({ page: 1, type: 'title', text, bbox: [0.1, 0.05 + i * 0.1, 0.9, 0.07 + i * 0.1] })),
  );
  const pdf: PdfData = {
    path: 'running-heads.pdf',
    pageCount: 1,
    pages: [],
    outline: [{ title: 'Debian documentation', level: 2, page: 1, index: 0 }],
    warnings: [],
  };
  return { doc, pdf };
}

describe('an outline entry whose words a running head in capitals repeats', () => {
  it('names the heading in its own letter case, wherever the running head stands', () => {
    for (const titles of [
      ['2.5. DEBIAN DOCUMENTATION', '2.5 Debian documentation'],
      ['2.5 Debian documentation', '2.5. DEBIAN DOCUMENTATION'],
    ]) {
      const { doc, pdf } = page(titles);
      const warnings: Diagnostic[] = [];
      expect(matchOutline(doc.elements, pdf, warnings)).toBe(1);
      const marked = doc.elements.filter((e) => e.hints?.outlineLevel !== undefined).map((e) => e.text);
      expect(marked).toEqual(['2.5 Debian documentation']);
    }
  });

  it('still takes a heading in another case when it is the only one', () => {
    const { doc, pdf } = page(['2.5. DEBIAN DOCUMENTATION']);
    expect(matchOutline(doc.elements, pdf, [])).toBe(1);
    expect(doc.elements[0].hints?.outlineLevel).toBe(2);
  });
});
