// A heading given line by line (src/stages/text-merge/heading-lines.ts): two title blocks, the second right under
// the first, alike and aligned, are one heading — the first the heading, the second merged into it, and the headings
// stage leaves the second alone. A heading over the next heading (its own number, a gap, a shorter line over a
// longer one) stays two headings. Modelled on the corpus's `--heading-habits` cases (scripts/corpus/heading-habits.ts).
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { withLineTailsAsText } from '../../src/stages/headings/heading-lines.js';
import { assignHeadingLevels } from '../../src/stages/headings.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { findTableOfContents } from '../../src/stages/toc.js';
import type { TextMergeWeights } from '../../src/weights/text-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const body = (y: number): Spec => ({
  page: 1,
  type: 'text',
  text: 'The guide covers the tools that build a package and the checks they run before an upload.',
  bbox: [0.1, y, 0.9, y + 0.04],
});

function run(specs: Spec[], weights: Partial<TextMergeWeights> = {}) {
  const i = input(makeDoc(specs));
  i.options.weights.textMerge = { ...i.options.weights.textMerge, ...weights };
  const furniture = detectFurniture(i);
  const text = mergeTextFragments(i, furniture);
  const headings = assignHeadingLevels(i, furniture, text, findTableOfContents(i, furniture));
  return { text, headings: [...headings.levels.keys()] };
}

