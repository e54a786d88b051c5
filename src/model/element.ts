// The normalized element: what every adapter produces and every stage reads.
// One element = one block a parser emitted on one page (a paragraph, a title, a table, a caption…).
import type { Message } from './message.js';

/** The 16 block types of MinerU-Popo's schema, plus `code`. */
export const BLOCK_TYPES = [
  'title',
  'text',
  'list_item',
  'equation',
  'image',
  'table',
  'image_caption',
  'table_caption',
  'image_footnote',
  'table_footnote',
  'page_title',
  'page_number',
  'page_footnote',
  'header',
  'aside_text',
  'footer',
  'code',
] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

/** [x1, y1, x2, y2] in 0–1 of the page, origin top-left, x1 <= x2, y1 <= y2. */
export type BBox = [number, number, number, number];

/** Optional evidence the parser gives beyond type/bbox/text. Hints, never truth. */
export interface ElementHints {
  /** Heading level the parser claims (MinerU text_level, Marker <hN>, Docling level …). */
  level?: number;
  /** Font size in points, where the parser reports it. */
  fontSize?: number;
  /** Typical line height as a fraction of page height (from line boxes), where known. */
  lineHeight?: number;
  /** Number of text lines the parser saw in this block. */
  lineCount?: number;
  /**
   * How far the block's last text line reaches towards the right edge of its other lines (0 = the block's
   * left edge, 1 = as far as the longest line), from line boxes, for blocks of two or more lines. A
   * paragraph that goes on fills its last line; one that ends usually leaves it short.
   */
  lastLineFill?: number;
  /**
   * How far the block's first line starts in from its other lines, as a share of the block's width
   * (negative for a hanging indent), from line boxes, for blocks of two or more lines. Many documents
   * indent the first line of each paragraph and of no continuation.
   */
  firstLineIndent?: number;
  bold?: boolean;
  /** Ref of the element this one was nested inside in the source (a caption inside a table entry). */
  nestedIn?: string;
  /** The parser labels this block the document's title (Docling `title`, dots.ocr `Title`, PaddleOCR `doc_title`, Textract `LAYOUT_TITLE`). */
  documentTitle?: boolean;
  /** Ref of the float the parser explicitly links this caption/footnote to (Docling `captions`, Marker groups). */
  captionOf?: string;
  /** The parser already merged this element with others (Docling multi-prov, MinerU cross-page). */
  parserMergedWith?: string[];
  /** Image path/URL the parser wrote for a figure or table image. */
  imagePath?: string;
  /** Equation source as LaTeX. */
  latex?: string;
  /** Language of a code block, when given. */
  codeLanguage?: string;
  /** Parser's confidence for this block (0–1). */
  score?: number;
  /** Depth (1 = top) of the source PDF's outline entry matched to this heading (`--pdf`, src/pdf/align.ts). */
  outlineLevel?: number;
  /** What the source PDF's text layer says about this element (`--pdf`, or a PDF input): src/pdf/align.ts. */
  pdf?: PdfHints;
}

/** Evidence from the source PDF for one element (src/pdf/align.ts); sizes in points, boxes as in ElementHints. */
export interface PdfHints {
  /** The element's page has a text layer (false on a scan without OCR). */
  textLayer: boolean;
  /** Font size in points of most of the element's characters. */
  fontSize?: number;
  /** Most characters are in a bold (or italic) font. */
  bold?: boolean;
  italic?: boolean;
  /** The font's name without its subset prefix ("LMRoman10-Bold"), and its family ("LMRoman10"). */
  fontName?: string;
  fontFamily?: string;
  /** Lines of the PDF's text layer aligned to this element, and their shape (as in ElementHints). */
  lineCount?: number;
  lineHeight?: number;
  lastLineFill?: number;
  firstLineIndent?: number;
  /** Similarity (0–1) of the element's text and its lines' text: how sure the alignment is. */
  match?: number;
  /** Index of the outline entry matched to this heading (`/outline/<index>`). */
  outlineEntry?: number;
  /** Its first line opens in bold and goes on in another weight: that bold opening ("Figure 3."). */
  boldLead?: string;
  /**
   * Set in the footnote size at the foot of its column under the body, opening with a mark (src/pdf/note-size.ts):
   * a footnote the parser typed as text.
   */
  footnote?: boolean;
  /** The element's text is its page's label in the PDF ("iv", "A-3"; `getPageLabels`): a page number. */
  pageLabel?: string;
}

