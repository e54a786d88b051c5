// ALTO XML (v2–v4; Tesseract `alto`, ABBYY FineReader, OCR-D, Transkribus, library digitisation): one file
// per page or one file of many `Page`s; a folder of per-page files is read in natural file order, pages
// numbered on. Files in a folder that are not ALTO (an OCR-D `mets.xml`) are skipped with a warning.
//
// Elements (refs are element paths, see ocr-markup.ts: `/Layout/0/Page/0/PrintSpace/0/ComposedBlock/0/TextBlock/0`):
// - each `TextBlock` with text: its `TextLine`s' `String`s joined (no space between CJK words); a word split by a
//   hyphen over two lines (`SUBS_TYPE="HypPart1"/"HypPart2"` with `SUBS_CONTENT`) is written whole, and a line
//   ending in `HYP` is joined like the other adapters (hyphen removed before a lowercase letter);
// - each `Illustration` is an image.
// `ComposedBlock`s and the page's print space and margins are walked, not elements; margins are read in page
// order (top, left, print space, right, bottom). Dropped with a reason: `GraphicalElement` (rules and
// separators), `TextBlock`s without words.
//
// Units: `HPOS/VPOS/WIDTH/HEIGHT` in the file's `MeasurementUnit` (pixel, mm10, inch1200), divided by the
// `Page`'s `WIDTH`/`HEIGHT`. Hints: line count, median line height, `lastLineFill`, `firstLineIndent` from the
// `TextLine` boxes; `fontSize` in points from `TextStyle FONTSIZE` (through `STYLEREFS`), where given.
import type { Element as XmlElement } from '@xmldom/xmldom';
import type { AdapterInput, SourceFile } from '../io/load.js';
import type { BBox, ParsedDocument } from '../model/element.js';
import { schemaError } from '../model/errors.js';
import { normalizeBox } from '../model/geometry.js';
import { DocumentBuilder } from './builder.js';
import {
  blockSize,
  detectMarkup,
  joinLines,
  joinWords,
  lineEm,
  lineHints,
  type MarkupLine,
  markLargeBlocksAsTitles,
  parseXml,
  type SizedBlock,
  withSteps,
  xmlChildren,
  xmlName,
} from './ocr-markup.js';
import type { Adapter } from './types.js';

const FORMAT = 'alto';

export const alto: Adapter = {
  name: FORMAT,
  description: 'ALTO XML (Tesseract, ABBYY, OCR-D, Transkribus): Page / PrintSpace / TextBlock / TextLine / String',
  detect: detectAlto,
  read: readAlto,
};

function looksLikeAlto(file: SourceFile): boolean {
  return file.text !== undefined && /<(\w+:)?alto[\s>]/.test(file.text.slice(0, 4096));
}

function detectAlto(input: AdapterInput): number {
  return detectMarkup(input, looksLikeAlto);
}

/** Page areas in reading order (ALTO lists the margins first). */
const PAGE_AREAS = ['TopMargin', 'LeftMargin', 'PrintSpace', 'RightMargin', 'BottomMargin'];

interface PageContext {
  file: SourceFile;
  page: number;
  width: number;
  height: number;
  /** TextStyle ID → font size in points. */
  fontSizes: Map<string, number>;
  /** Every text block read so far, for the document-wide size comparison. */
  blocks: SizedBlock[];
}

function readAlto(input: AdapterInput): ParsedDocument {
  const builder = new DocumentBuilder(FORMAT, input.path);
  const blocks: SizedBlock[] = [];
  let page = 0;
  for (const file of input.files) {
    if (!looksLikeAlto(file)) {
      builder.warn('alto.not-alto', `${file.name || file.path} is not ALTO XML; it was not read`);
      continue;
    }
    const root = parseXml(file);
    if (xmlName(root) !== 'alto') throw schemaError(file.path, '', `root element is <${xmlName(root)}>, not <alto>`);
    const fontSizes = readStyles(root);
    const layouts = withSteps(xmlChildren(root), xmlName).filter(({ node }) => xmlName(node) === 'Layout');
    if (layouts.length === 0) throw schemaError(file.path, '', 'no Layout element');
    for (const layout of layouts) {
      const pages = withSteps(xmlChildren(layout.node), xmlName);
      for (const { node, step } of pages) {
        if (xmlName(node) !== 'Page') continue;
        const ptr = layout.step + step;
        page += 1;
        const width = Number(node.getAttribute('WIDTH'));
        const height = Number(node.getAttribute('HEIGHT'));
        if (!(width > 0 && height > 0)) {
          throw schemaError(file.path, ptr, 'Page has no positive WIDTH and HEIGHT (the page size)');
        }
        builder.page({ page, width, height, unit: 'px' });
        const ctx: PageContext = { file, page, width, height, fontSizes, blocks };
        const areas = withSteps(xmlChildren(node), xmlName);
        for (const name of PAGE_AREAS) {
          for (const area of areas.filter((a) => xmlName(a.node) === name)) {
            emitBlocks(builder, ctx, area.node, ptr + area.step);
          }
        }
      }
    }
  }
  markLargeBlocksAsTitles(blocks);
  return builder.finish();
}

function emitBlocks(builder: DocumentBuilder, ctx: PageContext, container: XmlElement, ptr: string): void {
  for (const { node, step } of withSteps(xmlChildren(container), xmlName)) {
    const here = ptr + step;
    switch (xmlName(node)) {
      case 'ComposedBlock':
        emitBlocks(builder, ctx, node, here);
        break;
      case 'TextBlock':
        emitTextBlock(builder, ctx, node, here);
        break;
      case 'Illustration':
        builder.add({
          file: ctx.file,
          pointer: here,
          page: ctx.page,
          type: 'image',
          sourceType: 'Illustration',
          text: '',
          bbox: boxOf(ctx, node, here),
        });
        break;
      case 'GraphicalElement':
        builder.drop(ctx.file, here, 'alto.graphical-element', 'GraphicalElement: a rule or separator, not content', {
          page: ctx.page,
        });
        break;
      default:
        // Shape, processing notes and other non-block children carry no content of their own.
        break;
    }
  }
}

