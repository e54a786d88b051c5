// Hand-written documents (element specs imitating a parser's output, with sizes as font-size hints) for the
// document title above an abstract and for blank openers under a numbered first heading (headings stage).
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/model/decision.js';
import type { EngineOptionsInput } from '../../src/options.js';
import { col, makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

function levels(specs: Spec[], engine: EngineOptionsInput = {}) {
  const doc = makeDoc(specs);
  const r = headingsOf(doc, engine);
  return { levels: doc.elements.map((e) => r.levels.get(e.id)), result: r };
}

const featuresOf = (result: { decisions: Decision[] }, id: number) =>
  result.decisions.find((d) => d.ids[0] === id)?.features?.map((f) => f.id);
/** A title set at this font size (points). */
const sized = (text: string, page: number, fontSize: number): Spec => ({
  page,
  type: 'title',
  text,
  hints: { fontSize },
});
const body = (page: number, y = 0.5): Spec => ({
  page,
  type: 'text',
  text: 'Body text of the section, long enough to be a paragraph of its own, and then some more words.',
  bbox: col(y, y + 0.06),
});

describe('the document title above the abstract', () => {
  // A paper whose wrapped section titles measure as large as its title: the first heading is neither the only
  // one of the largest size nor alone on a cover page, and an unnumbered one of its size recurs.
  const paper: Spec[] = [
    sized('Basics', 1, 29),
    sized('Abstract', 1, 24),
    body(1),
    sized('1 Packaging workflow', 2, 24),
    body(2),
    sized('Historical perspective of Debian packaging practices', 3, 28),
    body(3),
    sized('2 Future perspective on Debian packaging practices', 4, 28),
    body(4),
    sized('3 Package name and version', 5, 28),
    body(5),
  ];

  it('is the first heading when the abstract heading follows it on its page', () => {
    const { levels: l, result } = levels(paper);
    expect([l[0], l[1], l[3], l[5], l[7], l[9]]).toEqual([1, 2, 2, 2, 2, 2]);
    expect(featuresOf(result, 0)).toContain('headings.title-before-abstract');
  });

  it('is not found so when the evidence is weighed at 0 (the title then heads a section of its own)', () => {
    const { levels: l } = levels(paper, { weights: { headings: { 'title-before-abstract': 0 } } });
    expect(l[0]).toBe(1);
    expect(l[1]).toBe(1);
  });

  it('is not the first heading when the heading after it is no abstract', () => {
    const other = paper.map((s, i) => (i === 1 ? sized('Overview', 1, 24) : s));
    const { result } = levels(other);
    expect(featuresOf(result, 0) ?? []).not.toContain('headings.title-before-abstract');
  });
  it('is not the first heading of a manual page: "概要" after "名前" is its synopsis, no abstract', () => {
    const man = paper.map((s, i) => (i === 0 ? sized('名前', 1, 29) : i === 1 ? sized('概要', 1, 24) : s));
    const { result } = levels(man);
    expect(featuresOf(result, 0) ?? []).not.toContain('headings.title-before-abstract');
  });
});

describe('a blank opener under a numbered first heading', () => {
  // Marker empties its page headers: "11.7.3. Configuring NSS and PAM" opening page 3 is a blank header. Under
  // "11.7. LDAP Directory" it stands for a section of rank 3, so "11.7.3.1." lies below it.
  const doc: Spec[] = [
    { page: 1, type: 'title', text: '11.7. LDAP Directory', bbox: [0.1, 0.1, 0.9, 0.14] },
    body(1, 0.2),
    { page: 2, type: 'header', text: '', bbox: [0.1, 0.25, 0.6, 0.28] },
    body(2, 0.3),
    { page: 3, type: 'header', text: '', bbox: [0.1, 0.15, 0.6, 0.18] },
    body(3, 0.2),
    { page: 3, type: 'title', text: '11.7.3.1. Configuring NSS', bbox: [0.1, 0.4, 0.6, 0.42] },
    body(3, 0.5),
    { page: 4, type: 'title', text: '11.7.3.2. Configuring PAM', bbox: [0.1, 0.1, 0.6, 0.12] },
    body(4, 0.2),
  ];

  it('holds the deeper numbered sections after it', () => {
    const { levels: l, result } = levels(doc);
    expect(featuresOf(result, 2)).toContain('headings.blank-opener-header');
    expect([l[0], l[2], l[4], l[6], l[8]]).toEqual([1, 2, 2, 3, 3]);
  });

  it('has a sibling in a numbered section of the rank it stands for', () => {
    const same = doc.map((s, i) => (i === 6 ? { ...s, text: '11.7.4. Securing LDAP' } : s));
    const { levels: l } = levels(same);
    expect(l[6]).toBe(2);
  });
});

describe("revtex's appendix subsections and a long table's continuation line", () => {
  const doc: Spec[] = [
    { page: 1, type: 'title', text: 'Basics' },
    { page: 1, type: 'title', text: 'I. FUTURE PERSPECTIVE' },
    body(1),
    { page: 1, type: 'title', text: 'A. Package names' },
    body(1, 0.6),
    { page: 2, type: 'title', text: 'II. PACKAGE NAME AND VERSION' },
    body(2),
    { page: 2, type: 'title', text: 'B. Versions' },
    body(2, 0.6),
    { page: 3, type: 'title', text: 'Appendix A: Native Debian package' },
    body(3),
    { page: 3, type: 'title', text: 'Appendix B: debian/rules' },
    body(3, 0.6),
    { page: 4, type: 'title', text: '1. dh' },
    body(4),
    { page: 4, type: 'title', text: '2. Simple debian/rules' },
    body(4, 0.6),
    { page: 5, type: 'title', text: 'Continued on next page' },
    { page: 5, type: 'title', text: 'ACKNOWLEDGMENTS' },
    body(5),
  ];

  it('a plain number after an appendix opener, under Roman sections, is a subsection of the appendix ("1. dh")', () => {
    const { levels: l, result } = levels(doc);
    expect([l[0], l[1], l[3], l[5], l[7], l[9], l[11], l[13], l[15], l[18]]).toEqual([1, 2, 3, 2, 3, 2, 2, 3, 3, 2]);
    expect(featuresOf(result, 13)).toContain('headings.roman-appendix-subsection');
  });

  it('"Continued on next page" typed as a title is no heading', () => {
    const { levels: l, result } = levels(doc);
    expect(l[17]).toBeUndefined();
    expect(featuresOf(result, 17)).toEqual(['headings.demoted-continued']);
  });
});

describe('the body-size habit under Roman sections (revtex: capital sections, mixed-case subsections)', () => {
  // Every heading at body size (one-line boxes as tall as the body's lines); the appendix openers in mixed case too.
  let y = 0;
  let page = 1;
  const at = (text: string): Spec => {
    y += 0.05;
    if (y > 0.85) [page, y] = [page + 1, 0.1];
    return { page, type: 'title', text, bbox: [0.1, y, 0.5, y + 0.012] };
  };
  let n = 0;
  const line = (): Spec => {
    y += 0.03;
    n += 1;
    return { page, type: 'text', text: `Line ${n} of the body text.`, bbox: [0.1, y, 0.9, y + 0.012] };
  };
  // The title, then the abstract's running text (the sections' habit holds after it).
  const abstract = 'An abstract of running text, as long as a paragraph of its own. '.repeat(6);
  const doc: Spec[] = [
    { page: 1, type: 'title', text: 'Basics', bbox: [0.3, 0.02, 0.7, 0.045] },
    { page: 1, type: 'text', text: abstract, bbox: [0.1, 0.05, 0.9, 0.1] },
  ];
  y = 0.1;
  for (const t of [
    'PACKAGING WORKFLOW',
    'The debhelper package',
    'HISTORICAL PERSPECTIVE',
    'I. FUTURE PERSPECTIVE',
    'II. PACKAGE NAME AND VERSION',
    'Appendix A: Native Debian package',
    'Appendix B: debian/rules',
    '1. dh',
    '2. Simple debian/rules',
    'ACKNOWLEDGMENTS',
  ])
    doc.push(at(t), line(), line());

  it('keys a mixed-case unnumbered heading as the mixed-case numbered ones are keyed, not as the appendix openers', () => {
    const { levels: l, result } = levels(doc);
    const heads = doc.map((_, i) => i).filter((i) => doc[i].type === 'title');
    expect(heads.map((i) => l[i])).toEqual([1, 2, 3, 2, 2, 2, 2, 2, 3, 3, 2]);
    expect(featuresOf(result, heads[2])).toContain('headings.body-size-habit');
  });
});

describe('a manual page', () => {
  // "Name" alone and larger on its first page (a cover page by the title rules), the sections on the next.
  const page = (name: string, next: string): Spec[] => [
    sized(name, 1, 18),
    { page: 1, type: 'text', text: 'aptitude - high-level interface to the package manager' },
    sized(next, 2, 14),
    body(2),
    sized('Description', 2, 14),
    body(2, 0.6),
    sized('Command-line actions', 3, 14),
    body(3),
  ];

  it('"NAME" then "SYNOPSIS": no title, the sections are siblings from the first', () => {
    const { levels: l, result } = levels(page('Name', 'Synopsis'));
    expect([l[0], l[2], l[4], l[6]]).toEqual([1, 1, 1, 1]);
    expect(featuresOf(result, 0)).toContain('headings.manual-page-sections');
  });

  it('"Name" before anything else stays the title', () => {
    const { levels: l } = levels(page('Name', 'Article 1'));
    expect([l[0], l[2]]).toEqual([1, 2]);
  });
});

describe('a chapter title typed as text, opening its page as every chapter does', () => {
  const chapter = (text: string, page: number, type: 'title' | 'text' = 'title'): Spec[] => [
    { page, type, text, bbox: [0.1, 0.1, 0.5, 0.14] },
    {
      page,
      type: 'text',
      text: `The body of the chapter on page ${page}, a paragraph of running text.`,
      bbox: col(0.2, 0.3),
    },
    {
      page: page + 1,
      type: 'text',
      text: `More of it on page ${page + 1}, to the end of the chapter.`,
      bbox: col(0.1, 0.2),
    },
  ];
  const doc = [
    ...chapter('Prerequisites', 1),
    ...chapter('People around Debian', 3),
    ...chapter('How to contribute', 5, 'text'),
    ...chapter('Social dynamics', 7),
    ...chapter('Technical reminders', 9),
  ];

  it('is a heading, one of the chapters', () => {
    const { levels: l, result } = levels(doc);
    expect([l[0], l[3], l[6], l[9], l[12]]).toEqual([1, 2, 2, 2, 2]);
    expect(featuresOf(result, 6)).toContain('headings.promoted-page-opener');
  });

  it('stays text when a typed heading does not open its page', () => {
    const mid = doc.map((s, i) => (i === 9 ? { ...s, bbox: col(0.5, 0.54) } : s));
    const moved: Spec[] = [...mid.slice(0, 9), mid[10], mid[9], ...mid.slice(11)];
    const { levels: l } = levels(moved);
    expect(l[6]).toBeUndefined();
  });
});