describe('a heading given line by line (text-merge.heading-lines)', () => {
  const wrapped: Spec[] = [
    { page: 1, type: 'title', text: '2.3 Building packages from their', bbox: [0.1, 0.1, 0.88, 0.125] },
    { page: 1, type: 'title', text: 'upstream sources', bbox: [0.1, 0.127, 0.45, 0.152] },
    body(0.17),
  ];

  it('joins the lines, and the second is no heading of its own', () => {
    const r = run(wrapped);
    expect(r.text.groups).toEqual([[0, 1]]);
    expect(r.text.decisions.find((d) => d.ruleId === 'text-merge.heading-lines')).toBeDefined();
    expect(r.headings).toContain(0);
    expect(r.headings).not.toContain(1);
    // with the evidence weighed at nothing, the two lines are two headings
    expect(run(wrapped, { 'heading-lines': 0 }).text.groups).toEqual([]);
  });

  it('joins a line hanging under the words of a numbered first line, not one set further in', () => {
    // "2 Future perspective on" / "Debian packaging prac-" in a two-column paper: the second line starts where the
    // first line's words start, right of its number and the quad after it
    const hanging = (x0: number): Spec[] => [
      { page: 1, type: 'title', text: '2 Future perspective on', bbox: [0.52, 0.1, 0.9, 0.122] },
      { page: 1, type: 'title', text: 'Debian packaging prac-', bbox: [x0, 0.125, 0.9, 0.147] },
      body(0.17),
    ];
    expect(run(hanging(0.568)).text.groups).toEqual([[0, 1]]);
    expect(run(hanging(0.7)).text.groups).toEqual([]);
  });

  it('keeps a section over its first subsection apart (the second has its own number)', () => {
    const r = run([
      { page: 1, type: 'title', text: '3 Installing the packaging tools', bbox: [0.1, 0.1, 0.7, 0.125] },
      { page: 1, type: 'title', text: '3.1 Requirements', bbox: [0.1, 0.127, 0.4, 0.152] },
      body(0.17),
    ]);
    expect(r.text.groups).toEqual([]);
  });

  it('keeps apart a short heading over a longer line, and lines a blank line apart', () => {
    expect(
      run([
        { page: 1, type: 'title', text: 'Overview', bbox: [0.1, 0.1, 0.3, 0.125] },
        {
          page: 1,
          type: 'title',
          text: 'What the packaging tools do for a maintainer',
          bbox: [0.1, 0.127, 0.85, 0.152],
        },
        body(0.17),
      ]).text.groups,
    ).toEqual([]);
    expect(
      run([
        { page: 1, type: 'title', text: 'Building packages from their', bbox: [0.1, 0.1, 0.88, 0.125] },
        { page: 1, type: 'title', text: 'upstream sources', bbox: [0.1, 0.16, 0.45, 0.185] },
        body(0.2),
      ]).text.groups,
    ).toEqual([]);
  });

  it("keeps a larger line under a centred title apart (a supplement's repeated title over its own heading)", () => {
    const r = run([
      {
        page: 1,
        type: 'title',
        text: 'A Study of Packaging Tools for Upstream Sources',
        bbox: [0.22, 0.14, 0.76, 0.153],
      },
      { page: 1, type: 'title', text: 'Supplementary Material', bbox: [0.36, 0.155, 0.61, 0.171] },
      body(0.19),
    ]);
    expect(r.text.groups).toEqual([]);
  });

  it("joins a numbered heading's second line hung under its words, past the number (acmart's capitals)", () => {
    // "1 " is 2 of the first line's 26 characters: its words start about 0.028 right of its edge, where the second line is
    const hung: Spec[] = [
      { page: 1, type: 'title', text: '1 CUSTOMIZING HOW PACKAGES', bbox: [0.088, 0.498, 0.45, 0.513] },
      { page: 1, type: 'title', text: 'ARE DISPLAYED', bbox: [0.118, 0.514, 0.289, 0.53] },
      body(0.534),
    ];
    expect(run(hung).text.groups).toEqual([[0, 1]]);
    // the same lines with no number before the words: the second line is not under them, two headings
    const unnumbered = [{ ...hung[0], text: 'CUSTOMIZING HOW PACKAGES' }, hung[1], hung[2]];
    expect(run(unnumbered).text.groups).toEqual([]);
    // a line further right than the number's width is no such line
    const further = [
      hung[0],
      { ...hung[1], bbox: [0.16, 0.514, 0.33, 0.53] as [number, number, number, number] },
      hung[2],
    ];
    expect(run(further).text.groups).toEqual([]);
  });

  it("joins an appendix heading's second line centred under its words (ctexbook), a little further down", () => {
    // "A.1 " is 4 of 42 characters: the words run from about 0.214 to 0.771, centred at 0.49, as the second line is
    const centred: Spec[] = [
      {
        page: 1,
        type: 'title',
        text: 'A.1 Snapshot upstream tarball (alternative',
        bbox: [0.155, 0.153, 0.771, 0.177],
      },
      { page: 1, type: 'title', text: 'git deborig approach)', bbox: [0.351, 0.19, 0.651, 0.214] },
      body(0.23),
    ];
    expect(run(centred).text.groups).toEqual([[0, 1]]);
    // without the appendix's number the second line is off the first's centre: two headings
    expect(
      run([{ ...centred[0], text: 'Snapshot upstream tarball (alternative' }, centred[1], centred[2]]).text.groups,
    ).toEqual([]);
  });

  it("keeps a section number set apart from its words as the next heading's", () => {
    const r = run([
      { page: 1, type: 'title', text: '1 FILLING IN THE SOURCES.LIST FILE', bbox: [0.088, 0.1, 0.45, 0.115] },
      { page: 1, type: 'title', text: '1.1', bbox: [0.088, 0.118, 0.11, 0.133] },
      body(0.15),
    ]);
    expect(r.text.groups).toEqual([]);
  });

  it('keeps a heading over a body-size line of another height apart', () => {
    const r = run([
      { page: 1, type: 'title', text: 'Building packages from their', bbox: [0.1, 0.1, 0.88, 0.13] },
      { page: 1, type: 'title', text: 'a short guide', bbox: [0.1, 0.132, 0.45, 0.148] },
      body(0.17),
    ]);
    expect(r.text.groups).toEqual([]);
  });

  it('reads a cover page with a two-line title as a cover: the title names the document, the chapters under it', () => {
    const specs: Spec[] = [
      { page: 1, type: 'title', text: 'Chapter 8. More', bbox: [0.12, 0.3, 0.6, 0.35] },
      { page: 1, type: 'title', text: 'Examples', bbox: [0.12, 0.352, 0.4, 0.4] },
      { page: 1, type: 'text', text: 'Guide for Debian Maintainers', bbox: [0.12, 0.42, 0.45, 0.44] },
      { page: 2, type: 'title', text: 'Chapter 1 8.1. Simple Python package', bbox: [0.12, 0.1, 0.6, 0.13] },
      body(0.15),
      { page: 3, type: 'title', text: 'Chapter 2 8.2. No Makefile', bbox: [0.12, 0.1, 0.6, 0.13] },
      { ...body(0.15), page: 3 },
    ];
    const r = run(specs);
    expect(r.text.groups).toEqual([[0, 1]]);
    const i = input(makeDoc(specs));
    const furniture = detectFurniture(i);
    const levels = assignHeadingLevels(
      i,
      furniture,
      mergeTextFragments(i, furniture),
      findTableOfContents(i, furniture),
    ).levels;
    expect([levels.get(0), levels.get(3), levels.get(5)]).toEqual([1, 2, 2]);
  });

  it("lets the headings stage read the later lines as the heading's words, not as titles", () => {
    const i = input(makeDoc(wrapped));
    const merges = mergeTextFragments(i, detectFurniture(i));
    const seen = withLineTailsAsText(i.doc, merges);
    expect(seen.elements.map((e) => e.type)).toEqual(['title', 'text', 'text']);
    expect(i.doc.elements[1].type).toBe('title');
    // nothing joined line by line: the same document
    const apart = input(makeDoc([wrapped[0], { ...wrapped[1], text: '2.4 Upstream sources' }, wrapped[2]]));
    expect(withLineTailsAsText(apart.doc, mergeTextFragments(apart, detectFurniture(apart)))).toBe(apart.doc);
  });
});
