// MinerU-Popo's normalized block format (opendatalab/MinerU-Popo, `post_processing/label_normalization.py`):
// the shape Popo converts every parser's output to before its post-processing model runs.
//
// Accepted shapes:
// - per-document file `{model, doc_id, input_label, pages: {"1": [block, …], "2": […]}}` (also with
//   `format: "popo-pages"`): elements `/pages/1/0` (page key "1", block 0);
// - a bare page map `{"1": [block, …], …}`: elements `/1/0`;
// - the legacy `<model>.post_processing.json` map `{doc_key: {"1": [...]}}` holding exactly one document:
//   elements `/<doc_key>/1/0` (several documents in one file are refused);
// - `format: "normalized"`: `{blocks: [{page, bbox, type, popo_type, content, title_level, …}]}`:
//   elements `/blocks/7`, type from `popo_type`.
// A block is `{type, content, bbox, title_level?, source_label?, source_id?}` with `type` one of Popo's 16
// block types (title, text, list_item, equation, image, table, image/table caption and footnote,
// page_title, page_number, page_footnote, header, aside_text, footer). Every block is one element, in
// page order then array order; a `text` block whose `source_label` names page furniture (Popo's own
// "supplement" labels) takes that type, as Popo's tree builder does.
//
// Units: bbox [x1,y1,x2,y2] is 0–1 of the page (Popo's default). When any coordinate in the document
// exceeds 1.5 the document was written with `--bbox-scale thousand` and all boxes are divided by 1000.
import type { AdapterInput, SourceFile } from '../io/load.js';
import { BLOCK_TYPES, type BlockType, type ElementHints, type ParsedDocument } from '../model/element.js';
import { DocstitchError, schemaError } from '../model/errors.js';
import { normalizeBox } from '../model/geometry.js';
import { pointer } from '../model/pointer.js';
import {
  checkFields,
  DocumentBuilder,
  expectArray,
  expectNumbers,
  expectObject,
  expectPageIndex,
  str,
} from './builder.js';
import { headingLevel, htmlToText, isRecord, mostly, stripMathDelimiters } from './mineru-content-list.js';
import type { Adapter } from './types.js';

const FORMAT = 'popo';

/** Popo's `source_label`s that name page furniture on a block typed `text`. */
const SUPPLEMENT_LABELS: Record<string, BlockType> = {
  page_title: 'page_title',
  page_number: 'page_number',
  page_footnote: 'page_footnote',
  header: 'header',
  aside_text: 'aside_text',
  footer: 'footer',
  number: 'page_number',
  footnote: 'page_footnote',
};

const POPO_TYPES = new Set<string>(BLOCK_TYPES.filter((t) => t !== 'code'));

export const popoBlocks: Adapter = {
  name: FORMAT,
  description: 'MinerU-Popo normalized blocks (page-keyed lists of typed blocks, bbox 0–1)',
  detect: detectPopo,
  read: readPopo,
};

/** One block to read: where it is and which page it is on. */
interface BlockRef {
  ptr: string;
  page: number;
  raw: unknown;
  /** Field holding the type (`type`, or `popo_type` in the normalized shape). */
  typeKey: 'type' | 'popo_type';
}

const isPageKey = (key: string) => /^\d+$/.test(key);

function isPageMap(value: unknown): value is Record<string, unknown[]> {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => isPageKey(k) && Array.isArray(value[k]));
}

function looksLikeBlock(value: unknown): boolean {
  return isRecord(value) && 'type' in value && 'content' in value && 'bbox' in value;
}

function firstBlocks(pages: Record<string, unknown[]>): unknown[] {
  return Object.values(pages).flat().slice(0, 20);
}

function detectPopo(input: AdapterInput): number {
  if (input.isFolder || input.files.length !== 1) return 0;
  const json = input.files[0].json;
  if (!isRecord(json)) return 0;
  if (json.format === 'normalized' && Array.isArray(json.blocks)) {
    const sample = json.blocks.slice(0, 20);
    return mostly(sample, (b) => looksLikeBlock(b) && isRecord(b) && 'popo_type' in b) ? 0.95 : 0;
  }
  const pages = isPageMap(json.pages) ? json.pages : isPageMap(json) ? json : singleLegacyDoc(json)?.pages;
  if (!pages) return 0;
  const sample = firstBlocks(pages);
  // Most of a sample (by keys), so that one malformed block is reported by read() with its path.
  return mostly(sample, looksLikeBlock) ? 0.95 : 0;
}

