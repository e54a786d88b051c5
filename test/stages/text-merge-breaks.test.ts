// Paragraph merges across page and column breaks on the committed LaTeX and Office corpora (train and dev
// documents only), scored against their gold: code blocks the parser typed as code, paragraphs that run on
// past a footnote at the foot of a column or past a figure's subfigure labels, and first fragments that are
// titles, list entries or end with a display formula.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/io/load.js';
import type { Structure } from '../../src/model/structure.js';
import { stitchSync } from '../../src/pipeline.js';
import { mergeLinks } from '../helpers/merge-links.js';

const corpusFile = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

function run(dir: string, input: string) {
  const result = stitchSync(loadInput(corpusFile(`${dir}/${input}`)));
  const gold: Structure = JSON.parse(readFileSync(corpusFile(`${dir}/gold.structure.json`), 'utf8'));
  const featuresOf = (pair: string) =>
    result.decisions
      .find((d) => d.stage === 'text-merge' && d.place.refs?.join('|') === pair)
      ?.features?.map((f) => f.id) ?? [];
  return {
    result,
    expected: mergeLinks(gold.paragraphMerges),
    predicted: mergeLinks(result.structure.paragraphMerges),
    featuresOf,
  };
}

describe('a listing the parser typed as code runs on over a page break', () => {
  const dir = 'corpus-latex/latex-elsarticle-debmake-en-ch04'; // train
  const cases = [
    ['docling', 'document.json', ['/texts/56|/texts/61', '/texts/83|/texts/85']],
    [
      'marker',
      'marker.json',
      ['/children/4/children/10|/children/5/children/2', '/children/9/children/3|/children/10/children/0'],
    ],
    // Mistral OCR has no boxes; the figure's subfigure labels ("(a) Before the change.") and its appendix
    // caption ("Figure A.2: …") between the two halves are the float's parts.
    [
      'mistral',
      'ocr_response.json',
      ['/pages/4/markdown:11|/pages/5/markdown:5', '/pages/9/markdown:3|/pages/10/markdown:0'],
    ],
  ] as const;

  for (const [format, input, pairs] of cases) {
    it(`"$ wget … $ tree" | ". ├── debhello-0.0 …" and the debmake log are one block each (${format})`, () => {
      const { result, expected, predicted, featuresOf } = run(`${dir}/${format}`, input);
      for (const pair of pairs) {
        expect(expected.has(pair), pair).toBe(true);
        expect(predicted.has(pair), pair).toBe(true);
        expect(featuresOf(pair)).toContain('text-merge.code-block-runs-on');
      }
      expect([...expected].filter((l) => !predicted.has(l))).toEqual([]);
      expect([...predicted].filter((l) => !expected.has(l))).toEqual([]);
      // Nothing lost: the listing's node holds the lines of both halves.
      const [first, second] = pairs[0].split('|').map((ref) => result.document.elements.find((e) => e.ref === ref)!);
      const listing = result.markdown();
      expect(listing).toContain(first.text.split('\n')[0]);
      expect(listing).toContain(second.text.trim().split('\n').at(-1)!);
      expect(result.dropped.some((d) => d.place.refs?.includes(second.ref))).toBe(false);
    });
  }

  it('a listing typed as text runs on past a tip box set at the foot of its page (dots.ocr, dev)', () => {
    const { expected, predicted, featuresOf } = run('corpus-latex/latex-article-debmake-en-ch02/dots', 'pages.json');
    expect(expected.has('/9/10|/10/0')).toBe(true);
    expect(predicted.has('/9/10|/10/0')).toBe(true);
    expect(featuresOf('/9/10|/10/0')).toContain('text-merge.code-block-runs-on');
  });

  it('a long table\'s "Continued on next page" note does not lead into the code after the table (PaddleOCR)', () => {
    const { expected, predicted } = run('corpus-latex/latex-report-debmake-en-ch07/paddle', 'res.json');
    expect([...predicted].filter((l) => !expected.has(l))).toEqual([]);
    expect([...expected].filter((l) => !predicted.has(l))).toEqual([]);
  });
});

describe('a paragraph runs on past a footnote at the foot of its column', () => {
  const dir = 'corpus-latex/latex-revtex-debmake-en-ch02'; // two columns, train
  it('the note ends the left column, the paragraph goes on at the head of the right one (MinerU)', () => {
    const { expected, predicted, featuresOf } = run(`${dir}/mineru`, 'content_list.json');
    // "… to work on your package easily and" | "1 The more experienced …" | "effectively to maximize …"
    expect(expected.has('/47|/49')).toBe(true);
    expect(predicted.has('/47|/49')).toBe(true);
    expect(featuresOf('/47|/49')).toContain('text-merge.around-footnote');
    expect([...predicted].some((l) => l.includes('/48'))).toBe(false);
  });

  it('without boxes, a whole numbered note between an open sentence and its lower-case rest (Mistral OCR)', () => {
    const { expected, predicted, featuresOf } = run(`${dir}/mistral`, 'ocr_response.json');
    const pair = '/pages/1/markdown:10|/pages/1/markdown:12';
    expect(expected.has(pair)).toBe(true);
    expect(predicted.has(pair)).toBe(true);
    expect(featuresOf(pair)).toContain('text-merge.around-footnote');
  });
});

