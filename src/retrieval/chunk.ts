// Node chunking: the document tree cut into retrieval chunks bounded by a token budget.
//
// What wins over what:
// - A chunk never holds content of two sections, except whole small sibling sections (subtree under
//   `smallSectionTokens`), which are packed together up to the budget; the breadcrumb is then the
//   parent's heading path.
// - Within a section, blocks are packed whole (a paragraph re-joined across pages is one block);
//   a block over the budget starts a fresh chunk and is cut into balanced parts: paragraphs and list
//   items at sentence boundaries (Intl.Segmenter, CJK included), lists between items, tables between
//   rows with the header row repeated in every part, code between lines.
// - A single sentence / row / line over the budget cannot be cut: it becomes a chunk of its own,
//   flagged `oversize`.
// - Headings stay with the content that follows them; a heading whose section has no text of its
//   own before its first subsection is carried into that subsection's first chunk.
// - Figures keep their captions (caption before the table in the first part, after it in the last).
// Provenance: every chunk lists the nodes it holds, their source refs and their page + box spans;
// a part of a block cut in pieces gets the spans of the source fragments its text came from
// (proportionally by text length, or by rows for tables, when the source elements are known).
//
// Files: this one walks the tree and packs; ./pieces.ts holds the atoms and their spans; ./split.ts
// cuts a block over the budget; the text of every node comes from src/render/block-markdown.ts.
import type { Element } from '../model/element.js';
import type { BlockNode, DocumentRoot, HeadingNode, SectionNode } from '../model/tree.js';
import { BLOCK_SEPARATOR, blockMarkdown, plainText } from '../render/block-markdown.js';
import type { StitchResult } from '../stitch.js';
import { maxOf, minOf, pushAll } from '../util/arrays.js';
import { type ChunkNode, type ChunkSpan, type Ctx, joinTexts, type Piece, spansOf, wholeBlockPiece } from './pieces.js';
import { splitBlock } from './split.js';
import { resolveTokenizer, type TiktokenEncoding, type Tokenizer } from './tokenizer.js';

export type { ChunkNode, ChunkSpan } from './pieces.js';

export interface ChunkOptions {
  /** Token budget of a chunk's `text` (default 512). */
  maxTokens?: number;
  /** Sections whose whole subtree is under this many tokens may share a chunk with their small siblings (default maxTokens / 4). */
  smallSectionTokens?: number;
  /** Tokenizer: a js-tiktoken encoding name or your own counter (default `cl100k_base`). */
  tokenizer?: Tokenizer | TiktokenEncoding;
  /** Prefix of every chunk id (e.g. a document id, so ids stay unique across documents). */
  idPrefix?: string;
  /** The document's elements, for exact spans of the parts of a block cut in pieces. */
  elements?: readonly Element[];
  /** Section summaries/keywords copied from section nodes' data onto chunks (default true). */
  sectionKeywords?: boolean;
}

export interface Chunk {
  id: string;
  /** Position in reading order (0-based). */
  index: number;
  /** The chunk's Markdown text (headings with `#`, tables as GFM rows). The budget applies to it. */
  text: string;
  tokens: number;
  /** Headings from the top of the document down to the chunk's section (its breadcrumb). */
  headingPath: string[];
  /** Ids of the sections whose content is in this chunk (several when small siblings share it). */
  sectionIds: string[];
  pageStart: number;
  pageEnd: number;
  /** Tree nodes in the chunk, in reading order. */
  nodes: ChunkNode[];
  /** Refs of the source elements (JSON pointers into the parser output), in reading order. */
  refs: string[];
  /** Page + box of every source region, for highlighting a citation (across pages). */
  spans: ChunkSpan[];
  prev: string | null;
  next: string | null;
  /** Keywords of the chunk's section, when sections were summarized. */
  keywords?: string[];
  /** Set when the chunk is over budget because one sentence / table row / code line is. */
  oversize?: true;
}

export interface ChunkingResult {
  chunks: Chunk[];
  tokenizer: string;
  maxTokens: number;
}

/** Chunk a stitch result (uses its elements for exact spans). */
export function chunkResult(result: StitchResult, options: ChunkOptions = {}): ChunkingResult {
  return chunkTree(result.tree, { elements: result.document.elements, ...options });
}

