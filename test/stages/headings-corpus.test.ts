// Heading levels on real documents of the committed corpora (train and dev families of corpus-latex/
// and corpus-office/, issue #15): each test names a failure class and the documents that show it, and
// checks the engine's levels against what the gold says for those headings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARSER_FILES } from '../../scripts/corpus/writers/index.js';
import { readStructureFile } from '../../src/eval/report.js';
import { loadInput, parseJsonText } from '../../src/io/load.js';
import { stitchSync } from '../../src/pipeline.js';
import type { StitchOptions } from '../../src/stitch.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const INPUT: Record<string, string> = { mineru: 'content_list.json', dots: 'pages.json', middle: 'middle.json' };
const FORMATS = Object.keys(INPUT);
/** The parser-style formats too: Docling, Marker, Mistral OCR, PaddleOCR, Unstructured, MinerU 2's content list. */
Object.assign(INPUT, PARSER_FILES);
/** Those the committed office slice was built with (its manifest; writers added later, Textract and Azure DI, are not in it). */
const OFFICE_FORMATS: string[] = JSON.parse(
  readFileSync(path.join(ROOT, 'corpus-office', 'manifest.json'), 'utf8'),
).formats;
const ALL_FORMATS = Object.keys(INPUT).filter((f) => OFFICE_FORMATS.includes(f) || FORMATS.includes(f));

/** Engine and gold levels of every element by its text (first line, trimmed), and the features of its decision. */
function run(corpus: string, doc: string, format: string, options: StitchOptions = {}) {
  const dir = path.join(ROOT, corpus, doc, format);
  const result = stitchSync(loadInput(path.join(dir, INPUT[format])), options);
  const gold = readStructureFile(path.join(dir, 'gold.structure.json'));
  const goldLevel = new Map(gold.headings.map((h) => [h.ref, h.level]));
  const level = new Map(result.structure.headings.map((h) => [h.ref, h.level]));
  const byText = (text: string) => {
    const el = result.document.elements.find((e) => e.text.replace(/\s+/g, ' ').trim() === text);
    if (!el) throw new Error(`no element "${text}" in ${doc}/${format}`);
    const d = result.decisions.find((x) => x.stage === 'headings' && x.ids[0] === el.id);
    return {
      level: level.get(el.ref),
      gold: goldLevel.get(el.ref),
      features: (d?.features ?? []).map((f) => f.id),
    };
  };
  return { byText, result, gold };
}

