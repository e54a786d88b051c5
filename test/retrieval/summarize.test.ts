// Section summaries (extractive, deterministic; the LLM path through a stub summarizer) and the
// LangChain.js / LlamaIndex.TS loaders (their packages are devDependencies here).
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentRoot, SectionNode } from '../../src/model/tree.js';
import { stitchSync } from '../../src/pipeline.js';
import { chunkTree } from '../../src/retrieval/chunk.js';
import { loadLangChainDocuments, toLangChainDocuments } from '../../src/retrieval/langchain.js';
import { chunkMetadata, loadLlamaIndexNodes, toLlamaIndexNodes } from '../../src/retrieval/llamaindex.js';
import {
  oneSpaced,
  summarizeSections,
  withSectionSummaries,
  withSectionSummariesLlm,
  words,
} from '../../src/tree/summarize.js';

const REAL = fileURLToPath(
  new URL('../fixtures/mineru/api-pipeline3-naacl2024-long116_content_list.json', import.meta.url),
);
const DOCLING = fileURLToPath(new URL('../fixtures/docling/normal_4pages.json', import.meta.url));

function sections(tree: DocumentRoot): SectionNode[] {
  const out: SectionNode[] = [];
  const visit = (children: readonly { type: string }[]) => {
    for (const c of children)
      if (c.type === 'section') {
        out.push(c as SectionNode);
        visit((c as SectionNode).children);
      }
  };
  visit(tree.children);
  return out;
}

describe('section summaries', () => {
  const result = stitchSync(REAL);

  it('gives every section keywords and a short summary taken from its own sentences', () => {
    const map = summarizeSections(result.tree);
    const secs = sections(result.tree);
    expect(map.size).toBe(secs.length);
    for (const s of secs) {
      const entry = map.get(s.data.id)!;
      expect(entry.by).toBe('extractive');
      expect(entry.keywords.length).toBeGreaterThan(0);
      expect(entry.keywords.length).toBeLessThanOrEqual(8);
      expect(entry.summary.length).toBeLessThanOrEqual(320);
    }
    const abstract = secs.find((s) => JSON.stringify(s.children[0]).includes('Abstract'))!;
    const a = map.get(abstract.data.id)!;
    expect(a.summary).toMatch(/^Quantum-inspired models have demonstrated superior performance/);
    expect(a.keywords).toContain('quantum');
  });

  it('is deterministic and pure', () => {
    const before = JSON.stringify(result.tree);
    const a = withSectionSummaries(result.tree);
    const b = withSectionSummaries(result.tree);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(result.tree)).toBe(before); // input untouched
    for (const s of sections(a)) {
      expect(typeof s.data.summary).toBe('string');
      expect(Array.isArray(s.data.keywords)).toBe(true);
    }
  });

  it('segments CJK text for keywords', () => {
    const tree: DocumentRoot = {
      type: 'root',
      data: { source: 't', format: 't', pages: 1 },
      children: [
        {
          type: 'section',
          depth: 1,
          data: { id: 'n0', refs: ['/0'], spans: [] },
          children: [
            {
              type: 'heading',
              depth: 1,
              children: [{ type: 'text', value: '软件包管理' }],
              data: { id: 'n0', refs: ['/0'], spans: [] },
            },
            {
              type: 'paragraph',
              children: [
                { type: 'text', value: '软件包管理系统负责安装和删除软件包。软件包管理系统还会检查依赖关系。' },
              ],
              data: { id: 'n1', refs: ['/1'], spans: [] },
            },
          ],
        },
      ],
    };
    const entry = summarizeSections(tree).get('n0')!;
    expect(entry.keywords).toContain('软件');
    expect(entry.summary).toContain('软件包管理系统');
  });

  it('collapses blanks in sentences as `replace(/\\s+/g, " ")` does, texts already collapsed among them', () => {
    // fast-check, seeded: texts of words and every kind of blank (spaces, tabs, line ends, no-break and ideographic
    // spaces, a byte-order mark), alone and in runs
    const pieces = ['a', 'word', '.', '中', ' ', ' ', ' ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\ufeff', '\u2028'];
    let unchanged = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const spaced = oneSpaced(text);
        expect(spaced).toBe(text.replace(/\s+/g, ' '));
        if (spaced === text && /\s/.test(text)) unchanged++;
      }),
      { numRuns: 3000, seed: 23 },
    );
    expect(unchanged).toBeGreaterThan(100);
  });

  it('uses the LLM summarizer when given, and falls back to the extractive summary when it fails', async () => {
    const seen: string[] = [];
    let calls = 0;
    const tree = await withSectionSummariesLlm(
      result.tree,
      {
        summarize: async (text, ctx) => {
          calls++;
          if (calls === 2) throw new Error('endpoint down');
          expect(ctx.headingPath.length).toBeGreaterThan(0);
          return `model summary of ${text.length} chars`;
        },
      },
      { onSummary: (s) => seen.push(s.by) },
    );
    const secs = sections(tree);
    expect(seen).toHaveLength(secs.length);
    expect(secs[0].data.summary).toMatch(/^model summary of \d+ chars$/);
    expect(seen[1]).toBe('extractive');
    expect(secs[1].data.summary).toBe(summarizeSections(result.tree).get(secs[1].data.id)?.summary);
  });

  it('puts the section keywords on its chunks', () => {
    const { chunks } = chunkTree(withSectionSummaries(result.tree));
    const withKw = chunks.filter((c) => c.keywords?.length);
    expect(withKw.length).toBeGreaterThan(chunks.length / 2);
  });
});

