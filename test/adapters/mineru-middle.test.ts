// mineru-middle: the MIT MinerU 3.4.4 sample (naacl2024-long116, the API's layout.json = middle.json).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectAdapter, readWithAdapter } from '../../src/adapters/index.js';
import { mineruMiddle } from '../../src/adapters/mineru-middle.js';
import { loadInput } from '../../src/io/load.js';
import { DocstitchError } from '../../src/model/errors.js';
import { resolvePointer } from '../../src/model/pointer.js';

const PATH = fileURLToPath(new URL('../fixtures/mineru/api-pipeline3-naacl2024-long116_middle.json', import.meta.url));

interface Block {
  type: string;
  blocks?: Block[];
}
interface Middle {
  pdf_info: Array<{ para_blocks: Block[]; discarded_blocks: Block[] }>;
}

describe('mineru-middle', () => {
  const input = loadInput(PATH);
  const json = input.files[0].json as Middle;
  const doc = readWithAdapter(input).document;
  const byRef = new Map(doc.elements.map((e) => [e.ref, e]));
  const close = (actual: number[] | null | undefined, expected: number[]) => {
    expect(actual).toHaveLength(4);
    for (let i = 0; i < 4; i++) expect(actual![i]).toBeCloseTo(expected[i], 6);
  };

  it('is detected as middle.json', () => {
    expect(detectAdapter(input).name).toBe('mineru-middle');
  });

  it('normalizes a para block box by page_size and keeps the title level', () => {
    // page 0: page_size [595, 841]; para_blocks/0: title, level 1, bbox [73, 75, 521, 109]
    const title = byRef.get('/pdf_info/0/para_blocks/0')!;
    expect(title).toMatchObject({ type: 'title', page: 1, hints: { level: 1 } });
    close(title.bbox, [73 / 595, 75 / 841, 521 / 595, 109 / 841]);
    expect(title.hints?.lineCount).toBeGreaterThan(0);
    expect(title.hints?.lineHeight).toBeGreaterThan(0);
  });

  it('emits table sub-blocks as elements: caption, then body with html', () => {
    // page 4: para_blocks/7 is a table with blocks [table_caption [360,507,468,520], table_body [305,528,525,617]]
    const caption = byRef.get('/pdf_info/4/para_blocks/7/blocks/0')!;
    const body = byRef.get('/pdf_info/4/para_blocks/7/blocks/1')!;
    expect(caption).toMatchObject({ type: 'table_caption', text: 'Table 1: Dataset statistics.' });
    close(caption.bbox, [360 / 595, 507 / 841, 468 / 595, 520 / 841]);
    expect(body.type).toBe('table');
    close(body.bbox, [305 / 595, 528 / 841, 525 / 595, 617 / 841]);
    expect(body.html).toMatch(/^<table>/);
    expect(body.id).toBe(caption.id + 1);
    expect(byRef.has('/pdf_info/4/para_blocks/7')).toBe(false); // the container is not an element
  });

  it('keeps discarded blocks as furniture with their MinerU type', () => {
    // page 0 discarded_blocks: page_footnote [81,764,167,776], page_number [285,781,311,793], footer
    const pageNumber = byRef.get('/pdf_info/0/discarded_blocks/1')!;
    expect(pageNumber).toMatchObject({ type: 'page_number', text: '2112' });
    close(pageNumber.bbox, [285 / 595, 781 / 841, 311 / 595, 793 / 841]);
    expect(byRef.get('/pdf_info/0/discarded_blocks/0')?.type).toBe('page_footnote');
    expect(byRef.get('/pdf_info/0/discarded_blocks/2')?.type).toBe('footer');
  });

  it('splits MinerU’s own paragraph merges back into page-level blocks, as hints', () => {
    // para_blocks/7 on page 0 has lines_deleted: its 10 lines were moved into para_blocks/6
    const absorbed = byRef.get('/pdf_info/0/para_blocks/7')!;
    const absorber = byRef.get('/pdf_info/0/para_blocks/6')!;
    expect(absorbed.text).toMatch(/^particles in quantum mechanics collapse to defined/);
    expect(absorbed.hints?.lineCount).toBe(10);
    expect(absorbed.hints?.parserMergedWith).toEqual(['/pdf_info/0/para_blocks/6']);
    expect(absorber.hints?.parserMergedWith).toEqual(['/pdf_info/0/para_blocks/7']);
    expect(absorber.text).not.toContain('particles in quantum mechanics collapse');
    // cross-page: page 0 block 9 absorbed page 1 block 0
    expect(byRef.get('/pdf_info/1/para_blocks/0')?.hints?.parserMergedWith).toEqual(['/pdf_info/0/para_blocks/9']);
    expect(byRef.get('/pdf_info/0/para_blocks/9')?.text).not.toContain('of open quantum systems');
    expect(doc.warnings).toEqual([]);
  });

  it('measures how far the last line reaches (lastLineFill) from the line boxes', () => {
    // page 0 abstract (para_blocks/4): text lines span x 86..273; the last, "of LME and interferometry.", ends at 198
    expect(byRef.get('/pdf_info/0/para_blocks/4')?.hints?.lastLineFill).toBeCloseTo((198 - 86) / (273 - 86), 6);
    // page 0 para_blocks/9 (its two lines restored from preproc_blocks) goes on to page 1: lines [316..526], [304..524]
    expect(byRef.get('/pdf_info/0/para_blocks/9')?.hints?.lastLineFill).toBeCloseTo((524 - 304) / (526 - 304), 6);
    // its first line starts at 316, the other at 304: an indent of 12 pt over a width of 526 - 304
    expect(byRef.get('/pdf_info/0/para_blocks/9')?.hints?.firstLineIndent).toBeCloseTo((316 - 304) / (526 - 304), 6);
    // a one-line title says nothing about a last line
    expect(byRef.get('/pdf_info/0/para_blocks/5')?.hints?.lastLineFill).toBeUndefined();
  });

  it('maps ref_text blocks to list items and equations with LaTeX', () => {
    expect(doc.elements.filter((e) => e.sourceType === 'ref_text').every((e) => e.type === 'list_item')).toBe(true);
    const eq = doc.elements.find((e) => e.type === 'equation')!;
    expect(eq.hints?.latex).toBeTruthy();
  });

  it('accounts for every para block, sub-block and discarded block; refs resolve', () => {
    const expected: string[] = [];
    json.pdf_info.forEach((page, p) => {
      page.para_blocks.forEach((b, i) => {
        if (b.blocks?.length) expected.push(...b.blocks.map((_, k) => `/pdf_info/${p}/para_blocks/${i}/blocks/${k}`));
        else expected.push(`/pdf_info/${p}/para_blocks/${i}`);
      });
      expected.push(...page.discarded_blocks.map((_, i) => `/pdf_info/${p}/discarded_blocks/${i}`));
    });
    const got = [...doc.elements.map((e) => e.ref), ...doc.dropped.map((d) => d.place.refs[0])];
    expect(new Set(got)).toEqual(new Set(expected));
    expect(got).toHaveLength(expected.length);
    for (const e of doc.elements) expect((resolvePointer(json, e.ref) as Block).type).toBe(e.sourceType);
  });

  it('gives a schema error with the pointer for a bad page size', () => {
    const bad = {
      path: 'm.json',
      isFolder: false,
      files: [{ path: 'm.json', name: '', json: { pdf_info: [{ page_idx: 0, page_size: [0, 0], para_blocks: [] }] } }],
    };
    expect(() => mineruMiddle.read(bad)).toThrow(DocstitchError);
    try {
      mineruMiddle.read(bad);
    } catch (error) {
      expect((error as DocstitchError).pointer).toBe('/pdf_info/0/page_size');
    }
  });

  it('keeps the line breaks of lines their author broke (code), not of wrapped prose or side-by-side columns', () => {
    // HAND-MADE page: a program (short inner lines), a wrapped paragraph, and a block MinerU merged over two columns.
    const line = (x0: number, y: number, x1: number, content: string) => ({
      bbox: [x0, y, x1, y + 10],
      spans: [{ bbox: [x0, y, x1, y + 10], type: 'text', content }],
    });
    const block = (lines: ReturnType<typeof line>[]) => ({ type: 'text', bbox: [50, 0, 550, 800], lines });
    const json = {
      pdf_info: [
        {
          page_idx: 0,
          page_size: [600, 800],
          para_blocks: [
            block([
              line(50, 100, 180, '$ cd hello'),
              line(50, 112, 150, '$ make'),
              line(50, 124, 500, '$ make install'),
            ]),
            block([line(50, 200, 500, 'A paragraph the typesetter wrapped at'), line(50, 212, 300, 'the edge.')]),
            block([line(50, 300, 280, 'the first column ends with'), line(320, 300, 550, 'the second column')]),
          ],
          discarded_blocks: [],
        },
      ],
    };
    const doc = mineruMiddle.read({ path: 'm.json', isFolder: false, files: [{ path: 'm.json', name: '', json }] });
    expect(doc.elements.map((e) => e.text)).toEqual([
      '$ cd hello\n$ make\n$ make install',
      'A paragraph the typesetter wrapped at the edge.',
      'the first column ends with the second column',
    ]);
    expect(doc.elements[1].hints?.lastLineFill).toBeCloseTo((300 - 50) / (500 - 50), 9);
  });
});
