// Helpers shared by the adapters of vision-language OCR parsers (PaddleOCR, dots.ocr, DeepSeek-OCR,
// Mistral OCR): their blocks carry markdown-ish or HTML content, pixel boxes without (always) a page size,
// and a generic "caption" label whose kind (image or table) must be read from the page.
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { SourceFile } from '../io/load.js';
import type { BBox, BlockType, ElementHints } from '../model/element.js';
import { maxOf, minOf } from '../util/arrays.js';
import type { DocumentBuilder } from './builder.js';
import { captionKindFromText as captionKindOfWords, looksLikePageNumber } from './layout-helpers.js';

// ---------------------------------------------------------------------------------------------------
// Text

/** Heading level from leading `#` marks (`## Notes` → 2), or undefined. */
export function markdownHeadingLevel(text: string): number | undefined {
  const m = /^\s*(#{1,6})\s/.exec(text);
  return m ? m[1].length : undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** Markdown-ish block content → plain text: heading marks, emphasis, links, images and HTML tags removed. */
export function plainText(content: string): string {
  let t = content;
  if (/<[a-z][^>]*>/i.test(t)) t = htmlToText(t);
  return t
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*\w])\*([^*\s][^*]*?)\*(?!\*)/g, '$1$2')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e] ?? _)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text of an HTML fragment (block elements and table rows on their own lines, cells tab-separated). */
export function htmlToText(html: string): string {
  return toText(fromHtml(html, { fragment: true }), { whitespace: 'normal' }).trim();
}

/** A table given as HTML (maybe wrapped in `<html><body>`): the `<table>…</table>` part and its cell text. */
export function tableFromHtml(content: string): { html: string; text: string } | null {
  const start = content.search(/<table[\s>]/i);
  const end = content.toLowerCase().lastIndexOf('</table>');
  if (start < 0 || end < start) return null;
  const html = content.slice(start, end + '</table>'.length);
  return { html, text: htmlToText(html) };
}

/** What one block's content gives, by its element type: text, table HTML and hints. */
export interface BlockContent {
  text: string;
  html?: string;
  hints: ElementHints;
}

/**
 * The content of one block of an OCR-model parser (markdown, HTML or LaTeX in a string), read by its
 * element type: tables (HTML or pipe tables) → html + cell text; equations → LaTeX; code → the text
 * without its fence; titles → the level of their `#` marks (1 when the parser labels a document title);
 * anything else → plain text. An image link anywhere → `imagePath`.
 */
export function readBlockContent(type: string, content: string, documentTitle = false): BlockContent {
  const hints: ElementHints = {};
  let text: string;
  let html: string | undefined;
  if (type === 'table') {
    const table = tableFromHtml(content) ?? tableFromPipes(content);
    html = table?.html;
    text = table ? table.text : plainText(content);
  } else if (type === 'equation') {
    text = latexOf(content);
    if (text) hints.latex = text;
  } else if (type === 'code') {
    text = content.replace(/^\s*```[^\n]*\n?/, '').replace(/\n?```\s*$/, '');
  } else {
    text = plainText(content);
  }
  if (type === 'title') {
    const level = documentTitle ? 1 : markdownHeadingLevel(content);
    if (level !== undefined) hints.level = level;
    if (documentTitle) hints.documentTitle = true;
  }
  const image = imagePathOf(content);
  if (image) hints.imagePath = image;
  return html === undefined ? { text, hints } : { text, html, hints };
}

