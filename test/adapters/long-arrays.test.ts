// Data-sized arrays (#11): a block or paragraph of 160,000 lines. `Math.min(...xs)` over that many values
// throws "Maximum call stack size exceeded" (a crash, exit 70); the adapters use minOf/maxOf/pushAll
// (src/util/arrays.ts). No bound in src/io/limits.ts counts lines, so these inputs must be read in full.
// All inputs are hand-made here: the shapes of MinerU's middle.json and Azure DI's prebuilt-layout result.
import { describe, expect, it } from 'vitest';
import { readWithAdapter } from '../../src/adapters/index.js';
import { joinLines } from '../../src/adapters/layout-helpers.js';
import type { AdapterInput } from '../../src/io/load.js';
import { stitchSync } from '../../src/pipeline.js';

const LINES = 160_000;

const input = (json: unknown): AdapterInput => ({
  path: 'long.json',
  isFolder: false,
  files: [{ path: 'long.json', name: '', json }],
});

/** Stitched without a throw; every element read is placed or dropped. */
function stitch(json: unknown, format: string) {
  const { document } = readWithAdapter(input(json), format);
  const result = stitchSync(document);
  expect(result.accounting.placed + result.accounting.dropped).toBe(result.accounting.read);
  return { document, result };
}

describe('adapters on 160,000 lines in one block', () => {
  it('mineru-middle: a text block of 160,000 lines, the last one half as wide', () => {
    // Lines 2 units high from x=100 to x=500 (the last to x=300): lastLineFill (300-100)/(500-100) = 0.5.
    const lines = Array.from({ length: LINES }, (_, i) => {
      const right = i === LINES - 1 ? 300 : 500;
      const bbox = [100, 10 + i * 2, right, 12 + i * 2];
      return { bbox, spans: [{ bbox, type: 'text', content: i === 0 ? 'first' : i === LINES - 1 ? 'last' : 'w' }] };
    });
    const json = {
      _backend: 'pipeline',
      _version_name: '2.5.4',
      pdf_info: [
        {
          page_idx: 0,
          page_size: [600, 10 + LINES * 2 + 10],
          preproc_blocks: [],
          discarded_blocks: [],
          para_blocks: [{ type: 'text', bbox: [100, 10, 500, 10 + LINES * 2], index: 0, lines }],
        },
      ],
    };
    const { document } = stitch(json, 'mineru-middle');
    expect(document.elements).toHaveLength(1);
    const [el] = document.elements;
    expect(el.hints?.lineCount).toBe(LINES);
    expect(el.hints?.lastLineFill).toBeCloseTo(0.5, 6);
    expect(el.text.startsWith('first w w ')).toBe(true);
    expect(el.text.endsWith(' w last')).toBe(true);
    expect(el.text.length).toBe('first'.length + 'last'.length + (LINES - 2) * 2 + 1);
  });

  it('azure-di: a paragraph over 160,000 page lines, the first indented by a tenth of the width', () => {
    // Page lines of one word each ("w\n"), 0.001 inch high; x from 1 to 6 inches, the first from 1.5:
    // firstLineIndent (1.5-1)/(6-1) = 0.1.
    const content = 'w\n'.repeat(LINES).slice(0, -1);
    const lines = Array.from({ length: LINES }, (_, i) => {
      const x1 = i === 0 ? 1.5 : 1;
      const y1 = 0.5 + i * 0.00005;
      const y2 = y1 + 0.00004;
      return { content: 'w', polygon: [x1, y1, 6, y1, 6, y2, x1, y2], spans: [{ offset: i * 2, length: 1 }] };
    });
    const json = {
      status: 'succeeded',
      analyzeResult: {
        apiVersion: '2024-11-30',
        modelId: 'prebuilt-layout',
        content,
        pages: [
          {
            pageNumber: 1,
            width: 8.5,
            height: 11,
            unit: 'inch',
            lines,
            spans: [{ offset: 0, length: content.length }],
          },
        ],
        paragraphs: [
          {
            content,
            spans: [{ offset: 0, length: content.length }],
            boundingRegions: [{ pageNumber: 1, polygon: [1, 0.5, 6, 0.5, 6, 9, 1, 9] }],
          },
        ],
      },
    };
    const { document, result } = stitch(json, 'azure-di');
    // document.md: one hard break per kept line break (the renderer appended them with push(...xs)).
    expect(result.markdown().split('\\\n')).toHaveLength(LINES);
    expect(document.elements).toHaveLength(1);
    const [el] = document.elements;
    expect(el.hints?.firstLineIndent).toBeCloseTo(0.1, 6);
    expect(el.hints?.lastLineFill).toBeCloseTo(1, 6);
    expect(el.text.length).toBe(content.length);
  });
});

describe('joinLines', () => {
  it('joins wrapped lines like joinFragments: space, dehyphenation, none next to CJK, blank lines skipped', () => {
    expect(joinLines(['The data-', 'base is ', '  fast.'])).toBe('The database is fast.');
    expect(joinLines(['Covid-', '19 cases'])).toBe('Covid-19 cases');
    expect(joinLines(['中文的', '句子', 'and English'])).toBe('中文的句子and English');
    expect(joinLines(['', '  ', 'one', ''])).toBe('one');
    expect(joinLines([])).toBe('');
  });
});