describe('headings on the committed corpora', () => {
  it.each(FORMATS)(
    'an opener number before the section number ("01 7.1. debdiff") does not make a chapter (%s)',
    (f) => {
      const { byText } = run('corpus-office', 'office-report-debmake-en-ch07', f);
      // Numbered, but alone on the cover page and with no sibling chapter: the document's title.
      expect(byText('Chapter 7. Tips')).toMatchObject({ level: 1, gold: 1 });
      expect(byText('Chapter 7. Tips').features).toContain('headings.title-cover-page');
      for (const t of ['01 7.1. debdiff', '08 7.8. git-buildpackage'])
        expect(byText(t)).toMatchObject({ level: 2, gold: 2 });
      expect(byText('7.8.1. gbp import-dscs --debsnap')).toMatchObject({ level: 3, gold: 3 });
    },
  );

  it.each(FORMATS)(
    'a legal chapter label before the section number ("第一章 4.1.") is read by the number (%s)',
    (f) => {
      const { byText } = run('corpus-office', 'office-legal-debmake-zh-ch04', f);
      expect(byText('Chapter 4. 简单例子')).toMatchObject({ level: 1, gold: 1 });
      expect(byText('第二章 4.2. 大致流程')).toMatchObject({ level: 2, gold: 2 });
    },
  );

  it.each(ALL_FORMATS)(
    'a legal article ("ĐIỀU 4.") nests under the chapter before it, not beside it, in every format (%s)',
    (f) => {
      // Mistral's and Unstructured's inputs carry no sizes: the numbering alone must rank the two.
      const { byText } = run('corpus-office', 'office-legal-debmake-en-ch03', f);
      expect(byText('ĐIỀU 1.')).toMatchObject({ level: 2, gold: 2 });
      expect(byText('CHƯƠNG II 3.2. mc')).toMatchObject({ level: 2, gold: 2 });
      for (const t of ['ĐIỀU 4.', 'ĐIỀU 26.']) {
        expect(byText(t)).toMatchObject({ level: 3, gold: 3 });
        expect(byText(t).features).not.toContain('headings.first-appearance');
      }
    },
  );

  it.each([
    ['docling', '02 7.2. dget'],
    ['mineru-v2', '03 7.3. debc'],
    ['paddle', '05 7.5. debsign'],
    ['unstructured', '08 7.8. git-buildpackage'],
  ])('a section banner the parser labelled header is a heading; its running heads are not (%s: "%s")', (f, text) => {
    const { byText, result, gold } = run('corpus-office', 'office-report-debmake-en-ch07', f);
    const banner = byText(text);
    expect(banner).toMatchObject({ level: 2, gold: 2 });
    expect(banner.features).toContain('headings.numbered-header');
    // Every header taken for a heading is one in the gold: no running head ("Chapter 7. Tips") among them.
    const goldRefs = new Set(gold.headings.map((h) => h.ref));
    const headers = result.document.elements.filter((e) => e.type === 'header');
    const taken = headers.filter((e) => result.structure.headings.some((h) => h.ref === e.ref));
    expect(taken.length).toBeGreaterThan(0);
    for (const e of taken) expect(goldRefs.has(e.ref)).toBe(true);
    expect(headers.length).toBeGreaterThan(taken.length);
  });

  it.each(['unstructured', 'mistral', 'mineru'])(
    'Roman sections ("I. PEOPLE AROUND DEBIAN") are the top: appendices and keyword headings are their siblings (%s)',
    (f) => {
      // revtex (paper-aps, a train family); Unstructured's input carries no sizes, so first appearance used
      // to nest "Appendix A: …" under "VI. HELP RESOURCES".
      const { byText } = run('corpus-latex', 'latex-revtex-debmake-en-ch02', f);
      for (const t of ['VI. HELP RESOURCES', 'Appendix A: Archive situation', 'ACKNOWLEDGMENTS']) {
        expect(byText(t)).toMatchObject({ level: 2, gold: 2 });
        expect(byText(t).features).toContain('headings.top-section');
      }
    },
  );

  it.each([
    ['letter-appendix', 0.6],
    ['caps-top-section', 0.3],
  ])(
    'with no sizes, an unnumbered heading in capitals ("A DGIT") joins the top sections set in capitals (acmart, Unstructured): %s',
    (feature, weight) => {
      // A train-family document. Its title ("Tips") repeats as the running head and is taken for furniture,
      // so the absolute levels sit one too high; the test checks the nesting the headings stage decides.
      // Lettered after the plain-numbered sections, the appendices are read by their letters; with that
      // evidence off, by their capitals.
      const off = feature === 'caps-top-section' ? { 'letter-appendix': 0 } : {};
      const { byText } = run('corpus-latex', 'latex-acmart-debmake-en-ch07', 'unstructured', {
        engine: { weights: { headings: { ...off, [feature]: weight } } },
      });
      const top = byText('8 GIT-BUILDPACKAGE').level;
      expect(top).toBeDefined();
      for (const t of ['A DGIT', 'B CHROOT']) {
        expect(byText(t).level).toBe(top);
        expect(byText(t).features).toContain(`headings.${feature}`);
      }
      expect(byText('8.1 gbp import-dscs –debsnap').level).toBe(top! + 1);
    },
  );

  it('articles before the first chapter do not set the top numbering: the chapters are (hand-made, 第 N 条 / 第 N 章)', () => {
    // Hand-made in the shape of a Japanese legal text of the Office corpus (MinerU content list, every heading
    // flat at text_level 1; the text is ours): an unnumbered title, the first numbered heading an article
    // "第 1 条", a false title ("青", a colour name in a table) still open, then the chapters. The chapters are
    // the top sections. (This replaced office-legal-aptitude-ja-ch02s02s02/mistral, GPL, removed from the
    // repository; the debmake legal texts open on "Chapter N." and do not show it.)
    const body = (page: number) => ({
      type: 'text',
      text: 'この条文は手で書いた本文です。パッケージの一覧を表示し、状態を確かめる方法を述べる。'.repeat(2),
      page_idx: page,
    });
    const head = (text: string, page: number) => ({ type: 'text', text, text_level: 1, page_idx: page });
    const items: Record<string, unknown>[] = [
      head('パッケージ情報の扱い', 0),
      head('第 1 条', 0),
      body(0),
      head('青', 0),
      head('第 1 章 一覧', 0),
      head('第 2 条', 0),
      body(0),
      head('第 3 条', 1),
      body(1),
      head('第 2 章 詳細', 1),
      head('第 4 条', 1),
      body(1),
      head('第 3 章 検索', 2),
      head('第 6 条', 2),
      body(2),
    ];
    items.forEach((e, i) => {
      e.bbox = [100, 60 + (i % 8) * 100, 900, 100 + (i % 8) * 100];
    });
    const text = JSON.stringify(items);
    const result = stitchSync({
      path: 'legal-ja.json',
      isFolder: false,
      files: [parseJsonText(text, 'legal-ja.json', 'legal-ja.json')],
    });
    const level = new Map(result.structure.headings.map((h) => [h.ref, h.level]));
    const of = (t: string) => {
      const el = result.document.elements.find((e) => e.text.trim() === t);
      const d = result.decisions.find((x) => x.stage === 'headings' && x.ids[0] === el?.id);
      return { level: el && level.get(el.ref), features: (d?.features ?? []).map((f) => f.id) };
    };
    for (const t of ['第 1 章 一覧', '第 2 章 詳細', '第 3 章 検索']) {
      expect(of(t).level, t).toBe(2);
      expect(of(t).features, t).toContain('headings.top-section');
    }
    for (const t of ['第 2 条', '第 4 条', '第 6 条']) expect(of(t).level, t).toBe(3);
  });

  it('a legal text whose articles come before its first chapter: chapters and articles at their gold levels (Mistral)', () => {
    // office-legal-debmake-ja-ch07 (train): "第 1 条", "第 2 条" under the title, then "第 1 章 7.1. debdiff".
    const { byText } = run('corpus-office', 'office-legal-debmake-ja-ch07', 'mistral');
    expect(byText('第 1 条')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('第 1 章 7.1. debdiff')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('第 2 章 7.2. dget')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('第 3 条')).toMatchObject({ level: 3, gold: 3 });
  });

  it.each(['docling', 'mineru-v2'])('a keyword opener labelled header ("前言", "致谢") is a heading (%s)', (f) => {
    // ctexbook (book-zh, a train family): the parser typed the unnumbered chapters' openers as page headers.
    const { byText } = run('corpus-latex', 'latex-ctexbook-debmake-zh-ch05', f);
    expect(byText('前言')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('前言').features).toContain('headings.numbered-header');
  });

  it.each(FORMATS)('a bare opener ("Chapter 1") is a heading, not a table-of-contents line (%s)', (f) => {
    const { byText } = run('corpus-latex', 'latex-report-debmake-en-ch07', f);
    for (const t of ['Chapter 1', 'Chapter 8']) {
      const h = byText(t);
      expect(h).toMatchObject({ level: 2, gold: 2 });
      expect(h.features).not.toContain('headings.demoted-toc-line');
    }
    // The chapter's name on the line under it is no heading of its own.
    expect(byText('debdiff').level).toBeUndefined();
    expect(byText('debdiff').gold).toBeUndefined();
  });

  it('a title alone on its cover page is the document title, though the chapters are set larger (mineru)', () => {
    const { byText } = run('corpus-latex', 'latex-report-debmake-en-ch07', 'mineru');
    const title = byText('Tips');
    expect(title).toMatchObject({ level: 1, gold: 1 });
    expect(title.features).toContain('headings.title-cover-page');
    for (const t of ['Abstract', 'Chapter 1', 'Bibliography']) expect(byText(t)).toMatchObject({ level: 2, gold: 2 });
  });

  it.each(FORMATS)('a document that sets its numbered headings at body size keeps its unnumbered ones (%s)', (f) => {
    const els = run('corpus-latex', 'latex-elsarticle-debmake-en-ch04', f);
    const big = els.byText('Big picture');
    expect(big).toMatchObject({ level: 2, gold: 2 });
    expect(big.features).toContain('headings.body-size-habit');
    // acmart's appendices: a letter and a space ("A DGIT"), in the size of the numbered sections.
    const acm = run('corpus-latex', 'latex-acmart-debmake-en-ch07', f);
    expect(acm.byText('A DGIT')).toMatchObject({ level: 2, gold: 2 });
    expect(acm.byText('B CHROOT')).toMatchObject({ level: 2, gold: 2 });
  });

  it('a body-size title stays demoted where the numbered headings are larger (llncs: the habit does not apply)', () => {
    const { byText } = run('corpus-latex', 'latex-llncs-debmake-en-ch05', 'mineru');
    expect(byText('1 Packaging workflow')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('The debhelper package').features).not.toContain('headings.body-size-habit');
  });

  it.each(FORMATS)('"概要" (a Japanese abstract) is a top section, whatever its size (%s)', (f) => {
    const { byText } = run('corpus-latex', 'latex-jlreq-debmake-ja-ch02', f);
    expect(byText('概要')).toMatchObject({ level: 2, gold: 2 });
  });

  it('a subfigure\'s caption typed as a title ("(b) 変更後。") is no heading', () => {
    const ja = run('corpus-latex', 'latex-jlreq-debmake-ja-ch02', 'dots').byText('(b) 変更後。');
    expect(ja).toMatchObject({ level: undefined, gold: undefined });
    expect(ja.features).toContain('headings.demoted-subfigure-caption');
    const zh = run('corpus-latex', 'latex-ctexart-debmake-zh-ch02', 'dots').byText('(a) 修改之前。');
    expect(zh).toMatchObject({ level: undefined, gold: undefined });
  });

  it('the first heading, unnumbered, before numbered sections set in its own size is the title (amsart)', () => {
    // amsart sets its title in the size of its sections. A test-family document: diagnosed here because
    // its level accuracy (0.42) was a named failure class; the rule reads no trait of amsart's.
    const { byText } = run('corpus-latex', 'latex-amsart-debmake-en-ch04', 'mineru');
    expect(byText('SIMPLE EXAMPLE')).toMatchObject({ level: 1, gold: 1 });
    expect(byText('1. Packaging tarball')).toMatchObject({ level: 2, gold: 2 });
  });

  it.each(FORMATS)('a body-size heading in capitals joins the numbered headings in capitals (IEEEtran, %s)', (f) => {
    // A test-family document (paper-ieee): the habit's style key was written for issue #15's class 9.
    const { byText } = run('corpus-latex', 'latex-ieeetran-debmake-en-ch03', f);
    for (const t of ['MC', 'GIT-BUILDPACKAGE', 'V. SBUILD']) expect(byText(t)).toMatchObject({ level: 2, gold: 2 });
  });

  it('a chart label typed as a title inside another block is no heading (Unstructured, IMF outlook)', () => {
    // test/fixtures/unstructured (Apache-2.0, PROVENANCE.md): the parser took a chart into a paragraph's
    // box and typed its legend as titles; also one of the hand-checked gold samples, where this was seen.
    const result = stitchSync(
      loadInput(path.join(ROOT, 'test/fixtures/unstructured/imf-weo-2023jan-sharepoint-coords.json')),
    );
    const heading = new Map(result.structure.headings.map((h) => [h.ref, h.level]));
    const el = (text: string) => result.document.elements.find((e) => e.text.trim() === text)!;
    for (const t of ['Median country Brazil', 'United States', 'Euro area']) {
      expect(heading.has(el(t).ref)).toBe(false);
      const d = result.decisions.find((x) => x.stage === 'headings' && x.ids[0] === el(t).id);
      expect(d?.features?.map((f) => f.id)).toEqual(['headings.demoted-inside-block']);
    }
    for (const t of ['Forces Shaping the Outlook', 'The Forecast', 'Policy Priorities'])
      expect(heading.has(el(t).ref)).toBe(true);
  });
});