export function chunkTree(tree: DocumentRoot, options: ChunkOptions = {}): ChunkingResult {
  const max = options.maxTokens ?? 512;
  if (!(max >= 16)) throw new RangeError('maxTokens must be at least 16');
  const tok = cachedCount(resolveTokenizer(options.tokenizer));
  const ctx: Ctx = {
    max,
    small: options.smallSectionTokens ?? Math.floor(max / 4),
    tok,
    fragments: new Map((options.elements ?? []).map((e) => [e.ref, e])),
  };
  const drafts: Draft[] = [];
  walkContainer(tree, [], [], drafts, ctx);
  const prefix = options.idPrefix ?? '';
  const seen = new Map<string, number>();
  const chunks: Chunk[] = drafts.map((d, index) => {
    const text = d.pieces
      .map((p) => p.text)
      .filter(Boolean)
      .join(BLOCK_SEPARATOR);
    const first = d.pieces[0].nodes[0]?.id ?? `i${index}`;
    const k = (seen.get(first) ?? 0) + 1;
    seen.set(first, k);
    const spans = dedupeSpans(d.pieces.flatMap((p) => p.spans));
    const pages = spans.map((s) => s.page);
    const tokens = tok.count(text);
    const chunk: Chunk = {
      id: `${prefix}c-${first}${k > 1 ? `.${k}` : ''}`,
      index,
      text,
      tokens,
      headingPath: d.path,
      sectionIds: d.sections,
      pageStart: pages.length ? minOf(pages) : 0,
      pageEnd: pages.length ? maxOf(pages) : 0,
      nodes: mergeNodes(d.pieces.flatMap((p) => p.nodes)),
      refs: [...new Set(spans.map((s) => s.ref))],
      spans,
      prev: null,
      next: null,
    };
    if (options.sectionKeywords !== false && d.keywords?.length) chunk.keywords = d.keywords;
    if (tokens > max) chunk.oversize = true;
    return chunk;
  });
  for (let i = 0; i < chunks.length; i++) {
    chunks[i].prev = i > 0 ? chunks[i - 1].id : null;
    chunks[i].next = i + 1 < chunks.length ? chunks[i + 1].id : null;
  }
  return { chunks, tokenizer: tok.name, maxTokens: max };
}

/** The tokenizer with counts remembered for the duration of one chunking. */
function cachedCount(t: Tokenizer): Tokenizer {
  const memo = new Map<string, number>();
  return {
    name: t.name,
    count(text: string): number {
      let n = memo.get(text);
      if (n === undefined) {
        n = t.count(text);
        memo.set(text, n);
      }
      return n;
    },
  };
}

/** chunks.jsonl: one chunk per line. */
export function chunksJsonl(chunks: readonly Chunk[]): string {
  return chunks.map((c) => `${JSON.stringify(c)}\n`).join('');
}

// ---------------------------------------------------------------------------------------------
// Walking the tree

interface Draft {
  pieces: Piece[];
  path: string[];
  sections: string[];
  keywords?: string[];
}

type Container = DocumentRoot | SectionNode;

/**
 * Chunk a container's own blocks, then its subsections. `lead` holds headings carried from
 * ancestors that had no content of their own; they go in front of the first chunk made here.
 */
function walkContainer(node: Container, path: string[], lead: Piece[], out: Draft[], ctx: Ctx): void {
  const sectionIds = node.type === 'section' ? [node.data.id] : [];
  const keywords = node.type === 'section' ? node.data.keywords : undefined;
  const own: Array<HeadingNode | BlockNode> = [];
  const subs: SectionNode[] = [];
  for (const child of node.children) {
    if (child.type === 'section') subs.push(child);
    else own.push(child);
  }
  const headingPieces: Piece[] = [...lead];
  const blocks: BlockNode[] = [];
  for (const b of own) {
    if (b.type === 'heading') headingPieces.push(headingPiece(b));
    else blocks.push(b);
  }
  let carry: Piece[] = [];
  if (blocks.length === 0 && subs.length > 0) carry = headingPieces;
  else if (blocks.length > 0 || headingPieces.length > 0)
    pack(blockPieces(headingPieces, blocks, ctx), ctx).forEach((pieces) => {
      out.push({ pieces, path, sections: sectionIds, keywords });
    });

  // Subsections: runs of small siblings are packed whole; the others are walked.
  let i = 0;
  while (i < subs.length) {
    const s = subs[i];
    const subPath = [...path, headingText(s)];
    const whole = wholeSectionPiece(s, ctx);
    if (whole && ctx.tok.count(joinTexts([...carry, whole])) <= ctx.small) {
      const run: Array<{ s: SectionNode; piece: Piece }> = [{ s, piece: whole }];
      let j = i + 1;
      while (j < subs.length) {
        const next = wholeSectionPiece(subs[j], ctx);
        if (!next || ctx.tok.count(next.text) > ctx.small) break;
        run.push({ s: subs[j], piece: next });
        j++;
      }
      // Greedy packing of the run, the carried headings in front of the first one.
      let cur: Array<{ s: SectionNode; piece: Piece }> = [];
      let curPieces: Piece[] = [...carry];
      const flush = () => {
        if (!cur.length) return;
        const single = cur.length === 1;
        out.push({
          pieces: curPieces,
          path: single ? [...path, headingText(cur[0].s)] : path,
          sections: cur.map((x) => x.s.data.id),
          keywords: single ? cur[0].s.data.keywords : keywords,
        });
        cur = [];
        curPieces = [];
      };
      for (const item of run) {
        if (cur.length && ctx.tok.count(joinTexts([...curPieces, item.piece])) > ctx.max) flush();
        cur.push(item);
        curPieces.push(item.piece);
      }
      flush();
      carry = [];
      i = j;
      continue;
    }
    walkContainer(s, subPath, carry, out, ctx);
    carry = [];
    i++;
  }
  if (carry.length) out.push({ pieces: carry, path, sections: sectionIds, keywords });
}

