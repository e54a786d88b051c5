// The atoms chunking packs (pieces: text plus provenance) and the spans a piece carries: a whole block
// gets its node's spans; a part of a block cut in pieces gets the spans of the source fragments its
// text came from, proportionally by text length (or by rows for tables) when the elements are known.
import type { BBox, Element } from '../model/element.js';
import type { BlockNode, NodeData } from '../model/tree.js';
import { BLOCK_SEPARATOR, blockMarkdown } from '../render/block-markdown.js';
import { parseTable } from '../table/html.js';
import type { Tokenizer } from './tokenizer.js';

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

/** One atom of packing: text plus its provenance. */
export interface Piece {
  text: string;
  nodes: ChunkNode[];
  spans: ChunkSpan[];
  /** Start a new chunk before this piece (first part of a block cut in pieces). */
  fresh?: boolean;
  /** Nothing may be added after this piece in its chunk (a middle part of a cut block). */
  closed?: boolean;
  oversize?: boolean;
}

/** What packing and cutting need: the budget, the small-section size, the tokenizer, the source elements by ref. */
export interface Ctx {
  max: number;
  small: number;
  tok: Tokenizer;
  fragments: Map<string, Element>;
}

export function joinTexts(pieces: readonly Piece[]): string {
  return pieces
    .map((p) => p.text)
    .filter(Boolean)
    .join(BLOCK_SEPARATOR);
}

export function spansOf(data: NodeData): ChunkSpan[] {
  return data.refs.map((ref, i) => ({ ref, page: data.spans[i]?.page ?? 0, bbox: data.spans[i]?.bbox ?? null }));
}

/** The chunk-node type of a block (figures by kind). */
export function nodeType(b: BlockNode): string {
  return b.type === 'figure' ? `figure:${b.kind}` : b.type;
}

export function wholeBlockPiece(b: BlockNode): Piece {
  return { text: blockMarkdown(b), nodes: [{ id: b.data.id, type: nodeType(b) }], spans: spansOf(b.data) };
}

/** Relative size of each source fragment of a node: text length or table rows, when elements are known. */
export function fragmentWeights(data: NodeData, ctx: Ctx, by: 'text' | 'rows'): number[] {
  return data.refs.map((ref) => {
    const el = ctx.fragments.get(ref);
    if (!el) return 1;
    if (by === 'rows' && el.html) return Math.max(1, parseTable(el.html).rows.length);
    return Math.max(1, el.text.trim().length);
  });
}

/** The spans of the fragments covering [from, to) of the node (fractions of its size). */
export function pickSpans(spans: ChunkSpan[], weights: number[], from: number, to: number): ChunkSpan[] {
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
