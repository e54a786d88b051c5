// Chunking invariants on real fixture documents (MIT/Apache parser outputs in test/fixtures) at several
// budgets, plus hand-made documents for the cases a real fixture may not have (a long table, a
// paragraph cut across pages, an unsplittable sentence).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocumentRoot, SectionNode } from '../../src/model/tree.js';
import { stitchSync } from '../../src/pipeline.js';
import { type Chunk, chunkResult, chunksJsonl, chunkTree } from '../../src/retrieval/chunk.js';
import { tiktokenTokenizer } from '../../src/retrieval/tokenizer.js';
import type { StitchResult } from '../../src/stitch.js';
import { placedRefs } from '../../src/tree/provenance.js';
import { col, makeDoc, type Spec } from '../helpers/doc.js';

const fixture = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));
const FIXTURES = [
  'mineru/api-pipeline3-naacl2024-long116_content_list.json',
  'docling/multi_page.json',
  'docling/normal_4pages.json',
  'unstructured/layout-parser-paper-hires-tables.json',
  'textract/textractor-singlepage-doc-layout.json',
];
const tok = tiktokenTokenizer('cl100k_base');

/** Letters and digits only, lower-cased: containment independent of Markdown syntax and spacing. */
const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

interface BodyNode {
  id: string;
  type: string;
  texts: string[];
  refs: string[];
}

function plain(node: unknown): string {
  const n = node as { value?: unknown; children?: unknown[] };
  if (typeof n.value === 'string') return n.value;
  return Array.isArray(n.children) ? n.children.map(plain).join('') : '';
}

/** Every block node of the tree (what a chunk must hold), with the texts that must appear, and each section's heading path. */
function walk(tree: DocumentRoot) {
  const body: BodyNode[] = [];
  const sectionPath = new Map<string, string[]>();
  const parentOf = new Map<string, string | null>();
  const visit = (children: readonly unknown[], path: string[], parent: string | null) => {
    for (const c of children as Array<{ type: string; data: { id: string; refs: string[] } }>) {
      if (c.type === 'section') {
        const s = c as unknown as SectionNode;
        const p = [...path, plain(s.children[0]).trim()];
        sectionPath.set(s.data.id, p);
        parentOf.set(s.data.id, parent);
        visit(s.children, p, s.data.id);
        continue;
      }
      let texts: string[];
      if (c.type === 'list') texts = (c as unknown as { children: unknown[] }).children.map(plain);
      else if (c.type === 'figure') texts = (c as unknown as { children: unknown[] }).children.map(figureText);
      else if (c.type === 'html') texts = [htmlCells(plain(c))];
      else texts = [plain(c)];
      body.push({ id: c.data.id, type: c.type, texts: texts.filter((t) => norm(t)), refs: c.data.refs });
    }
  };
  visit(tree.children, [], null);
  return { body, sectionPath, parentOf };
}

