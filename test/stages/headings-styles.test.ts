// Heading levels on the parser-style formats (issue #15): train documents of the full LaTeX corpus
// (test/corpus-train/, built by scripts/corpus; train split only) in Mistral OCR's Markdown, whose `#` levels
// the writer restarts, flattens or sets off by one, each checked against its gold.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readStructureFile } from '../../src/eval/report.js';
import { loadInput } from '../../src/io/load.js';
import { stitchSync } from '../../src/pipeline.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'corpus-train');

const INPUT: Record<string, string> = {
  mistral: 'ocr_response.json',
  'mineru-v2': 'content_list_v2.json',
  unstructured: 'elements.json',
  marker: 'marker.json',
  paddle: 'res.json',
};

/** Engine level, gold level and decision features of each element with this text (spaces folded). */
function run(doc: string, format = 'mistral') {
  const dir = path.join(ROOT, doc, format);
  const result = stitchSync(loadInput(path.join(dir, INPUT[format])));
  const gold = readStructureFile(path.join(dir, 'gold.structure.json'));
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
    const found = all(text).filter((x) => x.type !== 'header' || x.gold !== undefined);
    if (found.length !== 1) throw new Error(`${found.length} elements "${text}" in ${doc}`);
    return found[0];
  };
  return { byText, all, result, gold };
}

describe('headings on Mistral OCR Markdown', () => {
  it('a preface whose only later headings are its end matter titles the document: Acknowledgments and References lie under it', () => {
    // A preface alone (no sizes, every "#" at one level): its acknowledgments and references are its own.
    const { byText } = run('latex-llncs-debmake-en-pr01');
    expect(byText('Preface')).toMatchObject({ level: 1, gold: 1 });
    expect(byText('Preface').features).toContain('headings.title-preface-alone');
    for (const t of ['Acknowledgments', 'References']) expect(byText(t)).toMatchObject({ level: 2, gold: 2 });
  });

  it('level hints the numbering contradicts are set aside, and the top sections stay siblings', () => {
    // "## 1 …" but "# 2 …": the writer's levels put sections of one rank at two depths.
    const { byText } = run('latex-acmart-debmake-en-ch08');
    expect(byText('More Examples')).toMatchObject({ level: 1, gold: 1 });
    for (const t of ['1 CHERRY-PICK TEMPLATES', '2 NO MAKEFILE (SHELL, CLI)'])
      expect(byText(t)).toMatchObject({ level: 2, gold: 2 });
    for (const t of ['ACKNOWLEDGMENTS', 'REFERENCES']) {
      expect(byText(t)).toMatchObject({ level: 2, gold: 2 });
      expect(byText(t).features).toContain('headings.hints-contradict-numbering');
    }
  });

  it('a lettered appendix after plain-numbered sections ("A SETUP.PY") is one of the top sections', () => {
    const { byText } = run('latex-acmart-debmake-en-ch08');
    expect(byText('3 MAKEFILE (SHELL, CLI)')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('A SETUP.PY (PYTHON3, CLI)')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('A SETUP.PY (PYTHON3, CLI)').features).toContain('headings.letter-appendix');
  });

  it('lettered appendices run A, B with their sub-sections ("A.1") below them', () => {
    const { byText } = run('latex-ctexart-debmake-zh-ch07');
    for (const t of ['A dgit', 'B chroot']) {
      expect(byText(t)).toMatchObject({ level: 2, gold: 2 });
      expect(byText(t).features).toContain('headings.letter-appendix');
    }
    expect(byText('A.1 Snapshot upstream tarball (al-ternative git deborig approach)')).toMatchObject({
      level: 3,
      gold: 3,
    });
  });

  it('an unnumbered heading at the level hint of the numbered subsections, where the hints vary and agree with the numbering, is one of them', () => {
    const { byText } = run('latex-llncs-debmake-en-ch07');
    expect(byText('10.1 uscan')).toMatchObject({ level: 3, gold: 3 });
    for (const t of ['uupdate + tarball', 'gbp + uscan']) {
      expect(byText(t)).toMatchObject({ level: 3, gold: 3 });
      expect(byText(t).features).toContain('headings.hint-of-numbered');
    }
  });

  it('level hints that never vary (every title "#") tell no kind: an unnumbered heading among plain-numbered sections is one of them', () => {
    const { byText } = run('latex-article-debmake-en-ch04');
    expect(byText('3 What is debmake?')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('What is debuild?')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('What is debuild?').features).toContain('headings.plain-top-section');
    expect(byText('What is debuild?').features).not.toContain('headings.hint-of-numbered');
  });

  it("the document's first title is its title even in a note label's words (提示)", () => {
    const { byText } = run('latex-ctexart-debmake-zh-ch07');
    expect(byText('提示')).toMatchObject({ level: 1, gold: 1 });
    expect(byText('提示').features).toContain('headings.first-title-note-label');
  });

  it('a lone lower-case name among sections named so ("2 dget", "debc") is kept, a sibling, with no size known', () => {
    const { byText } = run('latex-ctexart-debmake-zh-ch07');
    expect(byText('2 dget')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('debc')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('debc').features).toContain('headings.numbered-names');
  });

  it('a page header repeating a title ("3 debc") is a running head, not a section banner', () => {
    const { all, byText } = run('latex-jlreq-debmake-ja-ch07');
    expect(byText('3 debc')).toMatchObject({ level: 2, gold: 2 });
    const headers = all('3 debc').filter((x) => x.type === 'header');
    expect(headers).toHaveLength(1);
    expect(headers[0]).toMatchObject({ level: undefined, gold: undefined });
  });
});

