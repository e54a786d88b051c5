// MinerU-Popo's own task protocol, so its served model (opendatalab/MinerU-Popo, MIT) works unchanged.
// Written from a reading of their code; every detail below names the file of theirs that defines it
// (paths in github.com/opendatalab/MinerU-Popo):
//
//  - Block line: `<|id|>{i}<|page|>{p}<|box|>{top} {left} {bottom} {right}<|content|>{text}` and, for
//    the image task, `<|id|>{i}<|type|>{type}<|page|>…` — post_processing/inference.py (add_contd,
//    add_title, add_image). `i` is the block's 0-based position in the document's block list (their
//    `idx`; answers are read back as `doc_blocks[i]`), here our element id. The box is the 0–1 box
//    [x1,y1,x2,y2] as `int(y1*1000) int(x1*1000) int(y2*1000) int(x2*1000)` — int() truncates.
//  - Prompt: `<image>\n{Task}: ` + the lines joined by `\n`, with Task one of "Truncation Detection",
//    "Title Level Analysis", "Image-Text Correlation Analysis" (inference.py); the whole prompt is cut
//    to its first 100000 characters (post_processing/model_utils.py, popo_generate). The image (the
//    chunk's pages, see render.ts) goes first in the user message, then the text.
//  - Input filtering (inference.py): filter_contd keeps text/list_item blocks that have a later
//    text/list_item partner passing merge_rules (scan stops at an equation or title; the first partner
//    that passes wins) — in that discovery order, not sorted — and shortens each to its first sentence
//    + " ... " + last sentence, then to 50 + "..." + 50 characters when longer than 103;
//    filter_title keeps titles, content cut to 50 characters; filter_image keeps floats, captions,
//    footnotes and titles, content "None" for image/table, else cut to 50 characters.
//    Block text is first normalized as label_normalization.py's normalize_text does (U+3000 and
//    newlines to spaces, whitespace runs collapsed, trimmed).
//  - Answers: `<|src_id|>i<|tgt_id|>j` per line (also `<|from|>`/`<|to|>`) for truncation and
//    image-text (inference.py extract_label1: src continues into tgt / caption src belongs to float
//    tgt); `<|id|>i<|level|>L` for titles, L = −1 meaning "not a title" (extract_label2).
//  - Table merge: a text-only prompt (inference.py add_table_merge) showing table 1's last visual
//    row(s) and table 2's first data row(s) after the header rows both repeat, as Python list reprs
//    with `rowspan=…,colspan=…, ` prefixes (data_engine/table_utils.py:
//    get_visual_last_row_cells_content_with_span_info, get_table_first_data_row_cells_with_span_info,
//    detect_table_headers); the answer's last bracketed list (extract_last_coordinates) is a 0/1 list
//    per column: any non-empty list means "one table", a 1 means that column's cell continues the
//    row cut by the break (post_processing/table_merge_utils.py).
// No code is copied: this is our own implementation of the same text formats.
import type { Element as HastElement } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Element } from '../../model/element.js';
import { cellsOf, parseTable } from '../../table/html.js';

export type PopoTask = 'text' | 'title' | 'image';

export const POPO_TASK_NAMES: Record<PopoTask, string> = {
  text: 'Truncation Detection',
  title: 'Title Level Analysis',
  image: 'Image-Text Correlation Analysis',
};

/** Their prompt cut (model_utils.py). */
export const POPO_MAX_PROMPT = 100_000;

export interface PopoBlock {
  id: number;
  page: number;
  /** `top left bottom right`, per mille, truncated. */
  box: string;
  content: string;
  /** Image task only. */
  type?: string;
}

const chars = (s: string) => Array.from(s);