function htmlCells(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

function figureText(c: unknown): string {
  const n = c as { type: string; alt?: string | null; data?: { html?: string } };
  if (n.type === 'image') return n.alt ?? '';
  if (n.type === 'html') return htmlCells(n.data?.html ?? plain(n));
  if (n.type === 'table') {
    const rows = (n as unknown as { children: Array<{ children: unknown[] }> }).children;
    return rows.map((r) => r.children.map(plain).join(' ')).join(' ');
  }
  return plain(n);
}

function checkInvariants(result: StitchResult, chunks: Chunk[], max: number) {
  const { body, sectionPath, parentOf } = walk(result.tree);
  const byId = new Map(chunks.map((c) => [c.id, c]));
  // ids unique, index sequential, neighbours consistent
  expect(byId.size).toBe(chunks.length);
  chunks.forEach((c, i) => {
    expect(c.index).toBe(i);
    expect(c.prev).toBe(i > 0 ? chunks[i - 1].id : null);
    expect(c.next).toBe(i + 1 < chunks.length ? chunks[i + 1].id : null);
    if (c.next) expect(byId.get(c.next)?.prev).toBe(c.id);
  });
  // budgets: only flagged chunks are over, and the count is the real tokenizer's
  for (const c of chunks) {
    expect(c.tokens).toBe(tok.count(c.text));
    expect(c.tokens > max).toBe(c.oversize === true);
  }
  // every body node in exactly one chunk, or in consecutive chunks as parts 1..n
  const where = new Map<string, Array<{ chunk: number; part?: [number, number] }>>();
  chunks.forEach((c, i) => {
    for (const n of c.nodes) {
      const list = where.get(n.id) ?? [];
      list.push({ chunk: i, part: n.part });
      where.set(n.id, list);
    }
  });
  for (const b of body) {
    const at = where.get(b.id);
    expect(at, `node ${b.id} (${b.type}) in no chunk`).toBeDefined();
    if (!at) continue;
    const text = at.map((a) => norm(chunks[a.chunk].text)).join('');
    if (at.length === 1) {
      expect(at[0].part).toBeUndefined();
      for (const r of b.refs) expect(chunks[at[0].chunk].refs).toContain(r);
      // its refs are in no other chunk
      for (const [i, c] of chunks.entries())
        if (i !== at[0].chunk) for (const r of b.refs) expect(c.refs).not.toContain(r);
    } else {
      at.forEach((a, k) => {
        expect(a.part).toEqual([k + 1, at.length]);
        if (k > 0) expect(a.chunk).toBe(at[k - 1].chunk + 1);
      });
    }
    for (const t of b.texts)
      if (b.type === 'figure' || b.type === 'html') {
        // tables cut by rows repeat the header: check every cell's words are there
        for (const w of t.split(/\s+/).filter((x) => norm(x))) expect(text).toContain(norm(w));
      } else expect(text, `text of ${b.id}`).toContain(norm(t));
  }
  // every element placed in the tree is cited by some chunk
  const cited = new Set(chunks.flatMap((c) => c.refs));
  for (const r of placedRefs(result.tree)) expect(cited.has(r), r).toBe(true);
  // breadcrumbs: the section's heading path; small siblings sharing a chunk: their parent's path
  for (const c of chunks) {
    if (c.sectionIds.length === 0) expect(c.headingPath).toEqual([]);
    else if (c.sectionIds.length === 1) expect(c.headingPath).toEqual(sectionPath.get(c.sectionIds[0]));
    else {
      const parents = new Set(c.sectionIds.map((s) => parentOf.get(s)));
      expect(parents.size).toBe(1);
      const parent = [...parents][0];
      expect(c.headingPath).toEqual(parent ? sectionPath.get(parent) : []);
    }
    // page span covers the spans
    const pages = c.spans.map((s) => s.page);
    if (pages.length) {
      expect(c.pageStart).toBe(Math.min(...pages));
      expect(c.pageEnd).toBe(Math.max(...pages));
    }
    for (const s of c.spans) expect(c.refs).toContain(s.ref);
  }
}

describe.each(FIXTURES)('chunking %s', (file) => {
  const result = stitchSync(fixture(file));
  it.each([512, 128, 48])('keeps the invariants at %i tokens', (max) => {
    const { chunks, tokenizer, maxTokens } = chunkResult(result, { maxTokens: max });
    expect(tokenizer).toBe('cl100k_base');
    expect(maxTokens).toBe(max);
    expect(chunks.length).toBeGreaterThan(0);
    checkInvariants(result, chunks, max);
  });
  it('is deterministic and writes one JSON object per line', () => {
    const a = chunksJsonl(chunkResult(result).chunks);
    expect(chunksJsonl(chunkResult(result).chunks)).toBe(a);
    const lines = a.trimEnd().split('\n');
    expect(JSON.parse(lines[0])).toMatchObject({ id: expect.any(String), text: expect.any(String) });
  });
});

const sentence = (i: number) => `Sentence number ${i} talks about the topic of stitching documents together.`;

describe('chunking hand-made documents', () => {
  it('keeps a paragraph re-joined across pages whole, with the spans of both pages', () => {
    const specs: Spec[] = [
      { page: 1, type: 'title', text: '1 Introduction', bbox: col(0.1, 0.12), hints: { level: 1 } },
      {
        page: 1,
        type: 'text',
        text: 'A paragraph that goes on to the bottom of the page and is cut in the mid-',
        bbox: col(0.5, 0.9),
      },
      { page: 2, type: 'text', text: 'dle of a word, and then continues.', bbox: col(0.1, 0.2) },
    ];
    const result = stitchSync(makeDoc(specs));
    const { chunks } = chunkResult(result, { maxTokens: 256 });
    expect(chunks).toHaveLength(1);
    expect(chunks[0].text).toContain('middle of a word');
    expect(chunks[0]).toMatchObject({ pageStart: 1, pageEnd: 2, refs: ['/0', '/1', '/2'] });
  });

  it('cuts a long merged paragraph at sentences, each part with the spans it came from', () => {
    const first = Array.from({ length: 12 }, (_, i) => sentence(i)).join(' ');
    const second = Array.from({ length: 12 }, (_, i) => sentence(i + 12)).join(' ');
    const specs: Spec[] = [
      { page: 1, type: 'text', text: `${first} And this sentence is cut by the`, bbox: col(0.1, 0.9) },
      { page: 2, type: 'text', text: `page break. ${second}`, bbox: col(0.1, 0.9) },
    ];
    const result = stitchSync(makeDoc(specs));
    expect(result.tree.children).toHaveLength(1); // merged
    const { chunks } = chunkResult(result, { maxTokens: 120 });
    expect(chunks.length).toBeGreaterThan(2);
    checkInvariants(result, chunks, 120);
    expect(chunks[0].spans.map((s) => s.page)).toEqual([1]);
    expect(chunks.at(-1)?.spans.map((s) => s.page)).toEqual([2]);
    expect(chunks.some((c) => c.text.includes('cut by the page break.'))).toBe(true);
    const part = chunks.find((c) => c.text.includes('cut by the page break.'))!;
    expect(part.pageStart).toBe(1);
    expect(part.pageEnd).toBe(2);
    // no sentence is cut
    for (const c of chunks) expect(c.text).toMatch(/\.$/);
  });

  it('splits a table by rows with the header row repeated, caption with the first part', () => {
    const rows = Array.from(
      { length: 60 },
      (_, i) => `<tr><td>row ${i}</td><td>${i * 7}</td><td>value ${i % 5}</td></tr>`,
    ).join('');
    const specs: Spec[] = [
      { page: 1, type: 'table_caption', text: 'Table 1: Measurements per row.', bbox: col(0.1, 0.12) },
      {
        page: 1,
        type: 'table',
        html: `<table><tr><td>Name</td><td>Count</td><td>Kind</td></tr>${rows}</table>`,
        bbox: col(0.13, 0.9),
      },
    ];
    const result = stitchSync(makeDoc(specs));
    const { chunks } = chunkResult(result, { maxTokens: 150 });
    expect(chunks.length).toBeGreaterThan(2);
    checkInvariants(result, chunks, 150);
    for (const c of chunks) {
      const lines = c.text.split('\n').filter((l) => l.startsWith('|'));
      expect(lines[0]).toBe('| Name | Count | Kind |');
      expect(lines[1]).toMatch(/^\|( --- \|)+$/);
    }
    expect(chunks[0].text.startsWith('Table 1: Measurements per row.')).toBe(true);
    expect(chunks.slice(1).some((c) => c.text.includes('Table 1:'))).toBe(false);
    const bodyRows = chunks.flatMap((c) => c.text.split('\n').filter((l) => l.startsWith('| row ')));
    expect(bodyRows).toHaveLength(60); // every row exactly once
  });

  it('flags a single sentence over the budget instead of cutting it', () => {
    const long = `Word${Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ')}.`;
    const specs: Spec[] = [
      {
        page: 1,
        type: 'text',
        text: `A short opening sentence. ${long} A short closing sentence.`,
        bbox: col(0.1, 0.9),
      },
    ];
    const result = stitchSync(makeDoc(specs));
    const { chunks } = chunkResult(result, { maxTokens: 40 });
    checkInvariants(result, chunks, 40);
    const over = chunks.filter((c) => c.oversize);
    expect(over).toHaveLength(1);
    expect(over[0].text).toBe(long);
  });

  it('packs small sibling sections together and never mixes a big section with another', () => {
    const specs: Spec[] = [
      { page: 1, type: 'title', text: '1 Parent', bbox: col(0.05, 0.07), hints: { level: 1 } },
      { page: 1, type: 'title', text: '1.1 Small A', bbox: col(0.1, 0.12), hints: { level: 2 } },
      { page: 1, type: 'text', text: 'Short text A.', bbox: col(0.13, 0.15) },
      { page: 1, type: 'title', text: '1.2 Small B', bbox: col(0.2, 0.22), hints: { level: 2 } },
      { page: 1, type: 'text', text: 'Short text B.', bbox: col(0.23, 0.25) },
      { page: 1, type: 'title', text: '1.3 Big C', bbox: col(0.3, 0.32), hints: { level: 2 } },
      {
        page: 1,
        type: 'text',
        text: Array.from({ length: 8 }, (_, i) => sentence(i)).join(' '),
        bbox: col(0.33, 0.6),
      },
      { page: 1, type: 'title', text: '2 Next', bbox: col(0.7, 0.72), hints: { level: 1 } },
      { page: 1, type: 'text', text: 'Text of the next section.', bbox: col(0.73, 0.75) },
    ];
    const result = stitchSync(makeDoc(specs));
    const { chunks } = chunkResult(result, { maxTokens: 200 });
    checkInvariants(result, chunks, 200);
    const packed = chunks.find((c) => c.sectionIds.length === 2)!;
    expect(packed.headingPath).toEqual(['1 Parent']);
    // the parent's heading (no text of its own) is carried into its first subsection's chunk
    expect(packed.text.startsWith('# 1 Parent\n\n## 1.1 Small A\n\nShort text A.\n\n## 1.2 Small B')).toBe(true);
    const big = chunks.find((c) => c.text.includes('1.3 Big C'))!;
    expect(big.headingPath).toEqual(['1 Parent', '1.3 Big C']);
    expect(big.text).not.toContain('2 Next');
  });

  it('accepts another tokenizer', () => {
    const result = stitchSync(fixture(FIXTURES[0]));
    const words = { name: 'words', count: (t: string) => t.split(/\s+/).filter(Boolean).length };
    const { chunks, tokenizer } = chunkTree(result.tree, { maxTokens: 100, tokenizer: words });
    expect(tokenizer).toBe('words');
    for (const c of chunks) if (!c.oversize) expect(words.count(c.text)).toBeLessThanOrEqual(100);
  });
});