/** A GFM pipe table (`| a | b |` lines) as HTML, or null when the lines are not one. */
export function tableFromPipes(markdown: string): { html: string; text: string } | null {
  const lines = markdown
    .trim()
    .split('\n')
    .map((l) => l.trim());
  if (lines.length < 2 || !lines.every((l) => l.startsWith('|'))) return null;
  const cells = (line: string) =>
    line
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
  const isRule = (line: string) => /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/.test(line);
  const rows = lines.filter((l) => !isRule(l)).map(cells);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const hasHeader = isRule(lines[1] ?? '');
  const html = `<table>${rows
    .map((r, i) => {
      const tag = hasHeader && i === 0 ? 'th' : 'td';
      return `<tr>${r.map((c) => `<${tag}>${esc(c)}</${tag}>`).join('')}</tr>`;
    })
    .join('')}</table>`;
  return { html, text: rows.map((r) => r.join('\t')).join('\n') };
}

/** LaTeX of an equation block: `$$…$$`, `\[…\]` or `$…$` delimiters removed. */
export function latexOf(content: string): string {
  const t = content.trim();
  const m = /^\$\$([\s\S]*)\$\$$/.exec(t) ?? /^\\\[([\s\S]*)\\\]$/.exec(t) ?? /^\$([\s\S]*)\$$/.exec(t);
  return (m ? m[1] : t).trim();
}

/** First `src` of an `<img>` in HTML content, or the target of a markdown image. */
export function imagePathOf(content: string): string | undefined {
  return /<img[^>]*\ssrc=["']([^"']+)["']/i.exec(content)?.[1] ?? /!\[[^\]]*\]\(([^)\s]+)/.exec(content)?.[1];
}

/** True for running-header/footer text that is only a page number ("12", "Page 3", "3 / 11", "- 4 -"). */
export function isPageNumberText(text: string): boolean {
  return looksLikePageNumber(text);
}

// ---------------------------------------------------------------------------------------------------
// Captions and float footnotes whose kind the parser does not give

/** What a caption's own words say it captions, markdown stripped first ("**Table 2**" → table). */
export function captionKindFromText(text: string): 'image' | 'table' | undefined {
  return captionKindOfWords(plainText(text));
}

/** An element not yet added to the builder: its type may still be an unresolved caption or float note. */
export interface Draft<T> {
  type: BlockType | 'caption?' | 'float_footnote?';
  bbox: BBox | null;
  text: string;
  extra: T;
}

/** Where a draft comes from in its file: what the builder needs beside its kind, text and box. */
export interface DraftOrigin {
  pointer: string;
  sourceType: string;
  html?: string;
  hints: ElementHints;
}

/** Settle the drafts' caption and float-note kinds, then add them to the builder in reading order. */
export function addDrafts(
  builder: DocumentBuilder,
  file: SourceFile,
  page: number,
  drafts: Draft<DraftOrigin>[],
): void {
  for (const d of resolveFloatKinds(drafts)) {
    const { pointer, sourceType, html, hints } = d.extra;
    builder.add({ file, pointer, page, type: d.type, sourceType, text: d.text, html, bbox: d.bbox, hints });
  }
}

/** The kind of the float (image/table) nearest above or below a box on the same page, by vertical gap. */
function nearestFloat<T>(drafts: Draft<T>[], i: number): 'image' | 'table' | undefined {
  const box = drafts[i].bbox;
  let best: { kind: 'image' | 'table'; gap: number } | undefined;
  drafts.forEach((d, j) => {
    if (j === i || (d.type !== 'image' && d.type !== 'table')) return;
    const kind = d.type;
    if (!box || !d.bbox) {
      const gap = Math.abs(j - i) * 10; // no geometry: reading-order distance
      if (!best || gap < best.gap) best = { kind, gap };
      return;
    }
    const overlapX = Math.min(box[2], d.bbox[2]) - Math.max(box[0], d.bbox[0]);
    if (overlapX <= 0) return;
    const gap = Math.max(0, box[1] - d.bbox[3], d.bbox[1] - box[3]);
    if (!best || gap < best.gap) best = { kind, gap };
  });
  return best?.kind;
}

/**
 * Resolve `caption?` and `float_footnote?` drafts of ONE page: a caption's own words win ("Table …"),
 * then the nearest float above/below it, else image caption; a float note goes with the nearest float,
 * else it is a table footnote.
 */
