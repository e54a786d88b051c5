// A PDF as the input: ruled tables, figures drawn with lines, captions and code blocks, on a real PDF of the
// LaTeX corpus (test/fixtures/pdf/corpus-ctexart-zh.pdf, a train-split document; see the fixtures' README).
// The expected structure is the corpus gold's (dots.ocr refs /page/index, read by hand into the PDF's refs).
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { stitch } from '../../src/stitch.js';

const pdf = fileURLToPath(new URL('../fixtures/pdf/corpus-ctexart-zh.pdf', import.meta.url));
let result: Awaited<ReturnType<typeof stitch>>;
beforeAll(async () => {
  result = await stitch(pdf);
}, 120_000);

const el = (ref: string) => result.document.elements.find((e) => e.ref === ref);

describe('a ctex PDF as the input', () => {
  it('has its Chinese text (CID fonts read through pdfjs CMaps)', () => {
    const titles = result.document.elements.filter((e) => e.type === 'title').map((e) => e.text);
    expect(titles).toContain('简单例子');
    expect(titles).toContain('2 大致流程');
  });

  it('finds the ruled glossary on pages 9–11 as tables with their header row, merged into one (gold /8/5 + /9/3 + /10/3)', () => {
    for (const ref of ['/pages/8/tables/0', '/pages/9/tables/0', '/pages/10/tables/0']) {
      expect(el(ref)?.type).toBe('table');
      expect(el(ref)?.html).toMatch(/^<table><tr><td>术语<\/td><td>说明<\/td><\/tr>/);
    }
    expect(result.structure.tableMerges).toContainEqual([
      '/pages/8/tables/0',
      '/pages/9/tables/0',
      '/pages/10/tables/0',
    ]);
  });

  // (block 2: the running head's title and author, "简单例子 … 张伟", are blocks 0 and 1)
  it('links the figure captions to the figures drawn with lines, and the table captions to their tables', () => {
    const caption = el('/pages/3/blocks/2');
    expect(caption?.type).toBe('image_caption');
    expect(caption?.text).toMatch(/^图 1: 本节所述各组成部分的概览/);
    expect(el('/pages/3/figures/0')?.type).toBe('image');
    expect(result.structure.captions).toContainEqual({ caption: '/pages/3/blocks/2', target: '/pages/3/figures/0' });
    const tableCaptions = result.structure.captions.filter((c) => c.target.includes('/tables/'));
    // "续下页" ("continued on the next page") under a part of the long table is that part's caption, as the corpus
    // gold has it (dots.ocr: latex-full ctexbook ldap-directory /15/9 → /15/8); read as text, it had run on into
    // the next part's note as a paragraph
    expect(tableCaptions.map((c) => el(c.caption)?.text.slice(0, 3))).toEqual([
      '表 1',
      '续下页',
      '表 1',
      '续下页',
      '表 1',
    ]);
  });

  it('keeps a code block as one block and re-joins it over the page break (gold /11/5 + /12/2)', () => {
    const merge = result.structure.paragraphMerges.find((g) =>
      el(g[0])?.text.startsWith('$ cat debhello-0.0/debian/rules'),
    );
    expect(merge?.map((r) => el(r)?.page)).toEqual([12, 13]);
    // all five lines of the page's part, as in the gold
    expect(el(merge?.[0] ?? '')?.text.split('\n')).toHaveLength(5);
  });

  it('says what it found', () => {
    const found = result.warnings.find((w) => w.ruleId === 'pdf.text-layer-blocks')?.reason;
    expect(found).toMatch(/\d+ ruled tables, 3 figures drawn with lines/);
    expect(result.accounting.read).toBe(result.accounting.placed + result.accounting.dropped);
  });
});
