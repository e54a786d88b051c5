// PAGE XML (PRImA `PcGts`, schema versions 2010–2019; Transkribus, OCR-D, Kraken, eScriptorium, Tesseract ≥ 5.4
// `page`): one file per page (or several `Page`s), or a folder of them read in natural file order, pages
// numbered on. Files in a folder that are not PAGE (an OCR-D `mets.xml`) are skipped with a warning.
//
// Elements (refs are element paths, see ocr-markup.ts: `/Page/0/TextRegion/3`), in the page's `ReadingOrder`
// (groups flattened by `index`), then the regions it does not list, in file order:
// - each `TextRegion` with text, typed from its `type` (heading → title, header/footer/page-number → furniture
//   types, caption → caption by its words, footnote/endnote → page footnote, marginalia → aside, else text). Text
//   from its `TextLine`s (their `TextEquiv`, else their `Word`s), else the region's own `TextEquiv`;
//   a `TextRegion` nested in a text region is absorbed into it;
// - `ImageRegion`, `GraphicRegion`, `ChartRegion`, `LineDrawingRegion` → image; `MathsRegion`, `ChemRegion` →
//   equation; `TableRegion` → table, whose cell regions' text is absorbed (as text: no cell grid is built).
// Dropped with a reason: `SeparatorRegion`, `NoiseRegion` (`page.separator`), regions without text or box.
// Without a single `heading` region, short blocks set larger than the body become titles (see docs/formats.md).
//
// Units: `Coords` points (`points="x,y x,y …"`, or 2010's `<Point x y>`) in pixels of the page image ÷ the
// `Page`'s `imageWidth`/`imageHeight`. Line hints from the `TextLine` `Coords`; `fontSize` from `TextStyle`.
import type { Element as XmlElement } from '@xmldom/xmldom';
import type { AdapterInput, SourceFile } from '../io/load.js';
import type { BBox, BlockType, ParsedDocument } from '../model/element.js';
import { schemaError } from '../model/errors.js';
import { normalizeBox } from '../model/geometry.js';
import { maxOf, minOf } from '../util/arrays.js';
import { DocumentBuilder } from './builder.js';
import { captionKindFromText } from './layout-helpers.js';
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

const FORMAT = 'page-xml';

/** TextRegion `type` → element type (PAGE 2019 `TextTypeSimpleType`); `caption` is typed by its words. */
const TEXT_TYPES: Record<string, BlockType> = {
  heading: 'title',
  header: 'header',
  footer: 'footer',
  'page-number': 'page_number',
  footnote: 'page_footnote',
  'footnote-continued': 'page_footnote',
  endnote: 'page_footnote',
  marginalia: 'aside_text',
  'signature-mark': 'aside_text',
  'catch-word': 'aside_text',
  'list-label': 'list_item',
};
const IMAGE_REGIONS = new Set(['ImageRegion', 'GraphicRegion', 'ChartRegion', 'LineDrawingRegion']);
const EQUATION_REGIONS = new Set(['MathsRegion', 'ChemRegion']);
const DROPPED_REGIONS = new Set(['SeparatorRegion', 'NoiseRegion']);

export const pageXml: Adapter = {
  name: FORMAT,
  description: 'PAGE XML (Transkribus, OCR-D, Kraken): PcGts / Page / TextRegion / TextLine with Coords',
  detect: detectPage,
  read: readPage,
};

function looksLikePage(file: SourceFile): boolean {
  return file.text !== undefined && /<(\w+:)?PcGts[\s>]/.test(file.text.slice(0, 4096));
}

function detectPage(input: AdapterInput): number {
  return detectMarkup(input, looksLikePage);
}

interface PageContext {
  file: SourceFile;
  page: number;
  width: number;
  height: number;
  blocks: SizedBlock[];
}

