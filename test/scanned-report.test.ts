// End to end on a scanned report: what the engine makes of Tesseract's hOCR and ALTO of the two-page report in
// test/fixtures/scanned-source (written by us: a title, four numbered sections, a paragraph cut by the page
// break, a table, a figure, a running head and page numbers on every page). The expected values are what the
// document is (read off report-*.html and the rendered pages), not what the engine happens to output.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../src/model/errors.js';
import { stitchSync } from '../src/pipeline.js';
import type { StitchResult } from '../src/stitch.js';

const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

const inputs = {
  'hOCR en': 'hocr/report-en.hocr',
  'ALTO en (a file per page)': 'alto/report-en',
  'hOCR ja': 'hocr/report-ja.hocr',
  'ALTO ja': 'alto/report-ja.xml',
  'hOCR zh': 'hocr/report-zh.hocr',
  'ALTO zh': 'alto/report-zh.xml',
};

const textOf = (r: StitchResult, ref: string) => r.document.elements.find((e) => e.ref === ref)?.text ?? '';

/** The document's own facts, per language. */
const truth = {
  en: {
    headings: [
      ['Harbour Water Survey 2026', 1],
      ['1 Introduction', 2],
      ['2 Method', 2],
      ['3 Results', 2],
      ['4 Conclusion', 2],
    ],
    runningHead: 'Northern Harbour Authority Water Survey 2026',
    pageNumbers: ['Page 1 of 2', 'Page 2 of 2'],
    // The Results paragraph runs from the foot of page 1 to the head of page 2.
    cut: [/The breakwater passage follows the harbour mouth closely in every week,$/, /^which shows/],
    // Tesseract set three paragraphs' last lines (or a paragraph's second half) apart inside the column, each in
    // mid-sentence (the source's sentences, report-en.html: "… an independent check of the probe's optical sensor.",
    // "… within the previous ten minutes.", "… stays low throughout the survey"): joined as the hand-checked sets do.
    splitInColumn: [
      ['ent check of', "the probe's "],
      ['r within the', 'previous ten'],
      ['ty stays low', 'throughout t'],
    ] as string[][],
  },
  ja: {
    headings: [
      ['2026 年港湾水質調査報告書', 1],
      ['1 はじめに', 2],
      ['2 方法', 2],
      ['3 結果', 2],
      ['4 結論', 2],
    ],
    runningHead: '北港港湾管理者 2026 年水質調査',
    // "1 / 2" and "2 / 2", as Tesseract spaced them.
    pageNumbers: ['1/ 2', '2 /2'],
    cut: [/内側の港池は一度半以$/, /^上暖かいが、/],
    splitInColumn: [] as string[][],
  },
} as const;

describe('a scanned report through the whole engine', () => {
  for (const [name, path] of Object.entries(inputs)) {
    const lang = name.slice(-2) === 'en' || name.includes(' en ') ? 'en' : name.slice(-2);
    it(`${name}: the title and the four sections, and the running head is furniture`, () => {
      const r = stitchSync(join(fixtures, path));
      expect(r.accounting.read).toBe(r.accounting.placed + r.accounting.dropped);
      const furniture = r.structure.furniture.map((ref) => textOf(r, ref));
      if (lang === 'zh') {
        expect(r.structure.headings.map((h) => [textOf(r, h.ref), h.level])).toEqual([
          ['2026 年港口水质调查报告', 1],
          ['一、引言', 2],
          ['二、方法', 2],
          ['三、结果', 2],
          ['四、结论', 2],
        ]);
        // Tesseract (chi_sim) lost the footer "第 N 页" of both pages; the running heads are what is left.
        expect(furniture).toEqual(['北港港务局 2026 年水质调查', '北港港务局 2026 年水质调查']);
        return;
      }
      const t = truth[lang as 'en' | 'ja'];
      expect(r.structure.headings.map((h) => [textOf(r, h.ref), h.level])).toEqual(t.headings);
      expect(furniture.sort()).toEqual([t.runningHead, t.runningHead, ...t.pageNumbers].sort());
    });
    if (lang === 'zh') continue;
    it(`${name}: the fragments on either side of the page break are joined, and the lines Tesseract set apart`, () => {
      const r = stitchSync(join(fixtures, path));
      const t = truth[lang as 'en' | 'ja'];
      const page = (ref: string) => r.document.elements.find((e) => e.ref === ref)?.page;
      const pairs = r.structure.paragraphMerges.flatMap((g) => g.slice(1).map((b, i) => [g[i], b] as const));
      const cut = pairs.filter(([a, b]) => page(a) === 1 && page(b) === 2);
      expect(cut).toHaveLength(1);
      expect(textOf(r, cut[0][0])).toMatch(t.cut[0]);
      expect(textOf(r, cut[0][1])).toMatch(t.cut[1]);
      // every other join is a paragraph Tesseract split inside its column in mid-sentence, joined as such
      const inColumn = pairs.filter((p) => p !== cut[0]);
      expect(inColumn.map(([a, b]) => [textOf(r, a).slice(-12), textOf(r, b).slice(0, 12)])).toEqual(t.splitInColumn);
      for (const [, b] of inColumn) {
        const d = r.decisions.find((x) => x.accepted && x.stage === 'text-merge' && x.place.refs.at(-1) === b);
        expect(d?.ruleId).toBe('text-merge.parser-split');
      }
      if (lang === 'en') expect(r.markdown()).toMatch(/in every week, which shows that the water there/);
      if (lang === 'en') expect(r.markdown()).toMatch(/an independent check of the probe's optical sensor\./);
    });
  }

  it('the CLI writes the outputs for an hOCR file, and a broken ALTO file is one line, exit 4, no output', () => {
    const work = mkdtempSync(join(tmpdir(), 'docstitch-scan-'));
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', tsx, join(root, 'src/cli/run.ts'), ...args], {
        cwd: work,
        encoding: 'utf8',
        timeout: 60_000,
      });
    const ok = run(join(fixtures, 'hocr/report-en.hocr'), '--out', join(work, 'ok'));
    expect(ok.status).toBe(0);
    expect(readdirSync(join(work, 'ok')).sort()).toEqual([
      '.docstitch-outputs.json',
      'document.json',
      'document.md',
      'structure.json',
    ]);
    expect(readFileSync(join(work, 'ok/document.md'), 'utf8')).toMatch(/^## 3 Results$/m);
    const broken = join(work, 'page-1.xml');
    writeFileSync(broken, readFileSync(join(fixtures, 'alto/report-en/en-1.xml'), 'utf8').slice(0, 5000));
    const bad = run(broken, '--out', join(work, 'bad'));
    expect(bad.status).toBe(EXIT_CODES.json);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/page-1\.xml: invalid XML: .* at line \d+, column \d+/);
    expect(existsSync(join(work, 'bad'))).toBe(false);
  });
});