describe('lettered appendices typed as text', () => {
  it('"A Step 3: …" typed as text after the last plain-numbered section, before a typed "B …", is appendix A', () => {
    const { byText } = run('latex-article-debmake-en-ch04');
    const a = byText('A Step 3: Modification to the template files');
    expect(a).toMatchObject({ type: 'text', level: 2, gold: 2 });
    expect(a.features).toEqual(expect.arrayContaining(['headings.promoted-numbered-text', 'headings.letter-appendix']));
    expect(byText('B Step 4: Building pack-age with debuild')).toMatchObject({ level: 2, gold: 2 });
  });
});

describe('section titles in Mistral OCR page headers', () => {
  it('a running head with a section title folded in after it ("Tips / Ines Carvalho / 8. git-buildpackage") is that title', () => {
    const { all, result } = run('latex-amsart-debmake-en-ch07');
    const folded = result.document.elements.filter(
      (e) => e.type === 'header' && e.text.endsWith('8. git-buildpackage'),
    );
    expect(folded).toHaveLength(1);
    expect(result.structure.furniture).not.toContain(folded[0].ref);
    expect(all('Tips Ines Carvalho 8. git-buildpackage')[0]).toMatchObject({ level: 2, gold: 2 });
    // The running head alone stays furniture on every other page.
    const heads = result.document.elements.filter((e) => e.type === 'header' && e !== folded[0]);
    expect(heads.length).toBeGreaterThan(10);
    for (const e of heads) expect(result.structure.furniture).toContain(e.ref);
  });

  it("in a document whose page headers never repeat, a header in a heading's words is a section title", () => {
    const { byText } = run('latex-ltjsarticle-debmake-ja-ch02');
    expect(byText('付録 B Contribution approaches')).toMatchObject({ type: 'header', level: 2, gold: 2 });
  });
});