function singleLegacyDoc(json: Record<string, unknown>): { key: string; pages: Record<string, unknown[]> } | undefined {
  const keys = Object.keys(json);
  if (keys.length !== 1 || !isPageMap(json[keys[0]])) return undefined;
  return { key: keys[0], pages: json[keys[0]] as Record<string, unknown[]> };
}

function collectBlocks(file: SourceFile, json: Record<string, unknown>): BlockRef[] {
  if (json.format === 'normalized' && Array.isArray(json.blocks)) {
    return json.blocks.map((raw, i) => {
      const ptr = pointer('blocks', i);
      const block = expectObject(file, ptr, raw);
      return { ptr, page: expectPageIndex(file, `${ptr}/page`, block.page, 1), raw, typeKey: 'popo_type' as const };
    });
  }
  let prefix: string[] = [];
  let pages: Record<string, unknown> | undefined;
  if (json.pages !== undefined) {
    pages = expectObject(file, '/pages', json.pages);
    prefix = ['pages'];
  } else if (isPageMap(json)) {
    pages = json;
  } else {
    const legacy = singleLegacyDoc(json);
    if (!legacy) {
      throw schemaError(file.path, '', 'expected a "pages" map, a page map, or exactly one document of pages');
    }
    pages = legacy.pages;
    prefix = [legacy.key];
  }
  const keys = Object.keys(pages).sort((a, b) => Number(a) - Number(b));
  const out: BlockRef[] = [];
  for (const key of keys) {
    const pagePtr = pointer(...prefix, key);
    if (!isPageKey(key)) throw schemaError(file.path, pagePtr, `page key "${key}" is not a page number`);
    const page = expectPageIndex(file, pagePtr, Number(key), 1);
    expectArray(file, pagePtr, pages[key]).forEach((raw, i) => {
      out.push({ ptr: pointer(...prefix, key, i), page, raw, typeKey: 'type' });
    });
  }
  return out;
}

function readPopo(input: AdapterInput): ParsedDocument {
  const file = input.files[0];
  const json = expectObject(file, '', file.json);
  const refs = collectBlocks(file, json);
  if (refs.length === 0) throw new DocstitchError('empty', 'the document has no blocks', { file: input.path });
  const boxes = refs.map((r) => {
    const block = expectObject(file, r.ptr, r.raw);
    checkFields(file, r.ptr, block, { text: ['type', 'popo_type', 'content', 'source_label'] });
    return expectNumbers(file, `${r.ptr}/bbox`, block.bbox);
  });
  const perMille = boxes.some((b) => b.slice(0, 4).some((v) => Math.abs(v) > 1.5));
  const scale = perMille ? 1000 : 1;
  const builder = new DocumentBuilder(FORMAT, input.path, 'markdown');
  for (const page of new Set(refs.map((r) => r.page))) {
    builder.page({ page, unit: perMille ? 'per-mille' : 'normalized', width: scale, height: scale });
  }
  refs.forEach((r, i) => {
    const block = r.raw as Record<string, unknown>;
    const sourceType = str(block[r.typeKey]) || str(block.type);
    const [x1, y1, x2, y2] = boxes[i];
    const bbox = normalizeBox(x1, y1, x2, y2, scale, scale);
    const content = str(block.content);
    if (!POPO_TYPES.has(sourceType)) {
      builder.drop(file, r.ptr, 'popo.unknown-type', `unknown Popo block type "${sourceType}"`, {
        page: r.page,
        text: content,
      });
      return;
    }
    const label = str(block.source_label);
    const type =
      sourceType === 'text' && label in SUPPLEMENT_LABELS ? SUPPLEMENT_LABELS[label] : (sourceType as BlockType);
    const hints: ElementHints = {};
    const level = headingLevel(file, `${r.ptr}/title_level`, block.title_level);
    if (level !== undefined) hints.level = level;
    let text = content;
    let html: string | undefined;
    if (type === 'table' && /<table/i.test(content)) {
      html = content;
      text = htmlToText(content);
    }
    if (type === 'equation' && content) hints.latex = stripMathDelimiters(content);
    builder.add({ file, pointer: r.ptr, page: r.page, type, sourceType, text, html, bbox, hints });
  });
  return builder.finish();
}
