// hOCR adapter. test/fixtures/hocr/report-{en,zh,ja}.hocr are real Tesseract 5.3 outputs of a two-page report
// we wrote ourselves (test/fixtures/scanned-source, see PROVENANCE.md); the small inputs inline are HAND-MADE.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveHocrPointer } from '../../src/adapters/hocr.js';
import { adapters, readWithAdapter } from '../../src/adapters/index.js';
import { loadInput } from '../../src/io/load.js';
import type { ParsedDocument } from '../../src/model/element.js';
import { DocstitchError } from '../../src/model/errors.js';
import { stitchSync } from '../../src/pipeline.js';
import { byRef, expectBox, fixtureReader } from '../helpers/adapter.js';
import { checkInvariants } from '../helpers/invariants.js';
import { tempFiles } from './ocr-test-utils.js';

const { fixture } = fixtureReader('hocr');
const read = (path: string) => readWithAdapter(loadInput(path));

/** A hand-made hOCR page (1000 × 1000 px at 100 dpi) around the given body. */
function page(body: string, title = 'bbox 0 0 1000 1000; scan_res 100 100'): string {
  return `<!DOCTYPE html><html><head><meta name="ocr-system" content="hand-made"/></head><body>
<div class="ocr_page" id="page_1" title="${title}">${body}</div></body></html>`;
}
const line = (bbox: string, words: string[], extra = '') =>
  `<span class="ocr_line" title="bbox ${bbox}${extra}">${words.map((w) => `<span class="ocrx_word">${w}</span>`).join(' ')}</span>`;

function expectAllAccounted(doc: ParsedDocument, file: string, pars: number): void {
  // Every ocr_par of the file is an element or dropped, every separator dropped.
  const text = readFileSync(file, 'utf8');
  const separators = text.match(/class='ocr_separator'/g)?.length ?? 0;
  const refs = [...doc.elements.map((e) => e.ref), ...doc.dropped.map((d) => d.place.refs[0])];
  expect(new Set(refs).size).toBe(refs.length);
  expect(text.match(/class='ocr_par'/g)?.length).toBe(pars);
  expect(refs.length).toBe(pars + separators);
}

