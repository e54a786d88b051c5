// A description term the parser gave as a title, set at the body's size in the source PDF (headings/pdf-term.ts,
// `headings.demoted-pdf-term`). After the real cases of the bookmarked LaTeX set (aptitude's grouping policies,
// GPL text, so not copied here): IEEEtran × MinerU gave "pattern(pattern [=> title] [{ policy }] [, ...])"
// text_level 1 (NimbusRomNo9L-Medi 9.96 pt, the body's size), ranked level with the outline's sections; amsart read
// alone made "filter(pattern)", "pattern(…)" and "tag[(facet)]" level-2 headings beside the sections.
import { describe, expect, it } from 'vitest';
import type { PdfHints } from '../../src/model/element.js';
import { isCallTerm } from '../../src/stages/headings/call-term.js';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY =
  'A customizable grouping policy. Each version of every package is matched against the given patterns, and the ' +
  'first match found is used to assign a title to the package; packages are then grouped by their title.';
const pdf = (fontSize: number, bold: boolean): PdfHints => ({
  textLayer: true,
  fontSize,
  bold,
  match: 1,
  lineCount: 1,
});

function doc(term: string, termSize: number | undefined, outlineLevel?: number) {
  const specs: Spec[] = [
    {
      page: 1,
      type: 'title',
      text: '1. Customizing how packages are displayed',
      bbox: [0.1, 0.1, 0.7, 0.12],
      hints: { pdf: pdf(12, true) },
    },
    {
      page: 1,
      type: 'text',
      text: BODY,
      bbox: [0.1, 0.13, 0.9, 0.2],
      hints: { pdf: { ...pdf(10, false), lineCount: 3 } },
    },
    {
      page: 1,
      type: 'title',
      text: term,
      bbox: [0.1, 0.22, 0.5, 0.235],
      hints: { ...(termSize ? { pdf: pdf(termSize, true) } : {}), ...(outlineLevel ? { outlineLevel } : {}) },
    },
    {
      page: 1,
      type: 'text',
      text: BODY,
      bbox: [0.1, 0.24, 0.9, 0.31],
      hints: { pdf: { ...pdf(10, false), lineCount: 3 } },
    },
    {
      page: 1,
      type: 'title',
      text: '2. Customizing how packages are sorted',
      bbox: [0.1, 0.33, 0.7, 0.35],
      hints: { pdf: pdf(12, true) },
    },
    {
      page: 1,
      type: 'text',
      text: BODY,
      bbox: [0.1, 0.36, 0.9, 0.43],
      hints: { pdf: { ...pdf(10, false), lineCount: 3 } },
    },
  ];
  const r = headingsOf(makeDoc(specs));
  return { kept: r.levels.has(2), rule: r.decisions.find((d) => d.ids[0] === 2)?.ruleId };
}

describe('a lower-case name with its arguments, as a title', () => {
  it('is a description term at the body size in the PDF (bold or not)', () => {
    expect(doc('pattern(pattern [=> title] [{ policy }] [, ...])', 10)).toEqual({ kept: false, rule: 'headings.term' });
    expect(doc('tag[(facet)]', 10).kept).toBe(false);
  });
  it('stays a heading set larger than the body (an API reference), in the outline, or with no PDF size', () => {
    expect(doc('filter(pattern)', 12).kept).toBe(true);
    expect(doc('filter(pattern)', 10, 2).kept).toBe(true);
    expect(doc('filter(pattern)', undefined).kept).toBe(true);
  });
  it('reads the shape: arguments holding a word, the name in lower case', () => {
    expect(isCallTerm('filter(pattern)')).toBe(true);
    expect(isCallTerm('debmake(1)')).toBe(false); // a manual page's name and section
    expect(isCallTerm('Filter(pattern)')).toBe(false);
    expect(isCallTerm('filter (pattern) rules apply')).toBe(false);
  });
});
