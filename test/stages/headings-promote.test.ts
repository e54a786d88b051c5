// Headings the parser typed as text (src/stages/headings/promote.ts), on real documents: train documents of
// the committed LaTeX and Office slices (corpus-latex/, corpus-office/) and of the full LaTeX corpus
// (test/corpus-train/), each checked against its gold.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStructureFile } from '../../src/eval/report.js';
import { loadInput } from '../../src/io/load.js';
import { stitchSync } from '../../src/pipeline.js';
import { foldsLonger, foldText } from '../../src/stages/headings/promote.js';
import type { StitchOptions } from '../../src/stitch.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const INPUT: Record<string, string> = {
  docling: 'document.json',
  marker: 'marker.json',
  mistral: 'ocr_response.json',
  paddle: 'res.json',
  unstructured: 'elements.json',
  'mineru-v2': 'content_list_v2.json',
};

/** Engine level, gold level and decision features of each element, by its text (trimmed, spaces folded). */
function run(dir: string, format: string, options: StitchOptions = {}) {
  const full = path.join(ROOT, dir, format);
  const result = stitchSync(loadInput(path.join(full, INPUT[format])), options);
  const gold = readStructureFile(path.join(full, 'gold.structure.json'));
  const goldLevel = new Map(gold.headings.map((h) => [h.ref, h.level]));
  const level = new Map(result.structure.headings.map((h) => [h.ref, h.level]));
  const all = (text: string) =>
    result.document.elements
      .filter((e) => e.text.replace(/\s+/g, ' ').trim() === text)
      .map((el) => {
        const d = result.decisions.find((x) => x.stage === 'headings' && x.ids[0] === el.id && x.accepted);
        return {
          type: el.type,
          level: level.get(el.ref),
          gold: goldLevel.get(el.ref),
          features: (d?.features ?? []).map((f) => f.id),
        };
      });
  const byText = (text: string) => {
    const found = all(text);
    if (found.length === 0) throw new Error(`no element "${text}" in ${dir}/${format}`);
    return found[0];
  };
  return { byText, all, result, goldLevel, level };
}

describe('headings the parser typed as text', () => {
  it('chapter openers Mistral wrote without "#" are the chapters, by their word and their sequence', () => {
    const { byText } = run('corpus-latex/latex-report-debmake-en-ch07', 'mistral');
    for (const t of ['Chapter 1', 'Chapter 2', 'Chapter 3', 'Chapter 4', 'Chapter 5', 'Chapter 8']) {
      const h = byText(t);
      expect(h.type).toBe('text');
      expect(h).toMatchObject({ level: 2, gold: 2 });
      expect(h.features).toContain('headings.promoted-numbered-text');
    }
    // A top keyword alone on its line.
    expect(byText('Bibliography')).toMatchObject({ type: 'text', level: 2, gold: 2 });
    expect(byText('Bibliography').features).toContain('headings.promoted-keyword-text');
  });

  it('a running head repeating a chapter\'s number ("CHAPTER 2. MC") is no heading; the opener is', () => {
    const { byText, all } = run('test/corpus-train/latex-book-debmake-en-ch03', 'mistral');
    expect(byText('Chapter 2')).toMatchObject({ type: 'text', level: 2, gold: 2 });
    expect(byText('Appendix A')).toMatchObject({ type: 'text', level: 2, gold: 2 });
    for (const t of ['CHAPTER 2. MC', 'CHAPTER 4. QUILT', 'CHAPTER 9. PRIVATE DEBIAN REPOSITORY']) {
      const found = all(t);
      expect(found.length).toBeGreaterThan(0);
      for (const h of found) expect(h).toMatchObject({ type: 'text', level: undefined, gold: undefined });
    }
  });

  it.each(Object.keys(INPUT))(
    'a legal text numbering its paragraphs as articles ("第二条 …") under chapter headings keeps them paragraphs (%s)',
    (format) => {
      const { result, goldLevel, level } = run('corpus-office/office-legal-debmake-zh-ch04', format);
      const articles = result.document.elements.filter(
        (e) => e.type === 'text' && /^第\s*[一二三四五六七八九十\s]+条/.test(e.text),
      );
      expect(articles.length).toBeGreaterThan(3);
      for (const el of articles) {
        expect(goldLevel.get(el.ref)).toBeUndefined();
        expect(level.get(el.ref)).toBeUndefined();
      }
    },
  );
});

describe('the document title against sections set alike', () => {
  it("the first heading alone at the parser's top level (MinerU 2 title level 1 over 2) is the title", () => {
    const { byText } = run('test/corpus-train/latex-amsart-debmake-en-apa', 'mineru-v2');
    const title = byText('DEBMAKE(1) MANPAGE');
    expect(title).toMatchObject({ level: 1, gold: 1 });
    expect(title.features).toContain('headings.title-parser-level');
    for (const t of ['1. NAME', '6. CAVEAT', 'AUTHOR', 'Appendix A. LICENSE', 'References'])
      expect(byText(t)).toMatchObject({ level: 2, gold: 2 });
  });

  it('a first heading whose size the numbered sections share (two unnumbered among them) is the title; "3.0" is a section', () => {
    // Marker sets every heading <h1> here: no level evidence but sizes, numbering and position.
    const { byText } = run('test/corpus-train/latex-amsart-debmake-en-ch07', 'marker');
    expect(byText('TIPS')).toMatchObject({ level: 1, gold: 1 });
    for (const t of ['1. debdiff', '15. Skipped uploads', 'New upstream release', '3.0 source format', 'References'])
      expect(byText(t)).toMatchObject({ level: 2, gold: 2 });
  });
});