export function resolveFloatKinds<T>(drafts: Draft<T>[]): Array<Draft<T> & { type: BlockType }> {
  return drafts.map((d, i) => {
    if (d.type === 'caption?') {
      const kind = captionKindFromText(d.text) ?? nearestFloat(drafts, i) ?? 'image';
      return { ...d, type: kind === 'table' ? 'table_caption' : 'image_caption' };
    }
    if (d.type === 'float_footnote?') {
      const kind = nearestFloat(drafts, i) ?? 'table';
      return { ...d, type: kind === 'table' ? 'table_footnote' : 'image_footnote' };
    }
    return d as Draft<T> & { type: BlockType };
  });
}

// ---------------------------------------------------------------------------------------------------
// Page size of pixel boxes that come without one

/** Paper sizes in PDF points (portrait). */
const PAPERS: Array<[string, number, number]> = [
  ['Letter', 612, 792],
  ['A4', 595.28, 841.89],
  ['Legal', 612, 1008],
  ['A5', 419.53, 595.28],
  ['A3', 841.89, 1190.55],
];

export interface AssumedPage {
  width: number;
  height: number;
  /** Human-readable assumption, e.g. "Letter portrait at 144 DPI (1224×1584 px)". */
  description: string;
}

/** Boxes exceeding the assumed page by up to this fraction still count as inside (rounding, 28-px resizing). */
const FIT_TOLERANCE = 0.015;

/**
 * The standard page (paper × orientation × DPI) that best explains a set of pixel boxes: it must
 * contain every box (within a small tolerance), the text must span at least half its width, and among
 * those the one whose left and right margins are most alike wins (ties: the smaller page). Margins are
 * measured on the 10th/90th percentile of box edges so that a lone marginal note does not decide.
 * Returns null when no standard page fits.
 */
export function guessStandardPage(boxes: number[][], dpis: number[]): AssumedPage | null {
  if (boxes.length === 0) return null;
  const maxX = maxOf(boxes.map((b) => b[2]));
  const maxY = maxOf(boxes.map((b) => b[3]));
  const left = percentile(
    boxes.map((b) => b[0]),
    0.1,
  );
  const right = percentile(
    boxes.map((b) => b[2]),
    0.9,
  );
  let best: { page: AssumedPage; score: number; area: number } | undefined;
  for (const dpi of dpis) {
    for (const [name, pw, ph] of PAPERS) {
      for (const landscape of [false, true]) {
        const w = Math.round(((landscape ? ph : pw) * dpi) / 72);
        const h = Math.round(((landscape ? pw : ph) * dpi) / 72);
        if (maxX > w * (1 + FIT_TOLERANCE) || maxY > h * (1 + FIT_TOLERANCE)) continue;
        if (right - left < w / 2) continue;
        const score = Math.abs(left - (w - right)) / w;
        const area = w * h;
        const better =
          !best || score < best.score - 0.005 || (Math.abs(score - best.score) <= 0.005 && area < best.area);
        if (better) {
          const orientation = landscape ? 'landscape' : 'portrait';
          best = {
            page: { width: w, height: h, description: `${name} ${orientation} at ${dpi} DPI (${w}×${h} px)` },
            score,
            area,
          };
        }
      }
    }
  }
  return best?.page ?? null;
}

/** Fallback page: the boxes' extent plus, on the right and bottom, the margin seen on the left and top. */
export function extentPage(boxes: number[][]): AssumedPage {
  const minX = Math.max(0, minOf(boxes.map((b) => b[0])));
  const minY = Math.max(0, minOf(boxes.map((b) => b[1])));
  const w = Math.ceil(maxOf(boxes.map((b) => b[2])) + minX) || 1;
  const h = Math.ceil(maxOf(boxes.map((b) => b[3])) + minY) || 1;
  return { width: w, height: h, description: `the boxes' extent with mirrored margins (${w}×${h} px)` };
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))];
}