describe('headings on MinerU 2 content lists', () => {
  it('an unnumbered chapter title labelled page header, opening its page, is a heading', () => {
    // The parser labelled "无 Makefile（shell，命令行界面）" page_header; the furniture stage kept it in the body.
    const { byText } = run('latex-ctexbook-debmake-zh-ch08', 'mineru-v2');
    const h = byText('无 Makefile（shell，命令行界面）');
    expect(h).toMatchObject({ type: 'header', level: 2, gold: 2 });
    expect(h.features).toContain('headings.opener-header');
    expect(byText('第一章挑选最好的模板')).toMatchObject({ level: 2, gold: 2 });
  });

  it('a lone lower-case name at the size of the sections named so ("1 debdiff", "dget") is a section, not a defined term', () => {
    const { byText } = run('latex-llncs-debmake-en-ch07', 'mineru-v2');
    expect(byText('1 debdiff')).toMatchObject({ level: 2, gold: 2 });
    for (const t of ['dget', 'piuparts']) {
      expect(byText(t)).toMatchObject({ level: 2, gold: 2 });
      expect(byText(t).features).toContain('headings.numbered-names');
    }
  });
});

describe('headings on Unstructured elements', () => {
  it('a header numbered as a bare chapter opener ("CHAPTER 5. DEBIAN DOCUMENTATION" beside "Chapter 5") is a running head', () => {
    const { all, byText } = run('latex-report-debmake-en-ch02', 'unstructured');
    expect(byText('Chapter 5')).toMatchObject({ level: 2, gold: 2 });
    for (const t of ['CHAPTER 5. DEBIAN DOCUMENTATION', 'CHAPTER 6. HELP RESOURCES', 'CHAPTER 7. ARCHIVE SITUATION']) {
      const [head] = all(t);
      expect(head).toMatchObject({ type: 'header', level: undefined, gold: undefined });
    }
  });
});

describe('headings on Unstructured elements: keywords that hold no sections', () => {
  it('an unnumbered heading after the abstract (概要) is its sibling, not its sub-section, when nothing else tells', () => {
    // No sizes, no level hints, one numbered section: only the order of appearance would nest it under 概要.
    const { byText } = run('latex-jlreq-debmake-ja-ch08', 'unstructured');
    expect(byText('概要')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('Cherry-pick templates')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('Cherry-pick templates').features).toContain('headings.keyword-holds-none');
  });
});

describe('headings on Marker JSON', () => {
  it('an appendix opener typed as text after Roman sections ("Appendix A: setup.py …") is one of the top sections (revtex)', () => {
    const { byText } = run('latex-revtex-debmake-en-ch08', 'marker');
    expect(byText('II. MAKEFILE (SHELL, CLI)')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('Appendix A: setup.py (Python3, CLI)')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('Appendix A: setup.py (Python3, CLI)').features).toContain('headings.promoted-numbered-text');
  });

  it("an unnumbered heading at the parser's level of the numbered subsections is one of them, before the body-size habit sets it with the sections (elsarticle)", () => {
    // elsarticle sets "Packaging workflow" (\section*) and "The debhelper package" (\subsection*) alike, at body
    // size; Marker's h3 (its levels agree with "1. Future …" at h2 and "Appendix B.1. dh" at h3) tells them apart.
    const { byText } = run('latex-elsarticle-debmake-en-ch05', 'marker');
    expect(byText('Packaging workflow')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('The debhelper package')).toMatchObject({ level: 3, gold: 3 });
    expect(byText('The debhelper package').features).toContain('headings.hint-of-numbered');
    expect(byText('Historical perspective of Debian packaging prac-tices')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('Appendix B.1. dh')).toMatchObject({ level: 3, gold: 3 });
  });

  it('a blank page header opening its page is a chapter title whose words were lost; the name line after it is no heading', () => {
    // Marker empties every PageHeader block; the layout model labelled four chapter openers ("Chapter 3" …) so.
    const { result, gold, byText } = run('latex-report-debmake-en-ch05', 'marker');
    const goldLevel = new Map(gold.headings.map((h) => [h.ref, h.level]));
    const level = new Map(result.structure.headings.map((h) => [h.ref, h.level]));
    const blanks = result.document.elements.filter(
      (e) => e.type === 'header' && e.text.trim() === '' && goldLevel.has(e.ref),
    );
    expect(blanks).toHaveLength(4);
    for (const b of blanks) {
      expect(level.get(b.ref)).toBe(goldLevel.get(b.ref));
      const d = result.decisions.find((x) => x.stage === 'headings' && x.ids[0] === b.id && x.accepted);
      expect((d?.features ?? []).map((f) => f.id)).toContain('headings.blank-opener-header');
    }
    // The chapter's name on the next line is part of the lost opener, not a second heading.
    expect(byText('Package name and version')).toMatchObject({ level: undefined, gold: undefined });
    // Blank running heads stay furniture.
    const furniture = new Set(result.structure.furniture);
    const running = result.document.elements.filter((e) => e.type === 'header' && !goldLevel.has(e.ref));
    expect(running.length).toBeGreaterThan(10);
    for (const e of running) expect(furniture.has(e.ref)).toBe(true);
  });
});

