// The body line (headings/sizes.ts, `bodyLineHeight`) is measured once per headings stage: size-promote.ts and
// `demoteBySize` both read it, and each reading was a pass over every text block's width (session 29, speed15). The
// memo must give what a fresh measurement gives, and a second reader must not measure again. Hand-made pages: body
// lines of one line and of three, a heading, a running head set aside as furniture.
import { describe, expect, it } from 'vitest';
import type { PageInfo } from '../../src/model/element.js';
import { bodyLineHeight, measureSizes } from '../../src/stages/headings/sizes.js';
import type { BodyLineMemo } from '../../src/stages/headings/types.js';
import type { FurnitureResult } from '../../src/stages/types.js';
import { makeDoc, type Spec } from '../helpers/doc.js';

const LINE = 'Short body line of text.';
const PARA =
  'A paragraph of body text long enough to need three lines in its column, set at the size of the body text.';

function pages(): Spec[] {
  const specs: Spec[] = [];
  for (let page = 1; page <= 3; page++) {
    specs.push({ page, type: 'header', text: 'Running head', bbox: [0.1, 0.03, 0.5, 0.05] });
    specs.push({ page, type: 'title', text: `${page} A heading`, bbox: [0.1, 0.1, 0.4, 0.13] });
    specs.push({ page, type: 'text', text: LINE, bbox: [0.1, 0.15, 0.9, 0.165] });
    specs.push({ page, type: 'text', text: PARA, bbox: [0.1, 0.18, 0.5, 0.225] });
    specs.push({ page, type: 'list_item', text: `- ${LINE}`, bbox: [0.1, 0.24, 0.9, 0.256] });
  }
  return specs;
}

describe('bodyLineHeight', () => {
  const doc = makeDoc(pages());
  const pageInfo = new Map<number, PageInfo>(doc.pages.map((p) => [p.page, p]));
  const furniture: FurnitureResult = {
    kinds: new Map(doc.elements.filter((e) => e.type === 'header').map((e) => [e.id, 'header' as const])),
    decisions: [],
  };

  it('measures the one-line body blocks (not the three-line paragraph, not furniture)', () => {
    const fresh = bodyLineHeight(doc.elements, pageInfo, furniture);
    // heights 0.015 (text) and 0.016 (list items), three of each: the median of the six is a list item's
    expect(fresh).toBeCloseTo(0.016, 9);
    expect(measureSizes([], doc.elements, pageInfo, furniture).bodyLine).toBe(fresh);
  });

  it('is measured once with a memo and then read from it', () => {
    const memo: BodyLineMemo = {};
    const first = bodyLineHeight(doc.elements, pageInfo, furniture, memo);
    expect(memo.bodyLine).toEqual({ value: first });
    // a reader after the first gets the memo's value, whatever the elements now say
    memo.bodyLine = { value: 0.5 };
    expect(bodyLineHeight(doc.elements, pageInfo, furniture, memo)).toBe(0.5);
    expect(measureSizes([], doc.elements, pageInfo, furniture, memo).bodyLine).toBe(0.5);
  });
});