describe('numbered paragraphs that are no headings', () => {
  it('a list entry typed as text whose sentence ends inside it ("6. Check … command. (recommended)") stays text', () => {
    const dir = path.join(ROOT, 'corpus/debmake-en-ch05/mineru');
    const result = stitchSync(loadInput(path.join(dir, 'content_list.json')));
    const gold = readStructureFile(path.join(dir, 'gold.structure.json'));
    const el = result.document.elements.find((e) => e.text.startsWith('6. Check the quality of the Debian package'));
    expect(el?.type).toBe('text');
    // Its number follows the section before it ("5.1. Packaging workflow"): only its words tell.
    expect(result.document.elements.some((e) => e.type === 'title' && e.text.startsWith('5.1.'))).toBe(true);
    const headings = new Set(result.structure.headings.map((h) => h.ref));
    expect(headings.has(el!.ref)).toBe(false);
    expect(gold.headings.some((h) => h.ref === el!.ref)).toBe(false);
  });
});

describe('chapter openers the parser labelled header', () => {
  it('chapter openers labelled header mid-page ("Chapter 1", "Chapter 4") stay body and are the chapters', () => {
    const { result, byText } = run('test/corpus-train/latex-report-debmake-en-ch04', 'paddle');
    const openers = result.document.elements.filter((e) => e.type === 'header');
    expect(openers.map((e) => e.text.trim())).toEqual(['Chapter 1', 'Chapter 4', 'Chapter 6']);
    for (const el of openers) {
      expect(result.structure.furniture).not.toContain(el.ref);
      expect(byText(el.text.trim())).toMatchObject({ level: 2, gold: 2 });
    }
    // Their numbers differ, so their texts with the digits folded repeat; each exact text heads one page only.
    expect(byText('Chapter 1').features).toContain('headings.numbered-header');
  });
});

describe("a lone lower-case name set at a heading's size", () => {
  it('"dget", "debc", "debsign" set as large as the numbered sections are sections, not defined terms', () => {
    const { byText } = run('test/corpus-train/latex-article-debmake-en-ch07', 'paddle');
    for (const t of ['dget', 'debc', 'debsign']) {
      const h = byText(t);
      expect(h).toMatchObject({ type: 'title', level: 2, gold: 2 });
      expect(h.features).toContain('headings.heading-size-name');
    }
    expect(byText('1 debdiff')).toMatchObject({ level: 2, gold: 2 });
  });
});

describe('unnumbered headings beside top sections numbered alone', () => {
  it.each(['letter-appendix', 'plain-top-section'])(
    'with no size or level known, "A 帮助资源" beside "1 …" … "5 …" (no deeper numbering) is a top section: %s',
    (feature) => {
      // Lettered after the plain-numbered sections: read by its letter; with that evidence off, as an
      // unnumbered heading in a document that numbers its top sections only.
      const off = feature === 'plain-top-section' ? { 'letter-appendix': 0 } : {};
      const { byText, all } = run('corpus-latex/latex-ctexart-debmake-zh-ch02', 'unstructured', {
        engine: { weights: { headings: off } },
      });
      for (const t of ['A 帮助资源', 'B 仓库状况']) {
        // The heading, not its line in the table of contents.
        const h = all(t).find((x) => x.gold !== undefined)!;
        expect(h).toMatchObject({ level: 2, gold: 2 });
        expect(h.features).toContain(`headings.${feature}`);
      }
      expect(byText('5 Debian 文档')).toMatchObject({ level: 2, gold: 2 });
    },
  );
});

describe('numbered titles typed as text that ask or announce', () => {
  it('a numbered title typed as text that asks a question ("4 What is debuild?") is a heading, not a sentence', () => {
    const { byText } = run('test/corpus-train/latex-jlreq-debmake-ja-ch04', 'mineru-v2');
    const h = byText('4 What is debuild?');
    expect(h).toMatchObject({ type: 'text', level: 2, gold: 2 });
    expect(h.features).toContain('headings.promoted-numbered-text');
  });
});

describe('foldsLonger', () => {
  it('says a text folds longer than the bound only when its fold is longer, and knows it in ASCII text', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'B', '7', ' ', '.', '-', '\t', 'é', '字', 'カ', '\u3099', '゛', 'ｶ', '①', 'ﬁ', '。'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 40 }), (t, max) => {
        const longer = foldText(t).length > max;
        if (foldsLonger(t, max)) expect(longer).toBe(true);
        if (!/[^ -~\t\n\r]/.test(t) && t.length > max) expect(foldsLonger(t, max)).toBe(longer);
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});
