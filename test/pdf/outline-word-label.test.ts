// An outline entry against a heading with a worded label and a note that ends in the entry's words (session 22).
import { describe, expect, it } from 'vitest';
import { matchOutline } from '../../src/pdf/outline.js';
import type { PdfData } from '../../src/pdf/read.js';
import { makeDoc } from '../helpers/doc.js';

describe("an outline entry's heading behind a worded label (src/pdf/outline.ts)", () => {
  // revtex × MinerU (session 22's fresh set, handbook dpkg): the entry "Multi-Arch Support" (page 4) names the
  // heading "Appendix A: Multi-Arch Support"; the note title "NOTE APT's multi-arch support" on page 5 ends in the
  // entry's words and took the entry's depth (a heading at level 2 the gold does not have).
  it('goes to the labelled heading, not to the note ending in its words', () => {
    const doc = makeDoc(
      [
        { page: 4, type: 'title', text: 'Appendix A: Multi-Arch Support' },
        { page: 4, type: 'text', text: 'All Debian packages have an Architecture field in their control information.' },
        { page: 5, type: 'title', text: 'NOTE APT’s multi-arch support' },
        { page: 5, type: 'text', text: 'APT will automatically detect when dpkg has been configured to support them.' },
      ],
      5,
    );
    const pdf: PdfData = {
      path: 'x.pdf',
      pageCount: 5,
      pages: [],
      outline: [{ title: 'Multi-Arch Support', level: 2, page: 4, index: 0 }],
      warnings: [],
    };
    expect(matchOutline(doc.elements, pdf, [])).toBe(1);
    expect(doc.elements.map((e) => e.hints?.outlineLevel)).toEqual([2, undefined, undefined, undefined]);
  });
});