/** label_normalization.py normalize_text. */
export function normalizeContent(text: string): string {
  return text
    .replace(/[\u3000\n]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `int(y1*1000) int(x1*1000) int(y2*1000) int(x2*1000)`; a block without a box gets `0 0 0 0`. */
export function popoBox(bbox: Element['bbox']): string {
  if (!bbox) return '0 0 0 0';
  const [x1, y1, x2, y2] = bbox;
  return [y1, x1, y2, x2].map((v) => Math.trunc(v * 1000)).join(' ');
}

// ---------------------------------------------------------------- truncation: filter and shortening

/** Their sentence terminators; "……" joins the character class, so "…" ends a sentence in the regex only. */
const TERMINATORS = ['.', '。', '?', '!', '？', '！', '¿', '¡', '؟', 'ฯ', '۔', ':', '：', ';', '；'];
const TERMINATOR_RE = /[.。?!？！¿¡؟ฯ۔:：;；…]/u;
const TERMINATOR_SPLIT_RE = /[.。?!？！¿¡؟ฯ۔:：;；…]/gu;
const CLOSERS = ['’', '”', "'", '"', '）', '」', '】', ']', ')'];

/** Python str.strip() whitespace (it includes the separators U+001C–U+001F and U+0085). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: Python counts these control characters as whitespace
const PY_SPACE = /^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/gu;
const pyStrip = (s: string) => s.replace(PY_SPACE, '');

export function headSentence(text: string): string {
  if (!pyStrip(text)) return pyStrip(text);
  const m = TERMINATOR_RE.exec(text);
  return m ? pyStrip(text.slice(0, m.index + m[0].length)) : pyStrip(text);
}

export function tailSentence(text: string): string {
  if (!pyStrip(text)) return pyStrip(text);
  const parts = text
    .split(TERMINATOR_SPLIT_RE)
    .map(pyStrip)
    .filter((p) => p);
  return parts.length ? parts[parts.length - 1] : pyStrip(text);
}

/** First sentence … last sentence, then at most 50 + "..." + 50 characters. */
export function shortenForTruncation(text: string): string {
  const head = headSentence(text);
  const tail = tailSentence(text);
  const short = head === tail ? head : `${head} ... ${tail}`;
  const c = chars(short);
  return c.length <= 103 ? short : `${c.slice(0, 50).join('')}...${c.slice(-50).join('')}`;
}

// Their is_list_item pattern (verbose, case-insensitive), alternative by alternative. The CJK
// "（一、" alternative is malformed in their source (a stray `]`) and matches only that literal text.
const CN = '[一二三四五六七八九十百千万]';
const LIST_ITEM_RE = new RegExp(
  '^(?:' +
    [
      '\\p{Nd}+[.)]',
      '\\p{Nd}+）',
      '\\p{Nd}+．',
      '\\p{Nd}+、',
      '\\(\\p{Nd}+\\)',
      '\\([a-z]\\)',
      '（\\p{Nd}+）',
      '[a-z][.)]',
      `${CN}+、`,
      `\\(${CN}+\\)`,
      '（一二三四五六七八九十百千万\\]+）',
      '[①-⑳㉑-㉟]',
      '[•▪▫]',
      '[ivxlcdm]+\\.',
      '-',
      '\\$',
      '\\\\t',
      '[[(「【（]',
      `第${CN}[条节章]`,
    ].join('|') +
    ')',
  'iu',
);

export function isPopoListItem(text: string): boolean {
  return LIST_ITEM_RE.test(text);
}

/** Python str.isdigit() on one character: decimal digits plus the Digit numeric type (superscripts, circled …). */
const PY_DIGIT_RE = /^[\p{Nd}²³¹⁰⁴-⁹₀-₉①-⑨⑴-⑼⒈-⒐⓵-⓽❶-❾➀-➈➊-➒]/u;

/** inference.py merge_rules: may `b` continue `a` at all? */
export function popoMergeRules(a: string, b: string): boolean {
  if (!a || !b) return false;
  const trimmed = chars(pyStrip(a));
  const last = trimmed[trimmed.length - 1];
  if (last !== undefined && TERMINATORS.includes(last)) return false;
  if (trimmed.length > 1 && CLOSERS.includes(last) && TERMINATORS.includes(trimmed[trimmed.length - 2])) return false;
  if (chars(a).length < 10) return false;
  if (isPopoListItem(b)) return false;
  if (a.includes('\t') || b.includes('\t')) return false;
  if (PY_DIGIT_RE.test(a) && PY_DIGIT_RE.test(b)) return false;
  return true;
}

/** filter_contd's block types: their format's, kept apart from our TEXT_LIKE so the format never follows our stages. */
const TEXT_TYPES = new Set(['text', 'list_item']);

/**
 * filter_contd: the blocks of the Truncation Detection task, in their discovery order.
 * `elements` is the body in reading order (furniture already left out by the caller).
 */
export function filterTruncation(elements: readonly Element[]): PopoBlock[] {
  const order: number[] = [];
  const seen = new Set<number>();
  const content = elements.map((e) => normalizeContent(e.text));
  for (let i = 0; i < elements.length; i++) {
    if (!TEXT_TYPES.has(elements[i].type)) continue;
    for (let j = i + 1; j < elements.length; j++) {
      const type = elements[j].type;
      if (type.includes('equation') || type.includes('title')) break;
      if (TEXT_TYPES.has(type) && popoMergeRules(content[i], content[j])) {
        for (const k of [i, j]) {
          if (!seen.has(k)) {
            seen.add(k);
            order.push(k);
          }
        }
        break;
      }
    }
  }
  return order.map((k) => truncationBlock(elements[k]));
}

export function truncationBlock(el: Element): PopoBlock {
  return { id: el.id, page: el.page, box: popoBox(el.bbox), content: shortenForTruncation(normalizeContent(el.text)) };
}

/** filter_title: titles, content cut to 50 characters. */
export function filterTitles(elements: readonly Element[]): PopoBlock[] {
  return elements.filter((e) => e.type === 'title').map(titleBlock);
}

export function titleBlock(el: Element): PopoBlock {
  return {
    id: el.id,
    page: el.page,
    box: popoBox(el.bbox),
    content: chars(normalizeContent(el.text)).slice(0, 50).join(''),
  };
}

const IMAGE_TASK_TYPES = new Set([
  'image',
  'table',
  'table_footnote',
  'image_footnote',
  'table_caption',
  'image_caption',
  'title',
]);

/**
 * filter_image: floats, captions, footnotes and titles. A caption the parser nested in its float has
 * no box of its own here: it gets its float's box (`boxOf`).
 */
export function filterImageText(elements: readonly Element[], boxOf: (el: Element) => Element['bbox']): PopoBlock[] {
  return elements.filter((e) => IMAGE_TASK_TYPES.has(e.type)).map((e) => imageBlock(e, boxOf(e)));
}

export function imageBlock(el: Element, bbox: Element['bbox']): PopoBlock {
  const content =
    el.type === 'image' || el.type === 'table' ? 'None' : chars(normalizeContent(el.text)).slice(0, 50).join('');
  return { id: el.id, page: el.page, box: popoBox(bbox), content, type: el.type };
}

export function popoLine(block: PopoBlock): string {
  const type = block.type !== undefined ? `<|type|>${block.type}` : '';
  return `<|id|>${block.id}${type}<|page|>${block.page}<|box|>${block.box}<|content|>${block.content}`;
}

export function popoPrompt(task: PopoTask, blocks: readonly PopoBlock[]): string {
  const text = `<image>\n${POPO_TASK_NAMES[task]}: ${blocks.map(popoLine).join('\n')}`;
  const c = chars(text);
  return c.length > POPO_MAX_PROMPT ? c.slice(0, POPO_MAX_PROMPT).join('') : text;
}

// ---------------------------------------------------------------- answers

export interface ParsedLines<T> {
  items: T[];
  /** Non-empty lines that did not parse. */
  malformed: string[];
}

/** Python int() of a string: optional sign and surrounding whitespace, digits only. */
function pyInt(s: string): number | undefined {
  const t = s.trim();
  return /^[+-]?\d+$/.test(t) ? Number(t) : undefined;
}

/** extract_label1 (with the `<|from|>`/`<|to|>` spelling folded in, as their truncation step does). */
export function parsePopoPairs(answer: string): ParsedLines<{ src: number; tgt: number }> {
  const items: Array<{ src: number; tgt: number }> = [];
  const malformed: string[] = [];
  const text = answer.replaceAll('<|from|>', '<|src_id|>').replaceAll('<|to|>', '<|tgt_id|>');
  for (const line of text.trim().split('\n')) {
    if (!line) continue;
    const halves = line.split('<|tgt_id|>');
    const src = halves.length === 2 ? halves[0].split('<|src_id|>')[1] : undefined;
    const s = src === undefined ? undefined : pyInt(src);
    const t = halves.length === 2 ? pyInt(halves[1]) : undefined;
    if (s === undefined || t === undefined) malformed.push(line);
    else items.push({ src: s, tgt: t });
  }
  return { items, malformed };
}

/** extract_label2, keeping the −1 ("not a title") lines. */
export function parsePopoLevels(answer: string): ParsedLines<{ id: number; level: number }> {
  const items: Array<{ id: number; level: number }> = [];
  const malformed: string[] = [];
  for (const line of answer.trim().split('\n')) {
    if (!line) continue;
    const halves = line.split('<|level|>');
    const idPart = halves.length === 2 ? halves[0].split('<|id|>')[1] : undefined;
    const id = idPart === undefined ? undefined : pyInt(idPart);
    const level = halves.length === 2 ? pyInt(halves[1]) : undefined;
    if (id === undefined || level === undefined) malformed.push(line);
    else items.push({ id, level });
  }
  return { items, malformed };
}

// ---------------------------------------------------------------- table merge

/** Python repr() of a str (quote choice and escapes as CPython does). */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && /[\p{C}\p{Z}]/u.test(ch)) {
      if (code <= 0xff) out += `\\x${code.toString(16).padStart(2, '0')}`;
      else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`;
      else out += `\\U${code.toString(16).padStart(8, '0')}`;
    } else out += ch;
  }
  return `${quote}${out}${quote}`;
}

export function pyReprRows(rows: string[][]): string {
  return `[${rows.map((r) => `[${r.map(pyRepr).join(', ')}]`).join(', ')}]`;
}

function spanOf(cell: HastElement, name: 'colSpan' | 'rowSpan'): number {
  const v = Number.parseInt(String(cell.properties?.[name] ?? 1), 10);
  return Number.isFinite(v) && v >= 1 ? Math.min(v, 1000) : 1;
}

/** BeautifulSoup get_text(strip=True): every text piece stripped, empty ones dropped, joined. */
function strippedText(node: HastElement): string {
  const parts: string[] = [];
  const walk = (n: HastElement | { type: string; value?: string; children?: unknown[] }) => {
    if (n.type === 'text' && typeof n.value === 'string') {
      const t = pyStrip(n.value);
      if (t) parts.push(t);
    } else if ('children' in n && Array.isArray(n.children)) {
      for (const c of n.children) walk(c as HastElement);
    }
  };
  walk(node);
  return parts.join('');
}

interface Grid {
  rows: HastElement[];
  /** Per row: column → [cell, row the cell starts in]. */
  occupied: Map<number, Map<number, HastElement>>;
  totalColumns: number;
}

function grid(html: string): Grid {
  const rows = parseTable(html).rows;
  const occupied = new Map<number, Map<number, HastElement>>();
  let totalColumns = 0;
  rows.forEach((row, r) => {
    if (!occupied.has(r)) occupied.set(r, new Map());
    let col = 0;
    for (const cell of cellsOf(row)) {
      while (occupied.get(r)!.has(col)) col++;
      const cs = spanOf(cell, 'colSpan');
      const rs = spanOf(cell, 'rowSpan');
      for (let rr = r; rr < r + rs; rr++) {
        if (!occupied.has(rr)) occupied.set(rr, new Map());
        for (let cc = col; cc < col + cs; cc++) occupied.get(rr)!.set(cc, cell);
      }
      col += cs;
      totalColumns = Math.max(totalColumns, col);
    }
  });
  return { rows, occupied, totalColumns };
}

/** One grid row as their cell strings; `full` is true for a single cell spanning the whole width. */
function rowData(g: Grid, r: number, nfkc: boolean): { data: string[]; full: boolean } | undefined {
  const positions = g.occupied.get(r);
  if (!positions || positions.size === 0) return undefined;
  const seen = new Set<HastElement>();
  const data: string[] = [];
  let spanSum = 0;
  for (const col of [...positions.keys()].sort((a, b) => a - b)) {
    const cell = positions.get(col)!;
    if (seen.has(cell)) continue;
    seen.add(cell);
    const cs = spanOf(cell, 'colSpan');
    const rs = spanOf(cell, 'rowSpan');
    spanSum += cs;
    const raw = strippedText(cell);
    const text = nfkc ? raw.normalize('NFKC') : raw;
    const spans = [...(rs > 1 ? [`rowspan=${rs}`] : []), ...(cs > 1 ? [`colspan=${cs}`] : [])];
    data.push(spans.length ? `${spans.join(',')}, ${text}` : text);
  }
  return { data, full: data.length === 1 && spanSum >= g.totalColumns };
}

/**
 * detect_table_headers: leading rows identical in both tables (cell count, spans, text sans whitespace).
 * Only to show the model the rows it expects; which rows a merged table drops is the table-merge stage's rule.
 */
export function popoHeaderRows(html1: string, html2: string): number {
  const rows1 = parseTable(html1).rows;
  const rows2 = parseTable(html2).rows;
  const n = Math.min(rows1.length, rows2.length, 5);
  const key = (c: HastElement) => toText(c).normalize('NFKC').replace(/\s+/gu, '');
  let header = 0;
  for (let i = 0; i < n; i++) {
    const a = cellsOf(rows1[i]);
    const b = cellsOf(rows2[i]);
    const same =
      a.length === b.length &&
      a.every(
        (c, k) =>
          spanOf(c, 'colSpan') === spanOf(b[k], 'colSpan') &&
          spanOf(c, 'rowSpan') === spanOf(b[k], 'rowSpan') &&
          key(c) === key(b[k]),
      );
    if (!same) break;
    header++;
  }
  return header;
}

/** get_visual_last_row_cells_content_with_span_info: the last visual row, with full-width rows above it. */
export function lastRows(html: string): string[][] {
  const g = grid(html);
  if (g.rows.length === 0) return [];
  const out: string[][] = [];
  const last = g.rows.length - 1;
  for (let r = last; r > Math.max(-1, last - 5); r--) {
    const row = rowData(g, r, false);
    if (!row) continue;
    if (row.data.length) out.push(row.data);
    if (!row.full) break;
  }
  return out.reverse();
}

/** get_table_first_data_row_cells_with_span_info: the first row after the header rows (NFKC text). */
export function firstDataRows(html: string, headerRows: number): string[][] {
  const g = grid(html);
  if (g.rows.length === 0) return [];
  const start = headerRows < g.rows.length ? headerRows : g.rows.length - 1;
  const out: string[][] = [];
  for (let r = start; r < Math.min(start + 5, g.rows.length); r++) {
    const row = rowData(g, r, true);
    if (!row) continue;
    if (row.data.length) out.push(row.data);
    if (!row.full) break;
  }
  return out;
}

/** add_table_merge, exactly (it starts with a newline). */
export function popoTablePrompt(html1: string, html2: string): string {
  const upper = pyReprRows(lastRows(html1));
  const lower = pyReprRows(firstDataRows(html2, popoHeaderRows(html1, html2)));
  return `
## Table 1 (Previous Page - Last Table)

**Caption:** :""
**Last Row(s) Data:**
${upper}

---

## Table 2 (Current Page - First Table)

**Caption:** :""
**First Data Row(s):**
${lower}
`;
}

/**
 * extract_last_coordinates: the last balanced `[…]` of the answer, as a list of 0/1. Returns
 * undefined when there is no list or it does not parse (malformed).
 */
export function parseCellList(answer: string): number[] | undefined {
  const end = answer.lastIndexOf(']');
  if (end < 0) return undefined;
  let balance = 0;
  let start = -1;
  for (let i = end; i >= 0; i--) {
    if (answer[i] === ']') balance++;
    else if (answer[i] === '[') balance--;
    if (balance === 0) {
      start = i;
      break;
    }
  }
  if (start < 0) return undefined;
  try {
    const value: unknown = JSON.parse(
      answer
        .slice(start, end + 1)
        .replace(/\bTrue\b/g, '1')
        .replace(/\bFalse\b/g, '0'),
    );
    if (!Array.isArray(value) || !value.every((v) => v === 0 || v === 1)) return undefined;
    return value as number[];
  } catch {
    return undefined;
  }
}