function readPage(input: AdapterInput): ParsedDocument {
  const builder = new DocumentBuilder(FORMAT, input.path);
  const blocks: SizedBlock[] = [];
  let page = 0;
  let headingsLabelled = false;
  for (const file of input.files) {
    if (!looksLikePage(file)) {
      builder.warn('page.not-page', `${file.name || file.path} is not PAGE XML; it was not read`);
      continue;
    }
    const root = parseXml(file);
    if (xmlName(root) !== 'PcGts') throw schemaError(file.path, '', `root element is <${xmlName(root)}>, not <PcGts>`);
    const pages = withSteps(xmlChildren(root), xmlName).filter(({ node }) => xmlName(node) === 'Page');
    if (pages.length === 0) throw schemaError(file.path, '', 'no Page element');
    for (const { node, step } of pages) {
      page += 1;
      const width = Number(node.getAttribute('imageWidth'));
      const height = Number(node.getAttribute('imageHeight'));
      if (!(width > 0 && height > 0)) {
        throw schemaError(file.path, step, 'Page has no positive imageWidth and imageHeight (the page size)');
      }
      builder.page({ page, width, height, unit: 'px' });
      const ctx: PageContext = { file, page, width, height, blocks };
      for (const region of inReadingOrder(node)) {
        if (region.node.getAttribute('type') === 'heading') headingsLabelled = true;
        emitRegion(builder, ctx, region.node, step + region.step);
      }
    }
  }
  // A producer that labels headings has said which blocks are headings; only unlabelled output needs sizes.
  if (!headingsLabelled) markLargeBlocksAsTitles(blocks);
  return builder.finish();
}

/** The page's regions: those the ReadingOrder lists, by its order, then the others in file order. */
function inReadingOrder(page: XmlElement): Array<{ node: XmlElement; step: string }> {
  const regions = withSteps(xmlChildren(page), xmlName).filter(({ node }) => xmlName(node).endsWith('Region'));
  const order = xmlChildren(page).find((e) => xmlName(e) === 'ReadingOrder');
  if (!order) return regions;
  const ids: string[] = [];
  const walk = (group: XmlElement) => {
    const members = xmlChildren(group).sort(
      (a, b) => Number(a.getAttribute('index') ?? 0) - Number(b.getAttribute('index') ?? 0),
    );
    for (const m of members) {
      const ref = m.getAttribute('regionRef');
      if (ref) ids.push(ref);
      if (xmlName(m).includes('Group')) walk(m);
    }
  };
  walk(order);
  const rank = new Map(ids.map((id, i) => [id, i]));
  const listed = regions.filter((r) => rank.has(r.node.getAttribute('id') ?? ''));
  listed.sort(
    (a, b) => (rank.get(a.node.getAttribute('id') ?? '') ?? 0) - (rank.get(b.node.getAttribute('id') ?? '') ?? 0),
  );
  return [...listed, ...regions.filter((r) => !listed.includes(r))];
}

function emitRegion(builder: DocumentBuilder, ctx: PageContext, region: XmlElement, ptr: string): void {
  const kind = xmlName(region);
  if (DROPPED_REGIONS.has(kind)) {
    builder.drop(ctx.file, ptr, 'page.separator', `${kind}: a rule or noise, not content`, { page: ctx.page });
    return;
  }
  const bbox = coordsBox(ctx, region, ptr);
  if (IMAGE_REGIONS.has(kind) || EQUATION_REGIONS.has(kind)) {
    builder.add({
      file: ctx.file,
      pointer: ptr,
      page: ctx.page,
      type: IMAGE_REGIONS.has(kind) ? 'image' : 'equation',
      sourceType: kind,
      text: regionText(region).text,
      bbox,
    });
    return;
  }
  if (kind === 'TableRegion') {
    const cells = region.getElementsByTagNameNS('*', 'TextRegion');
    const texts: string[] = [];
    for (let i = 0; i < cells.length; i++) texts.push(regionText(cells[i]).text);
    builder.add({
      file: ctx.file,
      pointer: ptr,
      page: ctx.page,
      type: 'table',
      sourceType: kind,
      text: texts.filter(Boolean).join('\t'),
      bbox,
    });
    return;
  }
  if (kind !== 'TextRegion') {
    builder.drop(ctx.file, ptr, 'page.unknown-region', `${kind} is not read`, { page: ctx.page });
    return;
  }
  const { text, lines } = regionText(region);
  if (!text) {
    builder.drop(ctx.file, ptr, 'page.empty', 'TextRegion without text', { page: ctx.page });
    return;
  }
  const sourceType = region.getAttribute('type') || 'TextRegion';
  let type: BlockType = TEXT_TYPES[sourceType] ?? 'text';
  if (sourceType === 'caption') type = captionKindFromText(text) === 'table' ? 'table_caption' : 'image_caption';
  const element = builder.add({
    file: ctx.file,
    pointer: ptr,
    page: ctx.page,
    type,
    sourceType,
    text,
    bbox,
    hints: lineHints(lines, ctx.height),
  });
  ctx.blocks.push({ element, size: blockSize(lines), lines: lines.length });
}

