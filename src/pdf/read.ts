// Reading a PDF's text layer, outline and page labels with pdfjs-dist (the legacy build, which runs on
// Node 20): per page, its text lines (box, font size, font name, bold, italic, colour-free) and the boxes
// of the images it paints; for the document, its outline (bookmarks) with each entry's page, and its page
// labels. Nothing here decides anything about structure: src/pdf/align.ts and src/adapters/pdf.ts do.
//
// pdfjs must never print: verbosity 0 on every document, and its global verbosity set at import.
// A bad PDF (not a PDF, encrypted, damaged beyond repair) is a DocstitchError of kind `pdf`; a page that
// cannot be read is a warning and an empty page.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BBox } from '../model/element.js';
import { DocstitchError } from '../model/errors.js';
import { clamp, type PageGraphics, pageGraphics } from './graphics.js';
import { columns, rescaleCjk, runScript, type ScriptSizes } from './scripts.js';

/** One line of text: runs on one baseline, in content order, joined. */
export interface PdfLine {
  text: string;
  /** Normalized box (0–1 of the page, origin top-left). */
  bbox: BBox;
  /** Font size in points (the text matrix's vertical scale). */
  fontSize: number;
  /** The font's name without its subset prefix ("LMRoman10-Bold"), when known. */
  fontName?: string;
  bold: boolean;
  italic: boolean;
  /** The line opens in bold and goes on in another weight: its bold opening ("Figure 3.", a run-in head). */
  boldLead?: string;
  /** The line's text runs as [x0, x1, text], x normalized (only with `images: true`): cells of a table row. */
  spans?: [number, number, string][];
  /** The font carrying most of the line's characters sets CJK text (scripts.ts: its size is rescaled). */
  cjk?: boolean;
}

/** A line with the sizes of its CJK and Latin runs, while the document is read (scripts.ts). */
type ReadLine = PdfLine & { scripts?: ScriptSizes };

export interface PdfPage {
  /** 1-based. */
  page: number;
  /** In points (after the page's rotation). */
  width: number;
  height: number;
  lines: PdfLine[];
  /** Normalized boxes of the images the page paints (only when read with `images: true`). */
  images: BBox[];
  /** Normalized boxes of the thin lines and rules the page draws (only with `images: true`): table rulings. */
  rules?: BBox[];
  /** Normalized boxes of the other paths the page paints (only with `images: true`): vector figures, frames. */
  shapes?: BBox[];
  /** The page has a text layer (any non-blank text). A scanned page without OCR has none. */
  hasText: boolean;
  /** Set when the page could not be read (the message). */
  error?: string;
}

export interface PdfOutlineEntry {
  title: string;
  /** 1 = top level of the outline. */
  level: number;
  /** 1-based page the entry points at, when its destination resolves. */
  page?: number;
  /** Position in the outline (depth-first, 0-based): `/outline/<index>` in refs and messages. */
  index: number;
}

export interface PdfData {
  /** The path (or name) the PDF was read from, for messages. */
  path: string;
  pageCount: number;
  pages: PdfPage[];
  outline: PdfOutlineEntry[];
  /** The PDF's page labels (`pageLabels[i]` labels page i + 1), when it defines them. */
  pageLabels?: string[];
  /** Things the reader could not do (pages it could not read, outline entries without a page). */
  warnings: string[];
}

export interface ReadPdfOptions {
  /** Read the image boxes of every page (needs each page's operator list: slower). */
  images?: boolean;
  /** Read only these pages (1-based); default all. */
  pages?: ReadonlySet<number>;
  /** Pages above this count are refused (default LIMIT_PDF_PAGES). */
  maxPages?: number;
}

/** Largest PDF read (pages). Far above real documents; 5,000 pages read in well under a minute. */
export const LIMIT_PDF_PAGES = 20_000;

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<Pdfjs> | undefined;

