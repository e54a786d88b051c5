// Cutting a block that is over the budget into parts, one cutter per node type: paragraphs and captions
// at sentence boundaries (Intl.Segmenter, CJK included), lists between items, tables between rows with
// the header rows repeated in every part, code between lines; math is never cut. A single sentence /
// row / line over the budget becomes a part of its own, flagged `oversize`. Figures keep their captions
// (those before the float with the first part, those after with the last). Every part's text is made by
// the same handlers as a whole block's (src/render/block-markdown.ts).
import type { BlockNode, CodeNode, FigureNode, ListNode, NodeData } from '../model/tree.js';
import {
  blockMarkdown,
  codeLines,
  fence,
  gfmRows,
  htmlOf,
  listItemMarkdown,
  type Rows,
  tableMarkdown,
  tableRows,
} from '../render/block-markdown.js';
import {
  type ChunkSpan,
  type Ctx,
  fragmentWeights,
  joinTexts,
  nodeType,
  type Piece,
  pickSpans,
  spansOf,
  wholeBlockPiece,
} from './pieces.js';

type Cutters = { [T in BlockNode['type']]: (b: Extract<BlockNode, { type: T }>, budget: number, ctx: Ctx) => Piece[] };

const cutters: Cutters = {
  paragraph: (p, budget, ctx) =>
    splitText(blockMarkdown(p), budget, ctx, fragmentWeights(p.data, ctx, 'text'), spansOf(p.data)),
  caption: (c, budget, ctx) =>
    splitText(blockMarkdown(c), budget, ctx, fragmentWeights(c.data, ctx, 'text'), spansOf(c.data)),
  list: (l, budget, ctx) => splitList(l, budget, ctx),
  code: (c, budget, ctx) => splitCode(c, budget, ctx),
  html: (h, budget, ctx) => splitTable(tableRows(htmlOf(h)), budget, ctx, h.data, [], []),
  math: (m) => [{ ...wholeBlockPiece(m), nodes: [], oversize: true }],
  figure: (f, budget, ctx) => splitFigure(f, budget, ctx),
};

/** Cut a block that is over `budget` into parts, each within it where the content allows. */
export function splitBlock(b: BlockNode, budget: number, ctx: Ctx): Piece[] {
  const type = nodeType(b);
  const parts = (cutters[b.type] as (b: BlockNode, budget: number, ctx: Ctx) => Piece[])(b, budget, ctx);
  const n = parts.length;
  return parts.map((p, k) => ({
    ...p,
    nodes: [n > 1 ? { id: b.data.id, type, part: [k + 1, n] as [number, number] } : { id: b.data.id, type }],
  }));
}

function splitCode(c: CodeNode, budget: number, ctx: Ctx): Piece[] {
  return groupUnits(codeLines(c.value), (ls) => fence(ls.join('\n'), c.lang), budget, ctx).map((g) => ({
    text: g.text,
    nodes: [],
    spans: spansOf(c.data),
    oversize: g.oversize,
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
    const t = listItemMarkdown(item);
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
  // The figure's content and captions as separate pieces (caption pieces keep their own spans).
  const pieces: Piece[] = f.children.map((c) => ({ text: blockMarkdown(c), nodes: [], spans: spansOf(c.data) }));
  const before = pieces.slice(0, Math.max(0, idx));
  const after = idx >= 0 ? pieces.slice(idx + 1) : pieces;
  let parts: Piece[];
  if (content && (content.type === 'table' || content.type === 'html')) {
    const rows = content.type === 'table' ? gfmRows(content) : tableRows(htmlOf(content));
    return splitTable(rows, budget, ctx, content.data, before, after);
  }
  if (content && content.type === 'code') {
    parts = splitCode(content, budget, ctx);
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