function headingText(s: SectionNode): string {
  const h = s.children[0];
  return h && h.type === 'heading' ? plainText(h) : '';
}

function headingPiece(h: HeadingNode): Piece {
  return { text: blockMarkdown(h), nodes: [{ id: h.data.id, type: 'heading' }], spans: spansOf(h.data) };
}

/** A whole section subtree as one piece, or undefined when it is over the small-section size. */
function wholeSectionPiece(s: SectionNode, ctx: Ctx): Piece | undefined {
  const pieces: Piece[] = [];
  let tokens = 0;
  const visit = (n: SectionNode): boolean => {
    for (const c of n.children) {
      if (c.type === 'section') {
        if (!visit(c)) return false;
        continue;
      }
      const p = c.type === 'heading' ? headingPiece(c) : wholeBlockPiece(c);
      pieces.push(p);
      tokens += ctx.tok.count(p.text);
      if (tokens > ctx.small) return false;
    }
    return true;
  };
  if (!visit(s)) return undefined;
  return {
    text: joinTexts(pieces),
    nodes: pieces.flatMap((p) => p.nodes),
    spans: pieces.flatMap((p) => p.spans),
  };
}

// ---------------------------------------------------------------------------------------------
// Packing

/**
 * Greedy packing of pieces into chunks within the budget. Sizes are summed (a slight over-estimate
 * of the joined text's count), then each chunk is checked with the real count and shortened if needed.
 */
function pack(pieces: Piece[], ctx: Ctx): Piece[][] {
  const chunks: Piece[][] = [];
  const sep = ctx.tok.count(BLOCK_SEPARATOR);
  let i = 0;
  while (i < pieces.length) {
    let est = ctx.tok.count(pieces[i].text);
    let j = i + 1;
    if (!pieces[i].closed && !pieces[i].oversize)
      while (j < pieces.length && !pieces[j].fresh && !pieces[j].oversize) {
        const next = est + sep + ctx.tok.count(pieces[j].text);
        if (next > ctx.max) break;
        est = next;
        j++;
        if (pieces[j - 1].closed) break;
      }
    while (j - i > 1 && ctx.tok.count(joinTexts(pieces.slice(i, j))) > ctx.max) j--;
    chunks.push(pieces.slice(i, j));
    i = j;
  }
  return chunks;
}

/**
 * Pieces of a section's own blocks. Headings are glued to the first block (in front of its first
 * piece); a block that fits is one piece, a block over the budget is cut in parts.
 */
function blockPieces(headings: Piece[], blocks: BlockNode[], ctx: Ctx): Piece[] {
  const out: Piece[] = [];
  let lead = headings;
  for (const b of blocks) {
    const leadText = joinTexts(lead);
    const leadTokens = leadText ? ctx.tok.count(leadText) + 1 : 0;
    const whole = wholeBlockPiece(b);
    const withLead = lead.length ? { ...whole, text: joinTexts([...lead, whole]) } : whole;
    if (ctx.tok.count(withLead.text) <= ctx.max) {
      out.push(prependLead(lead, whole));
    } else {
      const parts = splitBlock(b, Math.max(8, ctx.max - leadTokens), ctx);
      parts[0] = prependLead(lead, parts[0]);
      parts.forEach((p, k) => {
        p.fresh = k === 0;
        p.closed = k < parts.length - 1;
      });
      pushAll(out, parts);
    }
    lead = [];
  }
  if (lead.length) out.push(prependLead(lead.slice(1), lead[0]));
  return out;
}

function prependLead(lead: Piece[], p: Piece): Piece {
  if (!lead.length) return p;
  return {
    ...p,
    text: joinTexts([...lead, p]),
    nodes: [...lead.flatMap((l) => l.nodes), ...p.nodes],
    spans: [...lead.flatMap((l) => l.spans), ...p.spans],
  };
}

function dedupeSpans(spans: ChunkSpan[]): ChunkSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.ref}@${s.page}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function mergeNodes(nodes: ChunkNode[]): ChunkNode[] {
  const seen = new Set<string>();
  return nodes.filter((n) => {
    const key = `${n.id}/${n.part?.[0] ?? 0}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