describe('first fragments that are no paragraph cut by the break', () => {
  it('a cover title line is not run into the first paragraph of the next page (Office report, every format)', () => {
    const dir = 'corpus-office/office-report-debmake-en-ch07'; // train
    const inputs = [
      ['docling', 'document.json'],
      ['dots', 'pages.json'],
      ['marker', 'marker.json'],
      ['mineru', 'content_list.json'],
      ['mistral', 'ocr_response.json'],
      ['paddle', 'res.json'],
      ['unstructured', 'elements.json'],
    ];
    for (const [format, input] of inputs) {
      const { result, expected, predicted } = run(`${dir}/${format}`, input);
      expect(expected.size, format).toBe(0);
      expect([...predicted], format).toEqual([]);
      const title = result.decisions.find(
        (d) => d.stage === 'text-merge' && d.features?.some((f) => f.id === 'text-merge.title-like-first'),
      );
      expect(title?.accepted, format).toBe(false);
    }
  });

  it('parallel list entries over a page break stay two entries (Docling, Chinese book)', () => {
    const { expected, predicted, featuresOf } = run(
      'corpus-latex/latex-ctexbook-debmake-zh-ch05/docling',
      'document.json',
    );
    // "将 package 部分替换为 Debian 源码包名称" | "将 binarypackage 部分替换为 Debian 二进制软件包名称"
    expect(predicted.has('/texts/104|/texts/108')).toBe(false);
    expect(featuresOf('/texts/104|/texts/108')).toContain('text-merge.parallel-entries');
    expect([...predicted].filter((l) => !expected.has(l))).toEqual([]);
  });

  it('a few CJK characters alone (an author name) are not joined to the body text (Unstructured)', () => {
    const { result, predicted } = run('corpus-latex/latex-ctexbook-debmake-zh-ch05/unstructured', 'elements.json');
    // "陈思远" | "使用“3.0 (quilt)”格式的非原生 Debian 软件包是…": the name is the running head (gold: furniture),
    // which the furniture stage now finds by its repetition, so no merge is even weighed.
    expect(predicted.has('/15|/17')).toBe(false);
    expect(result.structure.furniture).toContain('/15');
  });

  it('a numbered heading typed as text is not the rest of the sentence before it (Unstructured)', () => {
    const { predicted, featuresOf } = run('corpus-latex/latex-ctexart-debmake-zh-ch02/unstructured', 'elements.json');
    // "… the latest Debian documentation to" | "5 DEBIAN 文档"
    expect(predicted.has('/57|/58')).toBe(false);
    // Here "5 DEBIAN 文档" is the running head beside the page number "3" (furniture.beside-page-number): the
    // pair is never weighed, and the sentence goes on past both, as the gold has it.
    expect(featuresOf('/57|/58')).toEqual([]);
    expect(predicted.has('/57|/62')).toBe(true);
  });

  it('a display formula after a finished sentence, then a capital: a new paragraph (dots.ocr, PaddleOCR)', () => {
    const dir = 'corpus-latex/latex-revtex-debmake-en-ch02';
    for (const [format, input, pair] of [
      ['dots', 'pages.json', '/2/11|/2/14'],
      ['paddle', 'res.json', '/2/parsing_res_list/11|/2/parsing_res_list/14'],
    ]) {
      const { expected, predicted, featuresOf } = run(`${dir}/${format}`, input);
      // "… the search domain of the web search engine. f(x) = x + 1" | "Making a small test package …"
      expect(expected.has(pair), format).toBe(false);
      expect(predicted.has(pair), format).toBe(false);
      expect(featuresOf(pair)).toContain('text-merge.formula-end');
    }
  });
});

describe('two-line openers without boxes', () => {
  it('"Appendix A" / "dgit": the label and the heading Mistral OCR set under it are one heading', () => {
    const { expected, predicted, result } = run(
      'corpus-latex/latex-report-debmake-en-ch07/mistral',
      'ocr_response.json',
    );
    for (const pair of ['/pages/13/markdown:0|/pages/13/markdown:1', '/pages/18/markdown:0|/pages/18/markdown:1']) {
      expect(expected.has(pair), pair).toBe(true);
      expect(predicted.has(pair), pair).toBe(true);
    }
    expect(result.markdown()).toMatch(/^(?:#+ )?Appendix A dgit$/m);
  });
});
