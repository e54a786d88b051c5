// Bounds (#11): on inputs far past any real page — 100,000 elements on one page, a 50,000-character run
// without spaces, 20,000 CJK characters — the work stays within a fixed multiple of reading the input.
// Work is compared with a baseline measured in the same test on the same input (JSON.parse + JSON.stringify,
// or counting the tokens of ordinary text of the same length), or counted in operations; never an absolute
// time. The bounds are generous (a quadratic step on these sizes misses them by one to three orders of
// magnitude). All inputs are hand-made here, in the shape of MinerU's content_list.json.
import { describe, expect, it } from 'vitest';
import { readWithAdapter } from '../src/adapters/index.js';
import { renderOutputs } from '../src/cli/outputs.js';
import type { AdapterInput } from '../src/io/load.js';
import { stitchSync } from '../src/pipeline.js';
import { chunkTree } from '../src/retrieval/chunk.js';
import { type Tokenizer, tiktokenTokenizer } from '../src/retrieval/tokenizer.js';
import { chapterPageOpeners } from '../src/stages/headings/page-openers.js';
import type { Candidate } from '../src/stages/headings/types.js';
import { maxOf, minOf, pushAll } from '../src/util/arrays.js';
import { col, makeDoc, type Spec } from './helpers/doc.js';

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'the', 'of', 'and', 'system', 'package', 'install', 'value'];

/** Shortest of `runs` timings of `fn`, in ms (the least disturbed by other work on the machine). */
function fastest(fn: () => unknown, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** Lets the test worker answer the runner between long synchronous steps (its calls time out after 60 s). */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The work of reading the input: JSON.parse + JSON.stringify of its text. */
const roundTrip = (text: string) => fastest(() => JSON.stringify(JSON.parse(text)), 5);

/** Parse, read, stitch and render tree, Markdown and structure: the whole CLI path on one file's text. */
function stitchText(text: string): number {
  const input: AdapterInput = {
    path: 'bounds.json',
    isFolder: false,
    files: [{ path: 'bounds.json', name: '', json: JSON.parse(text) }],
  };
  const result = stitchSync(readWithAdapter(input, 'mineru-content-list').document);
  const files = renderOutputs(result, ['tree', 'md', 'structure']);
  expect(result.accounting.placed + result.accounting.dropped).toBe(result.accounting.read);
  return Object.values(files).reduce((n, f) => n + f.length, 0);
}

/**
 * `n` blocks on page 0 in reading order, top to bottom: a numbered heading every 50 blocks, a table with a
 * caption every 50, a short line in the top margin every 1,000 (the margin rule's case), text between.
 */
function onePageWithBoxes(n: number): string {
  const items: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const y = 60 + Math.floor((i / n) * 900);
    const bbox = [100, y, 900, y + 1];
    if (i % 1000 === 999) items.push({ type: 'text', text: `margin ${i}`, bbox: [100, 5, 200, 8], page_idx: 0 });
    else if (i % 50 === 0)
      items.push({ type: 'text', text: `${i / 50 + 1}. Section ${i}`, text_level: 1, bbox, page_idx: 0 });
    else if (i % 50 === 17)
      items.push({
        type: 'table',
        table_caption: [`Table ${i}: values`],
        table_footnote: [],
        table_body: `<table><tr><td>a${i}</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table>`,
        bbox,
        page_idx: 0,
      });
    else
      items.push({
        type: 'text',
        text: `${WORDS[i % 11]} ${WORDS[(i * 7) % 11]} ${i}, see Table ${i + 17 - (i % 50)}`,
        bbox,
        page_idx: 0,
      });
  }
  return JSON.stringify(items);
}

/** `n` short lines ending in a number and without boxes: each looks like a contents entry, none is numbered. */
function onePageOfEntries(n: number): string {
  return JSON.stringify(
    Array.from({ length: n }, (_, i) => ({ type: 'text', text: `${WORDS[i % 11]} number ${i}`, page_idx: 0 })),
  );
}

describe('work within a multiple of reading the input', () => {
  it('100,000 elements with boxes on one page', async () => {
    // 98,000 entries and the captions of their 1,960 tables: 99,960 elements, just under LIMITS.maxElementsPerPage.
    const text = onePageWithBoxes(98_000);
    await breathe();
    const floor = roundTrip(text);
    await breathe();
    const work = fastest(() => stitchText(text), 1);
    // Measured about 40–60×; a pairwise margin rule or a page rescan at every break made it thousands.
    expect(work / floor).toBeLessThan(200);
  }, 300_000);

  it('100,000 contents-entry-like lines without boxes on one page', async () => {
    const text = onePageOfEntries(100_000);
    await breathe();
    const floor = roundTrip(text);
    await breathe();
    const work = fastest(() => stitchText(text), 1);
    // Reading a run of entry-like lines again from each of its elements was quadratic (30,000: 131 s).
    expect(work / floor).toBeLessThan(200);
  }, 300_000);
});

