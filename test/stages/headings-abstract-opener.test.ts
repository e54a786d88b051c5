// An abstract's label typed as text that opens its page is the abstract page's heading (src/stages/headings/
// abstract-opener.ts, `promoted-abstract-opener`). Hand-made after fresh reports as Mistral, Marker and Unstructured give
// them (session 24, head10's sets; train and dev sources): "Abstract" atop page 2 typed as text, the chapters typed as
// titles, their sections not opening pages (so the page-opener habit does not hold). Under the title block, where acmart
// sets its ABSTRACT label (no heading in the corpus gold), it stays text.
import { describe, expect, it } from 'vitest';
import { col, makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY =
  'This chapter explains how to customize the package list so that the packages you care about are shown first.';

function report(abstractAt: 'opener' | 'under-title', weights: Record<string, number> = {}) {
  const specs: Spec[] = [
    { page: 1, type: 'title', text: 'Customizing the package list', bbox: col(0.3, 0.34) },
    { page: 1, type: 'text', text: 'Chen Siyuan', bbox: col(0.4, 0.42) },
    ...(abstractAt === 'opener'
      ? [
          { page: 2, type: 'text' as const, text: 'Abstract', bbox: col(0.1, 0.12) },
          { page: 2, type: 'text' as const, text: BODY, bbox: col(0.14, 0.2) },
        ]
      : [
          { page: 1, type: 'text' as const, text: 'Abstract', bbox: col(0.5, 0.52) },
          { page: 1, type: 'text' as const, text: BODY, bbox: col(0.54, 0.6) },
        ]),
    { page: 3, type: 'title', text: 'Chapter 1 Grouping policies', bbox: col(0.1, 0.14) },
    { page: 3, type: 'text', text: BODY, bbox: col(0.16, 0.22) },
    { page: 3, type: 'title', text: '1.1 Sorting policies', bbox: col(0.3, 0.32) },
    { page: 3, type: 'text', text: BODY, bbox: col(0.34, 0.4) },
    { page: 5, type: 'title', text: 'Chapter 2 Display formats', bbox: col(0.1, 0.14) },
    { page: 5, type: 'text', text: BODY, bbox: col(0.16, 0.22) },
    { page: 5, type: 'title', text: '2.1 Column widths', bbox: col(0.3, 0.32) },
    { page: 5, type: 'text', text: BODY, bbox: col(0.34, 0.4) },
  ];
  const doc = makeDoc(specs);
  const r = headingsOf(doc, { weights: { headings: weights } });
  return r.levels.get(doc.elements.findIndex((e) => e.text === 'Abstract'));
}

describe('an abstract label typed as text', () => {
  it('opening its page: a heading beside the chapters', () => {
    expect(report('opener')).toBe(2);
  });

  it('off (weight 0): left as text', () => {
    expect(report('opener', { 'promoted-abstract-opener': 0 })).toBeUndefined();
  });

  it('under the title block, not opening its page: left as text', () => {
    expect(report('under-title')).toBeUndefined();
  });
});
