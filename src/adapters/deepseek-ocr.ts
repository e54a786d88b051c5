// DeepSeek-OCR grounding output (prompt `<|grounding|>Convert the document to markdown.`): per page one
// text in which every block starts with `<|ref|>label<|/ref|><|det|>[[x1,y1,x2,y2]]<|/det|>` and is
// followed by its content (markdown; tables as HTML), up to the next such tag.
//
// Input shapes (each string is one page's raw model output; the end-of-sentence token is ignored):
//   - a per-page list written by an app: `[{page, result: {raw_output, ocr_text, implementation}}]`
//     (string at `/2/result/raw_output`; `ocr_text` is the same text without tags and is not read);
//   - one page as `{raw_output}` or `{page, result: {raw_output}}`, or a list of such objects;
//   - a JSON file that is just the string, or a list of strings (`/2`);
//   - a folder of such files (natural order).
// Page number: the items' `page` when every page has a distinct positive one, else list/file order.
//
// Refs. A block is a stretch of a string, which no JSON Pointer can address; the ref is the pointer of
// the string that holds it, a colon, and the 0-based index of its grounding tag in that string:
// `/2/result/raw_output:5` is the 6th grounded block of page item 2 (`page.json#/raw_output:5` in a
// folder; `:5` when the file is just the string, whose pointer is ``). The part before the colon
// always resolves (RFC 6901) to the string; the index is stable for a given output. A pointer token is never extended (`…/raw_output/5` would wrongly suggest a character of
// the string). Text before the first tag (the whole string in a non-grounding run) becomes one element
// without a box whose ref is the bare pointer.
//
// Units: coordinates are 0–999 over the page image (DeepSeek's own scripts draw x/999·width), so the
// normalized box is value/999. A tag with several boxes gets their union.
//
// Labels → element type: title → title (level 1 hint unless the content's `#` says otherwise) ·
// sub_title → title (level from the content's `#`, else 2) · text → text · table → table (`html`) ·
// image, figure → image · image_caption, figure_caption → image_caption · table_caption → table_caption ·
// caption → by its words or the nearest float · image_footnote, table_footnote → the same ·
// equation, formula → equation (LaTeX hint) · list, list_item → list_item · header, page_header → header ·
// footer, page_footer → footer · page_number → page_number · footnote, page_footnote → page_footnote ·
// code → code · aside_text → aside_text · anything else → text, with a warning. Empty non-float blocks are
// dropped (`deepseek.empty-block`).
import type { AdapterInput, SourceFile } from '../io/load.js';
import type { BBox, BlockType } from '../model/element.js';
import { schemaError } from '../model/errors.js';
import { normalizeBox, unionBox } from '../model/geometry.js';
import { makeRef } from '../model/pointer.js';
import { maxOf } from '../util/arrays.js';
import { DocumentBuilder, expectObject, expectPageIndex, kindOf } from './builder.js';
import { mostly } from './mineru-content-list.js';
import { addDrafts, type Draft, type DraftOrigin, plainText, readBlockContent } from './ocr-layout.js';
import type { Adapter } from './types.js';

const LABELS: Record<string, BlockType | 'caption?'> = {
  title: 'title',
  sub_title: 'title',
  text: 'text',
  table: 'table',
  image: 'image',
  figure: 'image',
  image_caption: 'image_caption',
  figure_caption: 'image_caption',
  table_caption: 'table_caption',
  caption: 'caption?',
  image_footnote: 'image_footnote',
  table_footnote: 'table_footnote',
  equation: 'equation',
  formula: 'equation',
  list: 'list_item',
  list_item: 'list_item',
  header: 'header',
  page_header: 'header',
  footer: 'footer',
  page_footer: 'footer',
  page_number: 'page_number',
  footnote: 'page_footnote',
  page_footnote: 'page_footnote',
  code: 'code',
  aside_text: 'aside_text',
};

const GROUNDING = /<\|ref\|>([\s\S]*?)<\|\/ref\|><\|det\|>([\s\S]*?)<\|\/det\|>/g;
const END_TOKENS = /<｜end▁of▁sentence｜>|<\|end▁of▁sentence\|>/g;
/** DeepSeek-OCR's box scale: 999 = the full width or height of the page image. */
const SCALE = 999;

