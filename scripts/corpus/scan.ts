// The scanned producer (`npm run corpus -- --scanned`): the document's PDF rasterised at 200 dpi (poppler's
// pdftoppm), each page read by Tesseract into hOCR, and the gold mapped onto Tesseract's paragraphs.
//
// Gold mapping: each OCR paragraph (as the hocr adapter reads it) is matched to the printed element it lies on —
// the one on its page whose box covers most of the paragraph's box, at least half of it. A printed element
// Tesseract split into several paragraphs is one paragraph in the gold (a merge group), as is a paragraph cut by
// a page break; a heading is its first paragraph; furniture is every paragraph on a running head, footer or page
// number (also when Tesseract read a footer and the page number beside it as one line). A caption is linked to its
// figure where Tesseract drew the figure (`ocr_photo` on the printed image); tables are left out (Tesseract
// reads a table as lines of text), and so are their captions' links. Paragraphs on no printed element (noise)
// are in no gold list.
import { execFile, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { hocr } from '../../src/adapters/hocr.js';
import type { AdapterInput } from '../../src/io/load.js';
import type { BBox } from '../../src/model/element.js';
import type { Structure } from '../../src/model/structure.js';
import type { Lang } from './blocks.js';
import type { Built, PElem } from './build.js';
import { gold } from './emit.js';

const run = promisify(execFile);
const MODEL: Record<Lang, string> = { en: 'eng', zh: 'chi_sim', ja: 'jpn' };
/** Share of an OCR paragraph's box a printed element must cover to be its match. */
const MIN_COVER = 0.5;

export interface Scanned {
  /** The hOCR of all pages, one `ocr_page` each (Tesseract reading the list of page images). */
  hocr: string;
  gold: Structure;
  /** OCR paragraphs on no printed element, and printed text elements no paragraph was matched to. */
  unmatched: { ocr: number; printed: number };
}

export async function emitScanned(
  pdfPath: string,
  work: string,
  id: string,
  lang: Lang,
  built: Built,
): Promise<Scanned> {
  const prefix = path.join(work, `${id}-scan`);
  execFileSync('pdftoppm', ['-r', '200', '-png', pdfPath, prefix]);
  const images = readdirSync(work)
    .filter((f) => f.startsWith(`${id}-scan-`) && f.endsWith('.png'))
    .sort(new Intl.Collator('en', { numeric: true }).compare)
    .map((f) => path.join(work, f));
  const list = `${prefix}-pages.txt`;
  writeFileSync(list, `${images.join('\n')}\n`);
  // One thread per Tesseract: the builder already runs --jobs documents side by side.
  await run('tesseract', [list, prefix, '-l', MODEL[lang], 'hocr'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
  const text = readFileSync(`${prefix}.hocr`, 'utf8');
  for (const f of [...images, list, `${prefix}.hocr`]) rmSync(f, { force: true });
  const input: AdapterInput = {
    path: `${id}.hocr`,
    isFolder: false,
    files: [{ path: `${id}.hocr`, name: '', json: undefined, text }],
  };
  const doc = hocr.read(input);
  const placed: { elem: PElem; ref: string }[] = [];
  const matched = new Set<PElem>();
  let ocrUnmatched = 0;
  for (const el of doc.elements) {
    const page = built.pages[el.page - 1];
    if (!page || !el.bbox) continue;
    const best = bestCover(el.bbox, page);
    if (!best) {
      ocrUnmatched++;
      continue;
    }
    // A table is lines of text to Tesseract: no table element to merge or caption.
    if (best.kind === 'table') continue;
    // A figure counts where Tesseract drew it (ocr_photo), a caption at its first paragraph.
    if (best.kind === 'image' && el.type !== 'image') continue;
    if (best.kind === 'caption' && matched.has(best)) continue;
    matched.add(best);
    placed.push({ elem: best, ref: el.ref });
  }
  const links: { caption: string; target: string }[] = [];
  for (const p of placed) {
    if (p.elem.kind !== 'caption') continue;
    const figures = placed.filter((x) => x.elem.kind === 'image' && x.elem.blockId === p.elem.captionOf);
    const target = figures.find((x) => x.elem.page === p.elem.page) ?? figures[0];
    if (target) links.push({ caption: p.ref, target: target.ref });
  }
  const textKinds = new Set(['heading', 'text', 'item', 'code', 'lead', 'footnote', 'header', 'footer', 'page_number']);
  const printedUnmatched = built.pages.flatMap((p) => p.elems).filter((e) => textKinds.has(e.kind) && !matched.has(e));
  return { hocr: text, gold: gold(placed, links), unmatched: { ocr: ocrUnmatched, printed: printedUnmatched.length } };
}

const FURNITURE = new Set(['header', 'footer', 'page_number']);

/**
 * The printed element covering most of an OCR box (both 0–1 of the page), when it covers at least MIN_COVER. A
 * box over running-head or footer parts only (Tesseract reads "manual … -3-" as one line) is matched to the
 * first of them when together they cover MIN_COVER: it is furniture whichever part it is.
 */
function bestCover(box: BBox, page: Built['pages'][number]): PElem | undefined {
  const area = (box[2] - box[0]) * (box[3] - box[1]);
  if (area <= 0) return undefined;
  const covers = page.elems.map((e) => {
    const b = [e.bbox[0] / page.width, e.bbox[1] / page.height, e.bbox[2] / page.width, e.bbox[3] / page.height];
    const w = Math.min(box[2], b[2]) - Math.max(box[0], b[0]);
    const h = Math.min(box[3], b[3]) - Math.max(box[1], b[1]);
    return { e, cover: w > 0 && h > 0 ? (w * h) / area : 0 };
  });
  const touched = covers.filter((c) => c.cover > 0).sort((a, b) => b.cover - a.cover);
  if (touched[0] && touched[0].cover >= MIN_COVER) return touched[0].e;
  const total = touched.reduce((sum, c) => sum + c.cover, 0);
  if (touched.length > 0 && total >= MIN_COVER && touched.every((c) => FURNITURE.has(c.e.kind))) return touched[0].e;
  return undefined;
}
