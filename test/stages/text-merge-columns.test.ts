// Paragraph merges on two-column and Japanese papers: train documents of the full LaTeX corpus
// (test/corpus-train, built by scripts/corpus like corpus-latex/; train split only), scored
// against their gold.
import { describe, expect, it } from 'vitest';
import { trainMerges } from '../helpers/merge-links.js';

const run = trainMerges;

describe('two-column papers (IEEEtran, acmart)', () => {
  it('a listing at the foot of the left column runs on past a tip box at the head of the right one (dots.ocr)', () => {
    const { expected, predicted, featuresOf, wrong } = run('latex-ieeetran-debmake-en-ch07/dots', 'pages.json');
    // "$ cd foo-vcs … $ git add debian/patches" | tip box (right column's head) | "$ dch -v … Refresh patches"
    expect(expected.has('/4/13|/4/15')).toBe(true);
    expect(predicted.has('/4/13|/4/15')).toBe(true);
    expect(featuresOf('/4/13|/4/15')).toContain('text-merge.indented-block-runs-on');
    expect(wrong()).toEqual({ missed: [], extra: [] });
  });

  it('a one-line sentence at the paragraph indent is not an indented block running into the next (MinerU)', () => {
    const { predicted, featuresOf, wrong } = run('latex-ieeetran-debmake-en-ch08/mineru', 'content_list.json');
    // "Let’s inspect the notable template files generated." | "debian/rules (template file, v=1.0):"
    expect(predicted.has('/130|/131')).toBe(false);
    expect(featuresOf('/130|/131')).not.toContain('text-merge.indented-block-runs-on');
    expect(wrong().extra).toEqual([]);
  });

  it('footnotes numbered in turn ("1 generate …", "2 output …") do not run on over the page break (dots.ocr)', () => {
    const { result, predicted, wrong } = run('latex-ieeetran-debmake-en-apa/dots', 'pages.json');
    const notes = result.document.elements.filter((e) => e.type === 'page_footnote').map((e) => e.ref);
    expect(notes.length).toBeGreaterThanOrEqual(2);
    expect([...predicted].some((l) => notes.some((n) => l.includes(n)))).toBe(false);
    expect(wrong()).toEqual({ missed: [], extra: [] });
  });

  it('a bullet the parser cut from its item joins the item’s text on the next page (MinerU, acmart)', () => {
    const { predicted, featuresOf, wrong } = run('latex-acmart-debmake-en-ch05/mineru', 'content_list.json');
    // "∙" (foot of page 6) | "If you wish to use some of these useful variables …" (head of page 7)
    expect(predicted.has('/217|/221')).toBe(true);
    expect(featuresOf('/217|/221')).toContain('text-merge.lone-bullet');
    expect(wrong()).toEqual({ missed: [], extra: [] });
  });
});

describe('formulas at a break (ltjsarticle, Japanese)', () => {
  it('a formula glued after a sentence end does not run into an option list glued to its bullet (dots.ocr)', () => {
    const { predicted, featuresOf, wrong } = run('latex-ltjsarticle-debmake-ja-apa/dots', 'pages.json');
    // "… downloaded from the URL using wget or curl.α > 0" | "■-d, –dist run the “make dist” command …"
    expect(predicted.has('/1/19|/2/2')).toBe(false);
    expect(featuresOf('/1/19|/2/2')).toEqual(
      expect.arrayContaining(['text-merge.formula-end', 'text-merge.list-marker']),
    );
    expect(wrong().extra).toEqual([]);
  });

  it('a displayed equation is not code running into the listing after it (dots.ocr)', () => {
    const { predicted, featuresOf, wrong } = run('latex-ltjsarticle-debmake-ja-ch07/dots', 'pages.json');
    // "n ∑ ai = wijxj + bi (1) j=1" | "$ dget https://www.example.org/…"
    expect(predicted.has('/0/16|/1/1')).toBe(false);
    expect(featuresOf('/0/16|/1/1')).not.toContain('text-merge.code-block-runs-on');
    expect(wrong()).toEqual({ missed: [], extra: [] });
  });
});
