// A heading's number set apart before its heading is the heading's, not a page number or a running line (issue
// #15: furniture never eats content). Hand-made documents as Unstructured and Docling give the heading-habits
// office reports: the section badge "01" on its own line before "6.1. …", a bare "2.1." before its title.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const text = (page: number, words: string): Spec => ({
  page,
  type: 'text',
  text: `The ${words} paragraph of page ${page} goes on at some length, long enough to be body text of its own.`,
});

/** Ten pages (or as given) under a running head typed text; on the pages given a line before a title opens the page; a page number ends each page. */
function doc(openers: Record<number, [string, string]>, pages = 10, labelType: Spec['type'] = 'text') {
  const specs: Spec[] = [];
  for (let p = 1; p <= pages; p++) {
    specs.push({ page: p, type: 'text', text: 'Guide for Debian Maintainers' });
    const o = openers[p];
    if (o) specs.push({ page: p, type: labelType, text: o[0] }, { page: p, type: 'title', text: o[1] });
    specs.push(text(p, 'first'), text(p, 'second'));
    specs.push({ page: p, type: 'footer', text: `Page ${p}` });
  }
  return makeDoc(specs);
}

describe('heading badges', () => {
  it('keeps badges that follow the page sequence in the body', () => {
    // "01" on page 3, "04" on page 6, "08" on page 10: offset −2 on three pages, as the office report gives them
    const d = doc({ 3: ['01', '6.1. Shortcut options'], 6: ['04', '6.4. debmake -k'], 10: ['08', '6.8. Other'] });
    const { kinds } = detectFurniture(input(d));
    const badges = d.elements.filter((e) => /^0\d$/.test(e.text));
    expect(badges).toHaveLength(3);
    for (const b of badges) expect(kinds.has(b.id)).toBe(false);
    expect(d.elements.filter((e) => e.type === 'footer').every((e) => kinds.has(e.id))).toBe(true);
  });

  it('keeps bare numbering labels that repeat digit-folded in the body', () => {
    const d = doc(
      { 3: ['2.1.', 'People around Debian'], 8: ['2.6.', 'Help resources'], 9: ['2.7.', 'Archive'] },
      9,
      'title',
    );
    const { kinds } = detectFurniture(input(d));
    for (const b of d.elements.filter((e) => /^2\.\d\.$/.test(e.text))) expect(kinds.has(b.id)).toBe(false);
  });

  it('drops page numbers set at the top though a chapter title follows some of them', () => {
    const specs: Spec[] = [];
    for (let p = 1; p <= 10; p++) {
      specs.push({ page: p, type: 'text', text: String(p) });
      if (p === 3 || p === 7) specs.push({ page: p, type: 'title', text: `Chapter opening on page ${p}` });
      specs.push(text(p, 'first'), text(p, 'second'));
    }
    const d = makeDoc(specs);
    const { kinds } = detectFurniture(input(d));
    const numbers = d.elements.filter((e) => /^\d+$/.test(e.text));
    expect(numbers.filter((e) => !kinds.has(e.id))).toEqual([]);
  });

  it("drops its own page's number opening the first page over the title (Mistral, no boxes)", () => {
    const specs: Spec[] = [
      { page: 1, type: 'text', text: '1' },
      { page: 1, type: 'title', text: 'Customizing the display layout' },
    ];
    for (let p = 1; p <= 4; p++)
      specs.push(text(p, 'first'), text(p, 'second'), { page: p, type: 'text', text: String(p) });
    const d = makeDoc(specs);
    const { kinds } = detectFurniture(input(d));
    expect(kinds.has(0)).toBe(true);
  });
});