describe('hocr adapter on Tesseract output', () => {
  it('reads the English report: two ocr_pages in one file, paragraphs with boxes and line hints', () => {
    const path = fixture('report-en.hocr');
    const input = loadInput(path);
    const { adapter, document: doc } = read(path);
    expect(adapter.name).toBe('hocr');
    // ocr_page title: bbox 0 0 1653 2339 (A4 at 200 dpi).
    expect(doc.pages).toEqual([
      { page: 1, width: 1653, height: 2339, unit: 'px' },
      { page: 2, width: 1653, height: 2339, unit: 'px' },
    ]);
    expectAllAccounted(doc, path, 24);
    expect(doc.elements).toHaveLength(24);
    // The 15 separators Tesseract found on page 2 (table rules, the figure's frame) are dropped with a reason.
    expect(doc.dropped.filter((d) => d.ruleId === 'hocr.separator' && d.place.page === 2)).toHaveLength(15);
    // Every ref names the ocr_par Tesseract wrote: par_<page>_<n> in document order.
    const pars = doc.elements.map((e) => resolveHocrPointer(input.files[0], e.ref));
    expect(pars.map((p) => p?.properties.id)).toEqual([
      ...Array.from({ length: 15 }, (_, i) => `par_1_${i + 1}`),
      ...Array.from({ length: 9 }, (_, i) => `par_2_${i + 1}`),
    ]);
    // par_1_2, the report's title: bbox 210 258 1000 315; its one line has x_size 58 at scan_res 200.
    const title = byRef(doc, '/ocr_page/0/ocr_carea/1/ocr_par/0');
    expect(title.text).toBe('Harbour Water Survey 2026');
    expectBox(title.bbox, [210 / 1653, 258 / 2339, 1000 / 1653, 315 / 2339]);
    expect(title.hints?.fontSize).toBe(20.9); // 58 px × 72 / 200 dpi = 20.88 pt
    expect(title.hints?.lineCount).toBe(1);
    // par_2_8, the conclusion: lines 207–1449, 207–1449, 207–440 (px): the last line stops short.
    const conclusion = byRef(doc, '/ocr_page/1/ocr_carea/7/ocr_par/0');
    expect(conclusion.text).toMatch(/^The cloudy water near the eastern quay is real .* to confirm the effect\.$/);
    expect(conclusion.hints?.lineCount).toBe(3);
    expect(conclusion.hints?.lastLineFill).toBeCloseTo((440 - 207) / (1449 - 207), 9);
    expect(conclusion.hints?.firstLineIndent).toBe(0);
    expect(conclusion.hints?.lineHeight).toBeCloseTo(29 / 2339, 9); // line heights 29, 30, 23 → median 29
  });

  it('types the short blocks set larger than the body text as titles, and nothing else', () => {
    for (const [lang, headings] of [
      ['en', ['Harbour Water Survey 2026', '1 Introduction', '2 Method', '3 Results', '4 Conclusion']],
      ['zh', ['2026 年港口水质调查报告', '一、引言', '二、方法', '三、结果', '四、结论']],
      ['ja', ['2026 年港湾水質調査報告書', '1 はじめに', '2 方法', '3 結果', '4 結論']],
    ] as const) {
      const { document: doc } = read(fixture(`report-${lang}.hocr`));
      expect(
        doc.elements.filter((e) => e.type === 'title').map((e) => e.text),
        lang,
      ).toEqual(headings);
    }
  });

  it('joins CJK words and lines without spaces (Chinese and Japanese reports)', () => {
    const zh = read(fixture('report-zh.hocr')).document;
    // The Method paragraph of the Chinese report, three lines in the scan.
    const method = zh.elements.find((e) => e.text.startsWith('在每个站点'));
    expect(method?.hints?.lineCount).toBe(3);
    expect(method?.text).toMatch(/^在每个站点，将经过校准的多参数探头放到水面以下一米处，保持两分钟。/);
    expect(method?.text).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
    const ja = read(fixture('report-ja.hocr')).document;
    const intro = ja.elements.find((e) => e.text.startsWith('本報告書は'));
    expect(intro?.text).toMatch(/^本報告書は、 ?2026 ?年春に北港で実施した水質調査について述べる。/);
    expect(intro?.text).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff] [\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('stitches every report with the shared invariants (refs resolve to ocr_par elements)', () => {
    for (const lang of ['en', 'zh', 'ja']) {
      const path = fixture(`report-${lang}.hocr`);
      checkInvariants(stitchSync(path), loadInput(path));
    }
  });
});

describe('hocr adapter on hand-made input', () => {
  it('joins hyphenated line ends, reads containers of lines, photos, captions and x_fsize', () => {
    const dir = tempFiles({
      'a.hocr': page(
        `<div class="ocr_carea" title="bbox 100 100 900 200"><p class="ocr_par" title="bbox 100 100 900 200">` +
          line('100 100 900 130', ['An', 'exam-']) +
          line('100 140 500 170', ['ple', 'of', 'hyphens.']) +
          `</p></div>` +
          `<div class="ocr_photo" title="bbox 100 300 900 600"></div>` +
          `<div class="ocr_carea" title="bbox 100 610 900 640">${line('100 610 900 640', ['Figure', '1:', 'A', 'photo'], '; x_fsize 9').replace('ocr_line', 'ocr_caption')}</div>` +
          `<div class="ocr_carea" title="bbox 100 700 900 730"><p class="ocr_par" title="bbox 100 700 900 730"> </p></div>` +
          `<div class="ocr_separator" title="bbox 100 650 900 652"></div>`,
      ),
    });
    const doc = read(join(dir, 'a.hocr')).document;
    expect(doc.elements.map((e) => [e.ref, e.type, e.text])).toEqual([
      ['/ocr_page/0/ocr_carea/0/ocr_par/0', 'text', 'An example of hyphens.'],
      ['/ocr_page/0/ocr_photo/0', 'image', ''],
      ['/ocr_page/0/ocr_carea/1', 'image_caption', 'Figure 1: A photo'],
    ]);
    expect(doc.elements[2].hints?.fontSize).toBe(9);
    expect(doc.elements[2].sourceType).toBe('ocr_carea/ocr_caption');
    expect(doc.dropped.map((d) => [d.place.refs[0], d.ruleId])).toEqual([
      ['/ocr_page/0/ocr_carea/2/ocr_par/0', 'hocr.empty'],
      ['/ocr_page/0/ocr_separator/0', 'hocr.separator'],
    ]);
  });

  it('numbers pages on through a folder of per-page files, refs prefixed with the file name', () => {
    const body = (t: string) => `<p class="ocr_par" title="bbox 100 100 900 130">${line('100 100 900 130', [t])}</p>`;
    const dir = tempFiles({ 'p-2.hocr': page(body('two')), 'p-10.hocr': page(body('ten')), 'notes.html': '<p>x</p>' });
    const doc = read(dir).document;
    expect(doc.elements.map((e) => [e.page, e.ref, e.text])).toEqual([
      [1, 'p-2.hocr#/ocr_page/0/ocr_par/0', 'two'],
      [2, 'p-10.hocr#/ocr_page/0/ocr_par/0', 'ten'],
    ]);
    expect(doc.warnings).toEqual([
      { ruleId: 'hocr.not-hocr', reason: 'notes.html is not hOCR; it was not read', place: {}, severity: 'warning' },
    ]);
  });

  it('refuses malformed input with one line naming the file and the element path', () => {
    const cases: Array<[string, string, RegExp, number]> = [
      ['nobox.hocr', page('', 'ppageno 0'), /nobox\.hocr#\/ocr_page\/0: ocr_page has no bbox/, 6],
      [
        'badbox.hocr',
        page(`<p class="ocr_par" title="bbox 1 2 x 4">${line('1 2 3 4', ['a'])}</p>`),
        /badbox\.hocr#\/ocr_page\/0\/ocr_par\/0: bbox "1 2 x 4" is not 4 numbers/,
        6,
      ],
      [
        'outside.hocr',
        page(`<p class="ocr_par" title="bbox 100 100 1900 130">${line('100 100 1900 130', ['a'])}</p>`),
        /outside\.hocr#\/ocr_page\/0\/ocr_par\/0: bbox .* lies outside the page/,
        6,
      ],
      [
        'cut.hocr',
        page(`<p class="ocr_par" title="bbox 1 2 3 4">${line('1 2 3 4', ['a'])}</p>`).slice(0, -30),
        /cut\.hocr: invalid hOCR: the file is cut off/,
        4,
      ],
    ];
    for (const [name, text, message, code] of cases) {
      const dir = tempFiles({ [name]: text });
      let error: unknown;
      try {
        read(join(dir, name));
      } catch (e) {
        error = e;
      }
      expect(error, name).toBeInstanceOf(DocstitchError);
      const line1 = (error as DocstitchError).toLine();
      expect(line1).toMatch(message);
      expect(line1).not.toContain('\n');
      expect((error as DocstitchError).exitCode).toBe(code);
    }
  });

  it('is the only adapter that claims hOCR, and claims no other input', () => {
    const input = loadInput(fixture('report-en.hocr'));
    for (const a of adapters) expect(a.detect(input), a.name).toBe(a.name === 'hocr' ? 0.95 : 0);
    const alto = loadInput(fixtureReader('alto').fixture('report-zh.xml'));
    expect(adapters.find((a) => a.name === 'hocr')?.detect(alto)).toBe(0);
    // A plain HTML page is no parser's output.
    const dir = tempFiles({ 'page.html': '<html><body><p class="intro">Hello</p></body></html>' });
    expect(() => read(join(dir, 'page.html'))).toThrow(/not the output of any parser/);
  });
});