describe('loaders', () => {
  const result = stitchSync(DOCLING);
  const { chunks } = chunkTree(result.tree, { maxTokens: 200 });

  it('makes one LangChain.js Document per chunk with its provenance', async () => {
    const docs = await toLangChainDocuments(chunks, { source: 'doc.pdf' });
    expect(docs).toHaveLength(chunks.length);
    expect(docs[0].pageContent).toBe(chunks[0].text);
    expect(docs[0].id).toBe(chunks[0].id);
    expect(docs[0].metadata).toMatchObject({
      source: 'doc.pdf',
      chunkId: chunks[0].id,
      breadcrumb: chunks[0].headingPath.join(' > '),
      pageStart: chunks[0].pageStart,
      refs: chunks[0].refs,
    });
  });

  it('flattens metadata for strict vector stores on request', () => {
    const meta = chunkMetadata(chunks[1], { flatMetadata: true });
    for (const v of Object.values(meta)) expect(['string', 'number', 'boolean']).toContain(typeof v);
    expect(JSON.parse(meta.spans as string)).toEqual(chunks[1].spans);
  });

  it('makes LlamaIndex.TS TextNodes linked to their neighbours', async () => {
    const nodes = await toLlamaIndexNodes(chunks, { source: 'doc.pdf' });
    expect(nodes).toHaveLength(chunks.length);
    expect(nodes[1].id_).toBe(chunks[1].id);
    expect(nodes[1].text).toBe(chunks[1].text);
    expect(nodes[1].relationships.PREVIOUS).toMatchObject({ nodeId: chunks[0].id });
    expect(nodes[0].relationships.NEXT).toMatchObject({ nodeId: chunks[1].id });
    // provenance is kept out of the embedded text; the breadcrumb goes in
    const embedded = nodes[1].getContent('EMBED' as never);
    expect(embedded).toContain(chunks[1].text);
    expect(embedded).not.toContain('spans');
  });

  it('loads straight from a parser output', async () => {
    const docs = await loadLangChainDocuments(DOCLING, { maxTokens: 200 });
    expect(docs.map((d) => d.pageContent)).toEqual(chunks.map((c) => c.text));
    expect(docs[0].metadata.source).toBe(result.document.source);
    const nodes = await loadLlamaIndexNodes(DOCLING, { maxTokens: 200, summaries: false });
    expect(nodes).toHaveLength(chunks.length);
  });
});

describe('keyword words', () => {
  // ASCII text takes a plain ASCII tokenizer; the words must be those of the Unicode one, which a non-ASCII
  // one-letter word (itself too short to count) sends the same text through.
  it('are the same from the ASCII fast path as from the Unicode tokenizer', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aZ09 '-.,_\tXy".split('')) }), (text) => {
        expect(words(text)).toEqual(words(`${text} é`));
      }),
      { numRuns: 500 },
    );
    expect(words("Don't STOP the 2nd run-time of x86")).toEqual(["don't", 'stop', '2nd', 'run', 'time', 'x86']);
  });
});
