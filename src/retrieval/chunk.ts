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
import type { BBox, Element } from '../model/element.js';
import type {
  BlockNode,
  CaptionNode,
  DocumentRoot,
  FigureNode,
  HeadingNode,
  ListNode,
  NodeData,
  SectionNode,
} from '../model/tree.js';
import type { StitchResult } from '../pipeline.js';
import { cellsOf, isHeaderRow, parseTable, rowTexts } from '../table/html.js';
import { maxOf, minOf, pushAll } from '../util/arrays.js';
import { resolveTokenizer, type TiktokenEncoding, type Tokenizer } from './tokenizer.js';

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

export interface ChunkSpan {
  ref: string;
  page: number;
  bbox: BBox | null;
}

export interface ChunkNode {
  /** Tree node id (`data.id`). */
  id: string;
  type: string;
  /** When the node was cut in pieces: this piece's number (1-based) and the number of pieces. */
  part?: [number, number];
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

/** One atom of packing: text plus its provenance. */
interface Piece {
  text: string;
  nodes: ChunkNode[];
  spans: ChunkSpan[];
  /** Start a new chunk before this piece (first part of a block cut in pieces). */
  fresh?: boolean;
  /** Nothing may be added after this piece in its chunk (a middle part of a cut block). */
  closed?: boolean;
  oversize?: boolean;
}

const SEP = '\n\n';

interface Ctx {
  max: number;
  small: number;
  tok: Tokenizer;
  fragments: Map<string, Element>;
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
      .join(SEP);
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
  const level = h.data.level ?? h.depth;
  return {
    text: `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${plainText(h)}`,
    nodes: [{ id: h.data.id, type: 'heading' }],
    spans: spansOf(h.data),
  };
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
  const sep = ctx.tok.count(SEP);
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

function joinTexts(pieces: readonly Piece[]): string {
  return pieces
    .map((p) => p.text)
    .filter(Boolean)
    .join(SEP);
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

// ---------------------------------------------------------------------------------------------
// Blocks as text, and cut in parts

function plainText(node: { children?: unknown[]; value?: unknown }): string {
  if (typeof node.value === 'string') return node.value;
  if (!Array.isArray(node.children)) return '';
  return node.children.map((c) => plainText(c as { children?: unknown[]; value?: unknown })).join('');
}

function spansOf(data: NodeData): ChunkSpan[] {
  return data.refs.map((ref, i) => ({ ref, page: data.spans[i]?.page ?? 0, bbox: data.spans[i]?.bbox ?? null }));
}

function wholeBlockPiece(b: BlockNode): Piece {
  const node: ChunkNode = { id: b.data.id, type: b.type === 'figure' ? `figure:${b.kind}` : b.type };
  return { text: blockText(b), nodes: [node], spans: spansOf(b.data) };
}

function blockText(b: BlockNode): string {
  switch (b.type) {
    case 'paragraph':
    case 'caption':
      return plainText(b).trim();
    case 'list':
      return b.children.map((item) => `- ${plainText(item).trim()}`).join('\n');
    case 'math':
      return `$$\n${b.value}\n$$`;
    case 'code':
      return fence(b.value, b.lang);
    case 'html':
      return tableMarkdown(tableRows(b.value)).join('\n') || b.value;
    case 'figure':
      return figureParts(b)
        .map((p) => p.text)
        .filter(Boolean)
        .join(SEP);
  }
}

function fence(value: string, lang: string | null | undefined): string {
  return `\`\`\`${lang ?? ''}\n${value.replace(/\n+$/, '')}\n\`\`\``;
}

interface Rows {
  header: string[][];
  body: string[][];
}

function tableRows(html: string): Rows {
  const parsed = parseTable(html);
  const rows = parsed.rows.filter((r) => cellsOf(r).length > 0);
  let h = 0;
  while (h < rows.length - 1 && isHeaderRow(rows[h], parsed)) h++;
  if (h === 0 && rows.length > 1) {
    // Parsers rarely mark headers: the first row is the header, and the row under a spanning one too.
    h = 1;
    const spans = (r: (typeof rows)[number]) => cellsOf(r).some((c) => Number(c.properties?.colSpan ?? 1) > 1);
    while (h < rows.length - 1 && h < 3 && spans(rows[h - 1])) h++;
  }
  return { header: rows.slice(0, h).map(rowTexts), body: rows.slice(h).map(rowTexts) };
}

function tableMarkdown(rows: Rows, body: string[][] = rows.body): string[] {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  const lines = rows.header.map(line);
  const width = Math.max(1, maxOf(rows.header.map((r) => r.length)), maxOf(body.map((r) => r.length)));
  if (lines.length) lines.push(`|${' --- |'.repeat(width)}`);
  return [...lines, ...body.map(line)];
}

/** The figure's content and captions as separate pieces (caption pieces keep their own spans). */
function figureParts(f: FigureNode): Piece[] {
  const out: Piece[] = [];
  for (const c of f.children) {
    if (c.type === 'caption') {
      out.push({ text: plainText(c).trim(), nodes: [], spans: spansOf((c as CaptionNode).data) });
      continue;
    }
    let text = '';
    if (c.type === 'table') text = tableMarkdown(gfmRows(c)).join('\n');
    else if (c.type === 'html') text = tableMarkdown(tableRows(c.data.html ?? c.value)).join('\n') || c.value;
    else if (c.type === 'image') text = c.alt?.trim() ?? '';
    else if (c.type === 'math') text = `$$\n${c.value}\n$$`;
    else if (c.type === 'code') text = fence(c.value, c.lang);
    out.push({ text, nodes: [], spans: spansOf(c.data) });
  }
  return out;
}

function gfmRows(t: Extract<FigureNode['children'][number], { type: 'table' }>): Rows {
  const rows = t.children.map((r) => r.children.map((cell) => plainText(cell).replace(/\s+/g, ' ').trim()));
  return { header: rows.slice(0, 1), body: rows.slice(1) };
}

/** Cut a block that is over `budget` into parts, each within it where the content allows. */
function splitBlock(b: BlockNode, budget: number, ctx: Ctx): Piece[] {
  const type = b.type === 'figure' ? `figure:${b.kind}` : b.type;
  let parts: Piece[];
  switch (b.type) {
    case 'paragraph':
    case 'caption':
      parts = splitText(plainText(b).trim(), budget, ctx, fragmentWeights(b.data, ctx, 'text'), spansOf(b.data));
      break;
    case 'list':
      parts = splitList(b, budget, ctx);
      break;
    case 'code':
      parts = groupUnits(
        b.value.replace(/\n+$/, '').split('\n'),
        (ls) => fence(ls.join('\n'), b.lang),
        budget,
        ctx,
      ).map((g) => ({ text: g.text, nodes: [], spans: spansOf(b.data), oversize: g.oversize }));
      break;
    case 'html':
      parts = splitTable(tableRows(b.value), budget, ctx, b.data, [], []);
      break;
    case 'math':
      parts = [{ ...wholeBlockPiece(b), nodes: [], oversize: true }];
      break;
    case 'figure':
      parts = splitFigure(b, budget, ctx);
      break;
  }
  const n = parts.length;
  return parts.map((p, k) => ({
    ...p,
    nodes: [n > 1 ? { id: b.data.id, type, part: [k + 1, n] as [number, number] } : { id: b.data.id, type }],
  }));
}

let sentenceSegmenter: Intl.Segmenter | undefined;
/** Characters handed to the segmenter at once. */
const SENTENCE_WINDOW = 1024;

/**
 * The sentences of a text. Node 20's segmenter copies its whole input into every segment it returns, so
 * one call on a long text is quadratic in time and memory (8,000 sentences: 2 s; 64,000 lines: out of
 * memory). It is given windows instead: every segment but a window's last is kept, and the next window
 * starts where that last one did. A window with no boundary in it is doubled until the first sentence
 * ends (only that one segment is taken from it), so a run without one stays one sentence.
 */
function sentences(text: string): string[] {
  sentenceSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
  const segmenter = sentenceSegmenter;
  const out: string[] = [];
  const keep = (part: string) => {
    if (part.trim()) out.push(part);
  };
  let from = 0;
  while (from < text.length) {
    let size = SENTENCE_WINDOW;
    let window = text.slice(from, from + size);
    let atEnd = from + window.length >= text.length;
    const parts = Array.from(segmenter.segment(window), (s) => s.segment);
    if (atEnd) {
      for (const part of parts) keep(part);
      break;
    }
    if (parts.length > 1) {
      for (const part of parts.slice(0, -1)) {
        keep(part);
        from += part.length;
      }
      continue;
    }
    let first = parts[0];
    while (first.length === window.length && !atEnd) {
      size *= 2;
      window = text.slice(from, from + size);
      atEnd = from + window.length >= text.length;
      first = (segmenter.segment(window)[Symbol.iterator]().next().value as Intl.SegmentData).segment;
    }
    keep(first);
    from += first.length;
  }
  return out;
}

interface Group {
  text: string;
  start: number;
  end: number;
  oversize?: boolean;
}

/**
 * Balanced grouping of units (sentences, lines, rows) into texts within the budget: as many groups
 * as the total needs, each closed once it reaches the average size. A unit alone over the budget is
 * a group of its own, flagged.
 */
function groupUnits(units: string[], render: (us: string[]) => string, budget: number, ctx: Ctx): Group[] {
  const total = ctx.tok.count(render(units));
  const target = total / Math.max(1, Math.ceil(total / budget));
  const overhead = ctx.tok.count(render([]));
  const size = units.map((u) => ctx.tok.count(render([u])));
  const groups: Group[] = [];
  let start = 0;
  while (start < units.length) {
    let end = start + 1;
    if (size[start] > budget) {
      groups.push({ text: render(units.slice(start, end)), start, end, oversize: true });
      start = end;
      continue;
    }
    // sizes summed (an over-estimate: the unit's own render minus the shared part, plus a joint)
    let est = size[start];
    while (end < units.length) {
      const next = est + size[end] - overhead + 1;
      if (next > budget || est >= target) break;
      // close before the unit when the group is nearer the target without it
      if (next > target && next - target > target - est) break;
      est = next;
      end++;
    }
    while (end - start > 1 && ctx.tok.count(render(units.slice(start, end))) > budget) end--;
    groups.push({ text: render(units.slice(start, end)), start, end });
    start = end;
  }
  return groups;
}

function splitText(text: string, budget: number, ctx: Ctx, weights: number[], spans: ChunkSpan[]): Piece[] {
  const units = sentences(text);
  const offsets: number[] = [];
  let at = 0;
  for (const u of units) {
    offsets.push(at);
    at += u.length;
  }
  offsets.push(at);
  return groupUnits(units, (us) => us.join('').trim(), budget, ctx).map((g) => ({
    text: g.text,
    nodes: [],
    spans: pickSpans(spans, weights, offsets[g.start] / at, offsets[g.end] / at),
    oversize: g.oversize,
  }));
}

function splitList(list: ListNode, budget: number, ctx: Ctx): Piece[] {
  // Items (or sentence parts of an item over the budget), then balanced groups of those.
  const units: Array<{ text: string; spans: ChunkSpan[]; oversize?: boolean }> = [];
  for (const item of list.children) {
    const t = `- ${plainText(item).trim()}`;
    if (ctx.tok.count(t) <= budget) units.push({ text: t, spans: spansOf(item.data) });
    else
      for (const p of splitText(t, budget, ctx, fragmentWeights(item.data, ctx, 'text'), spansOf(item.data)))
        units.push({ text: p.text, spans: p.spans, oversize: p.oversize });
  }
  return groupUnits(
    units.map((u) => u.text),
    (us) => us.join('\n'),
    budget,
    ctx,
  ).map((g) => ({
    text: g.text,
    nodes: [],
    spans: units.slice(g.start, g.end).flatMap((u) => u.spans),
    oversize: g.oversize || units.slice(g.start, g.end).some((u) => u.oversize) || undefined,
  }));
}

function splitFigure(f: FigureNode, budget: number, ctx: Ctx): Piece[] {
  const idx = f.children.findIndex((c) => c.type !== 'caption');
  const content = f.children[idx];
  const pieces = figureParts(f);
  const before = pieces.slice(0, Math.max(0, idx));
  const after = idx >= 0 ? pieces.slice(idx + 1) : pieces;
  let parts: Piece[];
  if (content && (content.type === 'table' || content.type === 'html')) {
    const rows = content.type === 'table' ? gfmRows(content) : tableRows(content.data.html ?? content.value);
    return splitTable(rows, budget, ctx, content.data, before, after);
  }
  if (content && content.type === 'code') {
    parts = groupUnits(
      content.value.replace(/\n+$/, '').split('\n'),
      (ls) => fence(ls.join('\n'), content.lang),
      budget,
      ctx,
    ).map((g) => ({ text: g.text, nodes: [], spans: spansOf(content.data), oversize: g.oversize }));
  } else {
    const p = idx >= 0 ? pieces[idx] : { text: '', nodes: [], spans: [] };
    parts = [{ ...p, oversize: ctx.tok.count(p.text) > budget || undefined }];
  }
  return attachCaptions(parts, before, after, budget, ctx);
}

/** Captions go with the first part (those before the float) and the last (those after), as room allows. */
function attachCaptions(parts: Piece[], before: Piece[], after: Piece[], budget: number, ctx: Ctx): Piece[] {
  const out = [...parts];
  const join = (ps: Piece[]): Piece => ({
    text: joinTexts(ps),
    nodes: [],
    spans: ps.flatMap((p) => p.spans),
    oversize: ps.some((p) => p.oversize) || undefined,
  });
  if (before.length) {
    const merged = join([...before, out[0]]);
    if (ctx.tok.count(merged.text) <= budget || out[0].oversize) out[0] = merged;
    else out.unshift(join(before));
  }
  if (after.length) {
    const last = out.length - 1;
    const merged = join([out[last], ...after]);
    if (ctx.tok.count(merged.text) <= budget || out[last].oversize) out[last] = merged;
    else out.push(join(after));
  }
  for (const p of out) if (!p.oversize && ctx.tok.count(p.text) > budget) p.oversize = true;
  return out;
}

/** Table parts: rows in balanced groups, the header rows repeated at the top of every part. */
function splitTable(rows: Rows, budget: number, ctx: Ctx, data: NodeData, before: Piece[], after: Piece[]): Piece[] {
  const weights = fragmentWeights(data, ctx, 'rows');
  const spans = spansOf(data);
  const n = Math.max(1, rows.body.length);
  const groups = groupUnits(
    rows.body.map((_, i) => String(i)),
    (us) =>
      tableMarkdown(
        rows,
        us.map((i) => rows.body[Number(i)]),
      ).join('\n'),
    budget,
    ctx,
  );
  const parts: Piece[] = groups.map((g) => ({
    text: g.text,
    nodes: [],
    spans: pickSpans(spans, weights, g.start / n, g.end / n),
    oversize: g.oversize,
  }));
  if (!parts.length) parts.push({ text: tableMarkdown(rows).join('\n'), nodes: [], spans });
  return attachCaptions(parts, before, after, budget, ctx);
}

// ---------------------------------------------------------------------------------------------
// Spans of a part of a block

/** Relative size of each source fragment of a node: text length or table rows, when elements are known. */
function fragmentWeights(data: NodeData, ctx: Ctx, by: 'text' | 'rows'): number[] {
  return data.refs.map((ref) => {
    const el = ctx.fragments.get(ref);
    if (!el) return 1;
    if (by === 'rows' && el.html) return Math.max(1, parseTable(el.html).rows.length);
    return Math.max(1, el.text.trim().length);
  });
}

/** The spans of the fragments covering [from, to) of the node (fractions of its size). */
function pickSpans(spans: ChunkSpan[], weights: number[], from: number, to: number): ChunkSpan[] {
  if (spans.length <= 1) return spans;
  const w = weights.length === spans.length ? weights : spans.map(() => 1);
  const total = w.reduce((a, b) => a + b, 0);
  const picked: ChunkSpan[] = [];
  let at = 0;
  for (let i = 0; i < spans.length; i++) {
    const lo = at / total;
    at += w[i];
    const hi = at / total;
    if (hi > from + 1e-9 && lo < to - 1e-9) picked.push(spans[i]);
  }
  return picked.length ? picked : [spans[Math.min(spans.length - 1, Math.floor(from * spans.length))]];
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