/** A region's text and lines: its TextLines (with their nested regions' lines), else its own TextEquiv. */
function regionText(region: XmlElement): { text: string; lines: MarkupLine[] } {
  const lines: MarkupLine[] = [];
  const styleSize = fontSizeOf(region);
  const collect = (el: XmlElement) => {
    for (const child of xmlChildren(el)) {
      if (xmlName(child) === 'TextLine') lines.push(readLine(child, styleSize));
      else if (xmlName(child) === 'TextRegion') collect(child);
    }
  };
  collect(region);
  const fromLines = joinLines(lines.map((l) => l.text));
  if (fromLines) return { text: fromLines, lines: lines.filter((l) => l.box[2] > l.box[0]) };
  return { text: equivText(region).replace(/\s+/g, ' ').trim(), lines: [] };
}

function readLine(line: XmlElement, regionSize: number | undefined): MarkupLine {
  const box = rawCoords(line) ?? [0, 0, 0, 0];
  const words = xmlChildren(line)
    .filter((w) => xmlName(w) === 'Word')
    .map((w) => {
      const b = rawCoords(w);
      return { text: equivText(w), x1: b?.[0] ?? 0, x2: b?.[2] ?? 0 };
    });
  const own = equivText(line).replace(/\s+/g, ' ').trim();
  const text = own || joinWords(words.map((w) => w.text));
  const fontSize = fontSizeOf(line) ?? regionSize;
  const measured = words.length > 0 ? words : [{ text, x1: box[0], x2: box[2] }];
  return { box, text, fontSize, size: fontSize ?? lineEm(measured, box[3] - box[1]) };
}

/** The first (lowest `index`) TextEquiv's Unicode directly under an element. */
function equivText(el: XmlElement): string {
  const equivs = xmlChildren(el)
    .filter((e) => xmlName(e) === 'TextEquiv')
    .sort((a, b) => Number(a.getAttribute('index') ?? 0) - Number(b.getAttribute('index') ?? 0));
  const unicode = equivs[0] && xmlChildren(equivs[0]).find((e) => xmlName(e) === 'Unicode');
  return unicode?.textContent ?? '';
}

function fontSizeOf(el: XmlElement): number | undefined {
  const style = xmlChildren(el).find((e) => xmlName(e) === 'TextStyle');
  const size = Number(style?.getAttribute('fontSize'));
  return size > 0 ? size : undefined;
}

/** The box around an element's `Coords` (points attribute or Point children), in pixels; undefined without. */
function rawCoords(el: XmlElement): [number, number, number, number] | undefined {
  const coords = xmlChildren(el).find((e) => xmlName(e) === 'Coords');
  if (!coords) return undefined;
  const xs: number[] = [];
  const ys: number[] = [];
  const points = coords.getAttribute('points');
  if (points) {
    for (const pair of points.trim().split(/\s+/)) {
      const [x, y] = pair.split(',').map(Number);
      xs.push(x);
      ys.push(y);
    }
  } else {
    for (const p of xmlChildren(coords).filter((e) => xmlName(e) === 'Point')) {
      xs.push(Number(p.getAttribute('x')));
      ys.push(Number(p.getAttribute('y')));
    }
  }
  if (xs.length === 0 || ![...xs, ...ys].every(Number.isFinite)) return [Number.NaN, 0, 0, 0];
  return [minOf(xs), minOf(ys), maxOf(xs), maxOf(ys)];
}

function coordsBox(ctx: PageContext, el: XmlElement, ptr: string): BBox | null {
  const box = rawCoords(el);
  if (!box) return null;
  if (!box.every(Number.isFinite)) throw schemaError(ctx.file.path, `${ptr}/Coords/0`, 'Coords points are not numbers');
  return normalizeBox(box[0], box[1], box[2], box[3], ctx.width, ctx.height);
}