/**
 * How an element's text is written, so that document.md neither escapes real markup nor lets plain text
 * turn into markup: `plain` (absent) — every character is literal; `math` — literal text in which `$…$`
 * delimits inline LaTeX (MinerU spans, Marker `<math>`); `markdown` — CommonMark inline syntax (escapes,
 * emphasis, inline HTML, `$…$` math, hard breaks), as MinerU's content_list and the VLM parsers write it.
 * In a `list_item`, each line of the text is one entry.
 */
export type TextMarkup = 'plain' | 'math' | 'markdown';

export interface Element {
  /** Position in document reading order (0-based), unique within the document. Internal only. */
  id: number;
  /** RFC 6901 JSON Pointer to the source object; for multi-file input prefixed `relative/path.json#`. */
  ref: string;
  /** 1-based page number. */
  page: number;
  type: BlockType;
  /** The label exactly as the parser wrote it (for audits). */
  sourceType: string;
  /** Plain text; for tables, the cells' text; for images, any text the parser attached. */
  text: string;
  /** Table content as HTML (`<table>…</table>`), when the element is a table. */
  html?: string;
  /** How `text` is written; absent = plain. */
  markup?: TextMarkup;
  /** Normalized box, or null when the parser gives no coordinates. */
  bbox: BBox | null;
  hints?: ElementHints;
}

export interface PageInfo {
  /** 1-based. */
  page: number;
  /** Size in the parser's own unit, when known. */
  width?: number;
  height?: number;
  unit?: 'pt' | 'px' | 'inch' | 'normalized' | 'per-mille';
}

/** A place in the input: file and JSON pointer. */
export interface Place {
  file: string;
  pointer: string;
}

/**
 * A warning about the input (a parser quirk read around, a file not read …): the shared Message shape
 * (src/model/message.ts), its place the element it points at, when it points at one.
 */
export interface Diagnostic extends Message {
  severity: 'warning';
}

/** An input object that is not in the output tree, and why: a Message about its ref, keeping its text. */
export interface DroppedElement extends Message {
  place: { refs: [string]; page?: number };
  severity: 'info';
  /** The dropped object's text, when it had some. */
  text?: string;
}

/** A warning (`ruleId` `<adapter or stage>.<rule>`), placed on `ref` when given. */
export function warning(ruleId: string, reason: string, ref?: string): Diagnostic {
  return { ruleId, reason, place: ref ? { refs: [ref] } : {}, severity: 'warning' };
}

/** A dropped element: `ref` not in the tree because of `ruleId`, with its page and text when known. */
export function droppedElement(
  ref: string,
  ruleId: string,
  reason: string,
  extra: { page?: number; text?: string } = {},
): DroppedElement {
  const place: DroppedElement['place'] = extra.page === undefined ? { refs: [ref] } : { refs: [ref], page: extra.page };
  return { ruleId, reason, place, severity: 'info', ...(extra.text === undefined ? {} : { text: extra.text }) };
}

/** What an adapter returns: one document's elements in reading order. */
export interface ParsedDocument {
  /** Path of the input file or folder as given. */
  source: string;
  /** Adapter name. */
  format: string;
  pages: PageInfo[];
  /** Reading order; `id` equals the index. */
  elements: Element[];
  /** Source objects the adapter could not turn into elements (empty spans, unknown kinds…). */
  dropped: DroppedElement[];
  warnings: Diagnostic[];
}