/** One page's raw output and where it is. */
interface PageText {
  file: SourceFile;
  pointer: string;
  text: string;
  /** The `page` number the input gives, if any. */
  page?: unknown;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function hasTags(s: unknown): boolean {
  return typeof s === 'string' && s.slice(0, 4000).includes('<|ref|>') && s.includes('<|det|>');
}

/** The raw-output string of a page item (`{raw_output}` or `{result: {raw_output}}`), with its sub-pointer. */
function rawOf(o: Record<string, unknown>): { sub: string; value: unknown } | undefined {
  if ('raw_output' in o) return { sub: '/raw_output', value: o.raw_output };
  if (isObject(o.result) && 'raw_output' in o.result) return { sub: '/result/raw_output', value: o.result.raw_output };
  return undefined;
}

function itemScore(item: unknown): number {
  if (typeof item === 'string') return hasTags(item) ? 0.9 : 0;
  if (!isObject(item)) return 0;
  const raw = rawOf(item);
  if (!raw || typeof raw.value !== 'string') return 0;
  if (hasTags(raw.value)) return 0.95;
  // Free-OCR output (no grounding tags) in the app's shape.
  return isObject(item.result) && 'ocr_text' in item.result ? 0.6 : 0.5;
}

function fileScore(json: unknown): number {
  if (Array.isArray(json)) {
    // Most of a sample, so that one malformed page item is reported by read() with its path.
    const scores = json.slice(0, 20).map(itemScore);
    return mostly(scores, (v) => (v as number) > 0) ? maxOf(scores) : 0;
  }
  return itemScore(json);
}

function pagesOfFile(file: SourceFile): PageText[] {
  const json = file.json;
  const one = (item: unknown, ptr: string): PageText => {
    if (typeof item === 'string') return { file, pointer: ptr, text: item };
    const o = expectObject(file, ptr, item);
    const raw = rawOf(o);
    if (!raw) throw schemaError(file.path, `${ptr}/result/raw_output`, 'expected the raw_output string');
    if (typeof raw.value !== 'string') {
      throw schemaError(file.path, `${ptr}${raw.sub}`, `expected a string, found ${kindOf(raw.value)}`);
    }
    const page = o.page === undefined || o.page === null ? undefined : expectPageIndex(file, `${ptr}/page`, o.page, 1);
    return { file, pointer: `${ptr}${raw.sub}`, text: raw.value, page };
  };
  return Array.isArray(json) ? json.map((item, i) => one(item, `/${i}`)) : [one(json, '')];
}

function pageNumbers(pages: PageText[], builder: DocumentBuilder): number[] {
  const given = pages.map((p) => p.page);
  const valid = given.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 1);
  if (valid && new Set(given).size === given.length) return given as number[];
  if (pages.length > 1 && given.some((v) => v !== undefined)) {
    builder.warn('deepseek.page-numbers', '"page" is missing or repeated on some pages; pages numbered in order');
  }
  return pages.map((_, i) => i + 1);
}

/** `[[x1,y1,x2,y2], …]` (or a single `[x1,y1,x2,y2]`) → normalized union box, or null when unreadable. */
function parseBoxes(det: string): BBox | null {
  let value: unknown;
  try {
    value = JSON.parse(det.trim());
  } catch {
    return null;
  }
  const list = Array.isArray(value) && value.every((v) => typeof v === 'number') ? [value] : value;
  if (!Array.isArray(list) || list.length === 0) return null;
  const boxes: BBox[] = [];
  for (const b of list) {
    if (!Array.isArray(b) || b.length < 4 || !b.slice(0, 4).every((v) => typeof v === 'number' && Number.isFinite(v))) {
      return null;
    }
    boxes.push(normalizeBox(b[0], b[1], b[2], b[3], SCALE, SCALE));
  }
  return unionBox(boxes);
}

/** Split one page's output into drafts: the untagged lead (if any) and one per grounding tag. */
function pageDrafts(p: PageText, pageNo: number, builder: DocumentBuilder, unknown: Set<string>): Draft<DraftOrigin>[] {
  const text = p.text.replace(END_TOKENS, '');
  const tags = [...text.matchAll(GROUNDING)];
  const drafts: Draft<DraftOrigin>[] = [];
  const lead = plainText(text.slice(0, tags[0]?.index ?? text.length));
  if (lead)
    drafts.push({
      type: 'text',
      bbox: null,
      text: lead,
      extra: { pointer: p.pointer, sourceType: '(untagged)', hints: {} },
    });
  tags.forEach((m, k) => {
    const pointer = `${p.pointer}:${k}`;
    const label = m[1].trim();
    const start = (m.index ?? 0) + m[0].length;
    const end = tags[k + 1]?.index ?? text.length;
    const content = text.slice(start, end).trim();
    let type = LABELS[label];
    if (type === undefined) {
      type = 'text';
      if (!unknown.has(label)) {
        unknown.add(label);
        builder.warn('deepseek.unknown-label', `unknown label "${label}" read as text`, makeRef(p.file.name, pointer));
      }
    }
    const bbox = parseBoxes(m[2]);
    if (!bbox) {
      builder.warn(
        'deepseek.bad-box',
        `unreadable box "${m[2].slice(0, 40)}"; block kept without a box`,
        makeRef(p.file.name, pointer),
      );
    }
    const { text: plain, html, hints } = readBlockContent(type, content);
    // DeepSeek marks the document title `title` and section titles `sub_title`; `#` marks win.
    if (type === 'title' && hints.level === undefined) hints.level = label === 'title' ? 1 : 2;
    const extra: DraftOrigin = { pointer, sourceType: label, hints };
    if (html !== undefined) extra.html = html;
    if (!plain && type !== 'image' && type !== 'table') {
      builder.drop(p.file, pointer, 'deepseek.empty-block', `"${label}" block with no content`, { page: pageNo });
      return;
    }
    drafts.push({ type, bbox, text: plain, extra });
  });
  return drafts;
}

function read(input: AdapterInput) {
  const builder = new DocumentBuilder('deepseek-ocr', input.path, 'markdown');
  const pages = input.files.flatMap(pagesOfFile);
  const numbers = pageNumbers(pages, builder);
  const order = pages.map((p, i) => ({ p, page: numbers[i] })).sort((a, b) => a.page - b.page);
  const unknown = new Set<string>();
  for (const { p, page } of order) {
    builder.page({ page, width: SCALE, height: SCALE, unit: 'per-mille' });
    addDrafts(builder, p.file, page, pageDrafts(p, page, builder, unknown));
  }
  return builder.finish();
}

export const deepseekOcr: Adapter = {
  name: 'deepseek-ocr',
  description: 'DeepSeek-OCR grounding output (<|ref|>/<|det|> tags), raw strings or an app per-page list',
  detect(input) {
    const first = fileScore(input.files[0]?.json);
    if (!input.isFolder || first === 0) return first;
    return fileScore(input.files[input.files.length - 1]?.json) > 0 ? first : 0.5;
  },
  read,
};