describe('no argument-list limit on long arrays', () => {
  it('minOf, maxOf and pushAll take 500,000 values (Math.min(...xs) throws past some 120,000)', () => {
    const xs = Array.from({ length: 500_000 }, (_, i) => (i * 7919) % 500_000);
    expect(minOf(xs)).toBe(0);
    expect(maxOf(xs)).toBe(499_999);
    expect(minOf([])).toBe(Number.POSITIVE_INFINITY);
    expect(maxOf([3, Number.NaN])).toBeNaN();
    expect(pushAll([1], xs)).toHaveLength(500_001);
  });

  it('a section of 150,000 paragraphs under a subsection: stitched, summarized and chunked', () => {
    const specs: Spec[] = [
      { page: 1, type: 'title', text: '1 Introduction', bbox: col(0.05, 0.06) },
      { page: 1, type: 'title', text: '1.1 Scope', bbox: col(0.07, 0.08) },
    ];
    for (let i = 0; i < 150_000; i++) specs.push({ page: 1, type: 'text', text: `Paragraph ${i} ends here.` });
    const result = stitchSync(makeDoc(specs, 1));
    expect(result.accounting.placed).toBe(150_002);
    const top = result.tree.children.find((c) => c.type === 'section');
    expect(top?.data.keywords?.length).toBeGreaterThan(0);
    const { chunks } = chunkTree(result.tree, {
      maxTokens: 4096,
      tokenizer: { name: 'words', count: (t) => t.split(' ').length },
    });
    expect(chunks.reduce((n, c) => n + c.refs.length, 0)).toBe(150_002);
  }, 300_000);

  it('the chapters-open-their-pages habit reads the ranks of 300,000 numbered headings', () => {
    const candidates = Array.from(
      { length: 300_000 },
      (_, i) =>
        ({
          el: { id: i, page: i + 1 },
          numbering: { ladder: 'decimal', rank: 1 + (i % 2), label: `${i}`, values: [i] },
          keyword: false,
          key: '',
        }) as unknown as Candidate,
    );
    const opens = new Set(candidates.filter((_, i) => i % 2 === 0).map((c) => c.el.id));
    expect(chapterPageOpeners(candidates, opens)).toBe(opens);
  });
});

describe('token counting and chunking of long runs without spaces', () => {
  const tok = tiktokenTokenizer('cl100k_base');
  const HAN = '的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生';
  const cases = [
    [
      'a 50,000-character run of letters',
      Array.from({ length: 50_000 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[(i * i + 3 * i) % 26]).join(''),
    ],
    [
      'a 50,000-character URL',
      `https://example.com/${Array.from({ length: 12_000 }, (_, i) => `a${i % 97}b/`).join('')}`.slice(0, 50_000),
    ],
    ['20,000 CJK characters', Array.from({ length: 20_000 }, (_, i) => HAN[(i * 31 + (i >> 3)) % HAN.length]).join('')],
  ] as const;

  it('the runs are as long as they say', () => {
    expect(cases.map(([, run]) => [...run].length)).toEqual([50_000, 50_000, 20_000]);
  });

  for (const [name, run] of cases) {
    it(`${name}: counted in a multiple of counting the same characters cut into runs of 64`, () => {
      tok.count('load the rank table first');
      // The same characters with a space after every 64: every piece short, each merged by js-tiktoken itself.
      const cut = run.replace(/(.{64})/gu, '$1 ');
      const work = fastest(() => tok.count(run), 2);
      const floor = fastest(() => tok.count(cut), 2);
      // Measured 0.1–1×. A merge loop quadratic in a piece's length makes it the run's length / 64 times
      // more (js-tiktoken's own took 35 s on 10,000 letters).
      expect(work / floor).toBeLessThan(20);
    }, 120_000);

    it(`${name}: chunked with each character counted a bounded number of times`, () => {
      let counted = 0;
      const counting: Tokenizer = {
        name: 'counting',
        count: (t) => {
          counted += t.length;
          return tok.count(t);
        },
      };
      const doc = makeDoc(
        [
          { page: 1, type: 'title', text: 'A heading', bbox: col(0.1, 0.12) },
          { page: 1, type: 'text', text: run, bbox: col(0.2, 0.9) },
          { page: 1, type: 'text', text: 'A short paragraph after it.', bbox: col(0.91, 0.95) },
        ],
        1,
      );
      const { chunks } = chunkTree(stitchSync(doc).tree, { maxTokens: 512, tokenizer: counting });
      expect(chunks.some((c) => c.text.includes(run))).toBe(true);
      // The run cannot be cut (no sentence boundary in it): one oversize chunk, its count the real one.
      const big = chunks.find((c) => c.text.includes(run));
      expect(big?.oversize).toBe(true);
      expect(big?.tokens).toBe(tok.count(big?.text ?? ''));
      expect(counted).toBeLessThan(10 * run.length);
    }, 120_000);
  }
});

describe('chunking a paragraph of many sentences', () => {
  const words: Tokenizer = { name: 'words', count: (t) => t.split(' ').length };
  const sentence = (i: number) => `Sentence ${i} of the long paragraph ends here. `;
  const chunkCount = (texts: string[]) => {
    const doc = makeDoc(
      texts.map((text) => ({ page: 1, type: 'text', text })),
      1,
    );
    const tree = stitchSync(doc, { summaries: false }).tree;
    let chunks = 0;
    const ms = fastest(() => {
      chunks = chunkTree(tree, { maxTokens: 256, tokenizer: words }).chunks.length;
    }, 2);
    return { ms, chunks };
  };

  it('one paragraph of 16,000 sentences costs about what 16 paragraphs of 1,000 do', () => {
    const all = Array.from({ length: 16_000 }, (_, i) => sentence(i));
    const one = chunkCount([all.join('').trim()]);
    const many = chunkCount(
      Array.from({ length: 16 }, (_, k) =>
        all
          .slice(k * 1000, (k + 1) * 1000)
          .join('')
          .trim(),
      ),
    );
    // Both are cut into chunks of about 256 words, so about as many.
    expect(one.chunks).toBeGreaterThan(0.9 * many.chunks);
    // Measured about 1×. Node 20's sentence segmenter copies its whole input into every segment, so one
    // call on the whole paragraph was quadratic: 8,000 sentences took 2 s, 64,000 lines ran out of memory.
    expect(one.ms / many.ms).toBeLessThan(4);
  }, 300_000);
});