/** pdfjs, loaded on first use (the engine without a PDF never pays for it), told to stay quiet. */
async function pdfjs(): Promise<Pdfjs> {
  pdfjsPromise ??= (async () => {
    // pdfjs prints some warnings from module scope through console.log before any verbosity can be set
    // (e.g. a missing canvas package for rendering, which we never do): muted while it loads.
    const saved = { log: console.log, warn: console.warn, error: console.error };
    console.log = console.warn = console.error = () => {};
    try {
      const mod = await import('pdfjs-dist/legacy/build/pdf.mjs');
      return mod;
    } finally {
      Object.assign(console, saved);
    }
  })();
  return pdfjsPromise;
}

/**
 * pdfjs's own data folders: the CMaps a CID font with a predefined encoding needs (without them, the text of
 * such fonts — Chinese, Japanese, Korean set by ctex, for one — is missing from the text layer) and the
 * standard fonts' metrics. Empty when the package's folders cannot be found (text of those fonts is then lost).
 */
function pdfjsData(): { cMapUrl?: string; cMapPacked?: boolean; standardFontDataUrl?: string } {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return {
      cMapUrl: `${join(root, 'cmaps')}/`,
      cMapPacked: true,
      standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
    };
  } catch {
    return {};
  }
}

export function isPdfBytes(bytes: Uint8Array): boolean {
  // %PDF- within the first 1,024 bytes (the PDF standard allows junk before the header).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/** Read a PDF file or its bytes. Throws DocstitchError (kind `pdf`) on a file that is not a readable PDF. */
export async function readPdf(
  source: string | Uint8Array,
  options: ReadPdfOptions = {},
  name?: string,
): Promise<PdfData> {
  const path = typeof source === 'string' ? source : (name ?? 'input.pdf');
  let bytes: Uint8Array;
  if (typeof source === 'string') {
    try {
      if (!statSync(source).isFile()) throw new Error('not a file');
      bytes = new Uint8Array(readFileSync(source));
    } catch {
      throw new DocstitchError('io', 'no such file (--pdf)', { file: source });
    }
  } else bytes = new Uint8Array(source);
  if (bytes.length === 0) throw new DocstitchError('pdf', 'the PDF is empty', { file: path });
  if (!isPdfBytes(bytes)) throw new DocstitchError('pdf', 'not a PDF (no %PDF- header)', { file: path });
  const lib = await pdfjs();
  lib.GlobalWorkerOptions.workerSrc ||= '';
  let doc: Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
  const task = lib.getDocument({
    data: bytes,
    ...pdfjsData(),
    verbosity: 0,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
  });
  // A password-protected PDF: pdfjs asks for the password through this callback; we have none.
  task.onPassword = () => {
    void task.destroy();
  };
  try {
    doc = await task.promise;
  } catch (error) {
    throw pdfError(error, path);
  }
  const warnings: string[] = [];
  try {
    const pageCount = doc.numPages;
    const max = options.maxPages ?? LIMIT_PDF_PAGES;
    if (pageCount > max) {
      throw new DocstitchError('tooLarge', `the PDF has ${pageCount} pages, over the limit of ${max}`, { file: path });
    }
    const pages: PdfPage[] = [];
    const fonts = new Map<string, FontInfo>();
    for (let p = 1; p <= pageCount; p++) {
      if (options.pages && !options.pages.has(p)) continue;
      pages.push(await readPage(lib, doc, p, fonts, options.images === true, warnings));
    }
    rescaleCjk(pages.flatMap((p) => p.lines as ReadLine[]));
    const outline = await readOutline(doc, warnings);
    let pageLabels: string[] | undefined;
    try {
      pageLabels = (await doc.getPageLabels()) ?? undefined;
    } catch {
      warnings.push('the page labels could not be read');
    }
    return { path, pageCount, pages, outline, pageLabels, warnings };
  } catch (error) {
    if (error instanceof DocstitchError) throw error;
    throw pdfError(error, path);
  } finally {
    await doc.destroy();
  }
}

function pdfError(error: unknown, path: string): DocstitchError {
  if (error instanceof DocstitchError) return error;
  const e = error as { name?: string; message?: string };
  const name = e?.name ?? '';
  const message = String(e?.message ?? error).split('\n')[0];
  if (name === 'PasswordException' || /password/i.test(message))
    return new DocstitchError('pdf', 'the PDF is encrypted (password-protected); docstitch cannot read it', {
      file: path,
    });
  if (name === 'InvalidPDFException')
    return new DocstitchError('pdf', `not a readable PDF (${message})`, { file: path });
  return new DocstitchError('pdf', `cannot read the PDF (${name ? `${name}: ` : ''}${message})`, { file: path });
}

export interface FontInfo {
  name?: string;
  bold: boolean;
  italic: boolean;
}

/** "ABCDEF+LMRoman10-Bold" → "LMRoman10-Bold". */
function baseFontName(name: string): string {
  return name.replace(/^[A-Z]{6}\+/, '');
}

export function fontInfoOf(name: string | undefined): FontInfo {
  if (!name) return { bold: false, italic: false };
  const base = baseFontName(name);
  return {
    name: base,
    // a Japanese font's weight by number: Hiragino's and Morisawa's W3 is the text's, W6 and up bold ("HiraKakuProN-W6")
    bold: /bold|black|heavy|semibold|demibold|[-,]bd\b|\bbx\d|cmbx|[-_]W[6-9]\b/i.test(base),
    italic: /italic|oblique|[-,]it\b|(?<!cap)ital\b|cmti|cmsl/i.test(base),
  };
}

type PdfDoc = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
type PdfjsPage = Awaited<ReturnType<PdfDoc['getPage']>>;

/** A text run as pdfjs gives it, in points. */
export interface Run {
  str: string;
  x0: number;
  x1: number;
  /** Baseline, top-down in points. */
  y: number;
  top: number;
  bottom: number;
  size: number;
  font: string;
  eol: boolean;
}

async function readPage(
  lib: Pdfjs,
  doc: PdfDoc,
  p: number,
  fonts: Map<string, FontInfo>,
  wantImages: boolean,
  warnings: string[],
): Promise<PdfPage> {
  let page: PdfjsPage | undefined;
  try {
    page = await doc.getPage(p);
    const vp = page.getViewport({ scale: 1 });
    const W = vp.width;
    const H = vp.height;
    const tc = await page.getTextContent();
    const styles = tc.styles as Record<string, { ascent?: number; descent?: number; vertical?: boolean }>;
    const runs: Run[] = [];
    for (const raw of tc.items) {
      const it = raw as { str?: string; transform?: number[]; width?: number; fontName?: string; hasEOL?: boolean };
      if (typeof it.str !== 'string' || !it.transform) continue;
      if (it.str === '' && !it.hasEOL) continue;
      const t = lib.Util.transform(vp.transform, it.transform) as number[];
      const size = Math.hypot(t[2], t[3]) || Math.hypot(t[0], t[1]);
      const style = styles[it.fontName ?? ''] ?? {};
      const ascent = style.ascent && style.ascent > 0 ? style.ascent : 0.8;
      const descent = style.descent && style.descent < 0 ? style.descent : -0.2;
      const x0 = t[4];
      const width = (it.width ?? 0) * (vp.scale || 1);
      runs.push({
        str: it.str,
        x0,
        x1: x0 + width,
        y: t[5],
        top: t[5] - ascent * size,
        bottom: t[5] - descent * size,
        size,
        font: it.fontName ?? '',
        eol: Boolean(it.hasEOL),
      });
    }
    const hasText = runs.some((r) => r.str.trim() !== '');
    // Font names come from the operator list (the text content gives only a generic family); a page
    // with a font not yet seen pays for one, every other page does not.
    const unknown = runs.some((r) => r.str.trim() && r.font && !fonts.has(r.font));
    let graphics: PageGraphics = { images: [], rules: [], shapes: [] };
    if (unknown || wantImages) {
      const ops = await page.getOperatorList();
      for (const r of runs) {
        if (!r.font || fonts.has(r.font)) continue;
        let name: string | undefined;
        try {
          const f = page.commonObjs.has(r.font) ? (page.commonObjs.get(r.font) as { name?: string }) : undefined;
          name = f?.name;
        } catch {
          name = undefined;
        }
        fonts.set(r.font, fontInfoOf(name));
      }
      if (wantImages) graphics = pageGraphics(lib.OPS, ops, vp.transform as number[], W, H);
    }
    const lines = groupLines(runs, fonts, W, H, wantImages);
    const { images, rules, shapes } = graphics;
    return { page: p, width: W, height: H, lines, images, hasText, ...(wantImages ? { rules, shapes } : {}) };
  } catch (error) {
    const message = String((error as Error)?.message ?? error).split('\n')[0];
    warnings.push(`page ${p} could not be read (${message})`);
    return { page: p, width: 612, height: 792, lines: [], images: [], hasText: false, error: message };
  } finally {
    page?.cleanup();
  }
}

/** Full-width punctuation a run ends or starts with, whose blank half a CJK typesetter may squeeze. */
const SQUEEZED_END = /[（）「」『』《》〈〉【】〔〕、，。：；！？]\s*$/u;
const SQUEEZED_START = /^\s*[（）「」『』《》〈〉【】〔〕、，。：；！？]/u;

/** Runs → lines: a new line where the baseline moves, the text goes back left, or a wide gap opens. */
export function groupLines(runs: Run[], fonts: Map<string, FontInfo>, W: number, H: number, spans = false): ReadLine[] {
  const out: ReadLine[] = [];
  let cur: Run[] = [];
  const flush = () => {
    const visible = cur.filter((r) => r.str.trim() !== '');
    if (visible.length > 0) {
      let text = '';
      let prevEnd: number | undefined;
      for (const r of cur) {
        // a gap wider than a fifth of the font size between runs without a space is a word space
        if (prevEnd !== undefined && r.x0 - prevEnd > 0.2 * r.size && !/\s$/.test(text) && !/^\s/.test(r.str))
          text += ' ';
        text += r.str;
        if (r.str !== '') prevEnd = r.x1;
      }
      const x0 = Math.min(...visible.map((r) => r.x0));
      const x1 = Math.max(...visible.map((r) => r.x1));
      const top = Math.min(...visible.map((r) => r.top));
      const bottom = Math.max(...visible.map((r) => r.bottom));
      // the line's font: the one carrying most characters
      const weight = new Map<string, number>();
      for (const r of visible) weight.set(r.font, (weight.get(r.font) ?? 0) + r.str.trim().length);
      const main = [...weight].sort((a, b) => b[1] - a[1])[0][0];
      const info = fonts.get(main) ?? { bold: false, italic: false };
      // bold: most of the line's width in a bold font (a CJK character counting two columns: src/pdf/scripts.ts)
      const boldChars = visible.filter((r) => fonts.get(r.font)?.bold).reduce((n, r) => n + columns(r.str), 0);
      const allChars = visible.reduce((n, r) => n + columns(r.str), 0);
      // its size: the largest run's in that font — a footnote's superscript mark ("1When …") is the same font smaller,
      // IEEEtran's small capitals ("I. FULLY …") are its capitals at the body size and the rest smaller
      const mainRuns = visible.filter((r) => r.font === main);
      const mainRun = mainRuns.reduce((a, r) => (r.size > a.size ? r : a), mainRuns[0] ?? visible[0]);
      const size = mainRun.size;
      const lead = boldLead(visible, fonts);
      // each run's script, once: the line's own (its main run's) and, on mixed lines, the two sizes
      const script = visible.map((r) => runScript(r.str));
      const cjkRun = visible[script.indexOf('cjk')];
      const latinRun = cjkRun && visible[script.indexOf('latin')];
      out.push({
        text: text.replace(/\s+/g, ' ').trim(),
        bbox: [clamp(x0 / W), clamp(top / H), clamp(x1 / W), clamp(bottom / H)],
        fontSize: Math.round(size * 100) / 100,
        ...(info.name ? { fontName: info.name } : {}),
        bold: boldChars * 2 > allChars,
        italic: info.italic,
        ...(lead ? { boldLead: lead } : {}),
        ...(spans
          ? { spans: visible.map((r): [number, number, string] => [clamp(r.x0 / W), clamp(r.x1 / W), r.str]) }
          : {}),
        ...(script[visible.indexOf(mainRun)] === 'cjk' ? { cjk: true } : {}),
        ...(cjkRun && latinRun ? { scripts: { cjk: cjkRun.size, latin: latinRun.size } } : {}),
      });
    }
    cur = [];
  };
  for (const r of runs) {
    const prev = cur.findLast((x) => x.str !== '');
    if (prev) {
      const sameBaseline = Math.abs(r.y - prev.y) <= 0.4 * Math.max(prev.size, r.size);
      // xeCJK squeezes full-width punctuation: after "）" or before "。" the next glyph starts in the blank half
      // of the mark, up to an em left of where the run before ended — the same line going on, not a new one
      const squeeze = SQUEEZED_END.test(prev.str) || SQUEEZED_START.test(r.str) ? 1.1 : 0.5;
      const back = r.x0 < prev.x1 - squeeze * prev.size;
      const gap = r.x0 - prev.x1 > 3 * Math.max(prev.size, r.size);
      if (r.str !== '' && (!sameBaseline || back || gap)) flush();
    }
    cur.push(r);
  }
  flush();
  return out;
}

/** The text of the bold runs a line opens with, when runs in another weight follow. */
function boldLead(visible: Run[], fonts: Map<string, FontInfo>): string | undefined {
  const n = visible.findIndex((r) => !fonts.get(r.font)?.bold);
  if (n <= 0) return undefined;
  const lead = visible
    .slice(0, n)
    .map((r) => r.str)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return lead || undefined;
}

interface RawOutlineItem {
  title: string;
  dest: string | unknown[] | null;
  items: RawOutlineItem[];
}

async function readOutline(doc: PdfDoc, warnings: string[]): Promise<PdfOutlineEntry[]> {
  let raw: RawOutlineItem[] | null;
  try {
    raw = (await doc.getOutline()) as RawOutlineItem[] | null;
  } catch {
    warnings.push('the outline (bookmarks) could not be read');
    return [];
  }
  const out: PdfOutlineEntry[] = [];
  const walk = async (items: RawOutlineItem[], level: number) => {
    for (const item of items) {
      if (out.length >= 100_000 || level > 64) return;
      const entry: PdfOutlineEntry = {
        title: outlineTitle(item.title ?? ''),
        level,
        index: out.length,
      };
      out.push(entry);
      entry.page = await destPage(doc, item.dest);
      await walk(item.items ?? [], level + 1);
    }
  };
  await walk(raw ?? [], 1);
  return out;
}

/**
 * An entry's title, spaces collapsed; a title written twice over ("2.4. Setup2.4. Setup", as Chromium writes
 * the title of a heading that holds its own anchor link) once.
 */
function outlineTitle(raw: string): string {
  const t = raw.replace(/\s+/g, ' ').trim();
  const half = t.length / 2;
  if (Number.isInteger(half) && half > 0 && t.slice(0, half).trim() === t.slice(half).trim())
    return t.slice(0, half).trim();
  return t;
}

async function destPage(doc: PdfDoc, dest: string | unknown[] | null): Promise<number | undefined> {
  try {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    if (!Array.isArray(explicit) || explicit.length === 0) return undefined;
    const target = explicit[0];
    if (typeof target === 'number') return target + 1;
    if (target && typeof target === 'object') return (await doc.getPageIndex(target as never)) + 1;
  } catch {
    return undefined;
  }
  return undefined;
}