function emitTextBlock(builder: DocumentBuilder, ctx: PageContext, block: XmlElement, ptr: string): void {
  const lineNodes = xmlChildren(block).filter((e) => xmlName(e) === 'TextLine');
  const blockStyle = styleSize(ctx, block);
  const lines: MarkupLine[] = [];
  let pendingHyphen = false;
  for (const line of lineNodes) {
    const lineStyle = styleSize(ctx, line) ?? blockStyle;
    const words: string[] = [];
    const sizes: number[] = [];
    const measured: Array<{ text: string; x1: number; x2: number }> = [];
    let endsWithHyp = false;
    for (const item of xmlChildren(line)) {
      if (xmlName(item) === 'HYP') endsWithHyp = true;
      if (xmlName(item) !== 'String') continue;
      const subsType = item.getAttribute('SUBS_TYPE');
      const subs = item.getAttribute('SUBS_CONTENT');
      // The two halves of a hyphenated word: write the whole word once, at the first half.
      if (subsType === 'HypPart2' && subs && pendingHyphen) {
        pendingHyphen = false;
        continue;
      }
      pendingHyphen = false;
      if (subsType === 'HypPart1' && subs) {
        words.push(subs);
        pendingHyphen = true;
        endsWithHyp = false;
      } else {
        words.push(item.getAttribute('CONTENT') ?? '');
        const x1 = Number(item.getAttribute('HPOS'));
        const x2 = x1 + Number(item.getAttribute('WIDTH'));
        if (Number.isFinite(x2)) measured.push({ text: item.getAttribute('CONTENT') ?? '', x1, x2 });
      }
      const size = styleSize(ctx, item) ?? lineStyle;
      if (size) sizes.push(size);
    }
    if (pendingHyphen) endsWithHyp = false;
    const joined = joinWords(words);
    // ABBYY writes the hyphen as HYP after the word's first part; Tesseract leaves it in the String.
    const text = endsWithHyp && !/[-\u00ad\u2010]$/.test(joined) ? `${joined}-` : joined;
    const box = rawBox(line);
    const fontSize = sizes.length > 0 ? sizes.sort((a, b) => a - b)[Math.floor(sizes.length / 2)] : lineStyle;
    lines.push({
      box: box ?? [0, 0, 0, 0],
      text,
      fontSize,
      size: fontSize ?? (box ? lineEm(measured, box[3] - box[1]) : undefined),
    });
  }
  const text = joinLines(lines.map((l) => l.text));
  if (!text) {
    builder.drop(ctx.file, ptr, 'alto.empty', 'TextBlock without words', { page: ctx.page });
    return;
  }
  const element = builder.add({
    file: ctx.file,
    pointer: ptr,
    page: ctx.page,
    type: 'text',
    sourceType: 'TextBlock',
    text,
    bbox: boxOf(ctx, block, ptr),
    hints: lineHints(
      lines.filter((l) => l.box[2] > l.box[0]),
      ctx.height,
    ),
  });
  ctx.blocks.push({ element, size: blockSize(lines), lines: lines.length });
}

/** `TextStyle` IDs → FONTSIZE (points). */
function readStyles(root: XmlElement): Map<string, number> {
  const out = new Map<string, number>();
  const styles = root.getElementsByTagNameNS('*', 'TextStyle');
  for (let i = 0; i < styles.length; i++) {
    const style = styles[i];
    const size = Number(style.getAttribute('FONTSIZE'));
    const id = style.getAttribute('ID');
    if (id && size > 0) out.set(id, size);
  }
  return out;
}

function styleSize(ctx: PageContext, el: XmlElement): number | undefined {
  const refs = el.getAttribute('STYLEREFS');
  if (!refs) return undefined;
  for (const ref of refs.split(/\s+/)) {
    const size = ctx.fontSizes.get(ref);
    if (size) return size;
  }
  return undefined;
}

function rawBox(el: XmlElement): [number, number, number, number] | undefined {
  const [x, y, w, h] = ['HPOS', 'VPOS', 'WIDTH', 'HEIGHT'].map((a) => Number(el.getAttribute(a) ?? Number.NaN));
  if (![x, y, w, h].every(Number.isFinite)) return undefined;
  return [x, y, x + w, y + h];
}

function boxOf(ctx: PageContext, el: XmlElement, ptr: string): BBox | null {
  const has = ['HPOS', 'VPOS', 'WIDTH', 'HEIGHT'].some((a) => el.hasAttribute(a));
  if (!has) return null;
  const box = rawBox(el);
  if (!box) throw schemaError(ctx.file.path, ptr, 'HPOS/VPOS/WIDTH/HEIGHT are not all numbers');
  return normalizeBox(box[0], box[1], box[2], box[3], ctx.width, ctx.height);
}

/** The element an ALTO ref's pointer names (`/Layout/0/Page/0/PrintSpace/0/TextBlock/3`), or undefined. */
export function resolveAltoPointer(file: SourceFile, ptr: string): XmlElement | undefined {
  let node: XmlElement | undefined = parseXml(file);
  const tokens = ptr.split('/').slice(1);
  for (let i = 0; node && i + 1 < tokens.length; i += 2) {
    node = xmlChildren(node).filter((c) => xmlName(c) === tokens[i])[Number(tokens[i + 1])];
  }
  return tokens.length > 0 ? node : undefined;
}