describe('headings on PaddleOCR results', () => {
  it('body-size unnumbered sections before the first numbered one, after the abstract, are headings by the document habit', () => {
    // elsarticle sets every section at body size; "Packaging workflow" (\section*) comes before "1. Future perspective …".
    const { byText } = run('latex-elsarticle-debmake-en-ch05', 'paddle');
    for (const t of ['Packaging workflow', 'Historical perspective of Debian packaging prac-tices']) {
      expect(byText(t)).toMatchObject({ level: 2, gold: 2 });
      expect(byText(t).features).toContain('headings.body-size-habit');
    }
    // A \subsection* at body size too: a heading (its depth, 3 in the gold, nothing here tells).
    expect(byText('The debhelper package').gold).toBe(3);
    expect(byText('The debhelper package').level).toBeDefined();
    expect(byText('1. Future perspective on Debian packaging prac-tices')).toMatchObject({ level: 2, gold: 2 });
  });
});

describe('document habits that key unnumbered headings', () => {
  it('a heading not in capitals inside a numbered section, under capital top sections, is one of the deeper (IEEEtran, Unstructured)', () => {
    // No sizes and no level hints: the case habit alone tells "gbp import-dscs" (a \subsection*) from "VIII. CHROOT".
    const { byText } = run('latex-ieeetran-debmake-en-ch07', 'unstructured');
    expect(byText('VIII. CHROOT')).toMatchObject({ level: 2, gold: 2 });
    for (const t of ['gbp import-dscs –debsnap', 'uupdate + tarball']) {
      expect(byText(t)).toMatchObject({ level: 3, gold: 3 });
      expect(byText(t).features).toContain('headings.mixed-below-caps');
    }
  });

  it('a chapter with no number that opens its page under no running head, as the numbered chapters do, is a chapter (report, Mistral)', () => {
    // "devscripts", "sbuild", "git-buildpackage" (\chapter*): lone lower-case names with no size known, kept and
    // set beside "Chapter 4" by the page-opening habit rather than demoted as terms or nested under it.
    const { byText } = run('latex-report-debmake-en-ch03', 'mistral');
    expect(byText('Chapter 5')).toMatchObject({ level: 2, gold: 2 });
    for (const t of ['devscripts', 'sbuild', 'git-buildpackage']) {
      expect(byText(t)).toMatchObject({ level: 2, gold: 2 });
      expect(byText(t).features).toContain('headings.page-opener-top');
    }
  });

  it('the page-opening habit holds with one numbered chapter beside top keywords (前言, 致谢) opening their pages (ctexbook, Unstructured)', () => {
    const { byText } = run('latex-ctexbook-debmake-zh-ch08', 'unstructured');
    expect(byText('第一章挑选最好的模板')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('无 Makefile（shell，命令行界面）')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('无 Makefile（shell，命令行界面）').features).toContain('headings.page-opener-top');
  });

  it('a key is sized by its numbered headings: the small "Abstract" does not lift a \\section* beside the chapters (report, PaddleOCR)', () => {
    const { byText } = run('latex-report-debmake-en-ch06', 'paddle');
    expect(byText('Abstract')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('Chapter 1')).toMatchObject({ level: 2, gold: 2 });
    expect(byText('Python module')).toMatchObject({ level: 3, gold: 3 });
  });
});
