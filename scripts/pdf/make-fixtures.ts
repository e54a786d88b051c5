// `npx tsx scripts/pdf/make-fixtures.ts` — writes the small PDFs of test/fixtures/pdf/ (our own data, MIT):
// PDFs written byte by byte here, with the standard Helvetica fonts (not embedded), so every position,
// font, outline entry and image is known. Also the MinerU content_list made from one of them by the
// PDF adapter with parser-like noise (see writeContentList). Deterministic: rerunning rewrites the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'test/fixtures/pdf');

export interface TextOp {
  text: string;
  x: number;
  /** Baseline from the top of the page, in points. */
  y: number;
  size: number;
  bold?: boolean;
}
export interface ImageOp {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface PageSpec {
  texts: TextOp[];
  images?: ImageOp[];
}
export interface OutlineSpec {
  title: string;
  page: number;
  /** Top of the destination, points from the top. */
  y: number;
  children?: OutlineSpec[];
}
export interface PdfSpec {
  pages: PageSpec[];
  outline?: OutlineSpec[];
  /** An /Encrypt dictionary whose user password is not empty: readers must ask for it. */
  encrypted?: boolean;
  /** Page-label ranges (the catalog's /PageLabels): from 0-based page `from`, style D/r/R/a/A, a prefix. */
  pageLabels?: { from: number; style?: 'D' | 'r' | 'R' | 'a' | 'A'; prefix?: string; start?: number }[];
}

const W = 612;
const H = 792;

function esc(s: string): string {
  return s.replace(/[\\()]/g, (c) => `\\${c}`);
}

/** The bytes of a PDF for the spec: one object per line of the writer, a correct cross-reference table. */
export function buildPdf(spec: PdfSpec): Buffer {
  const objects: string[] = []; // index i = object i + 1
  const reserve = () => {
    objects.push('');
    return objects.length;
  };
  const set = (n: number, body: string) => {
    objects[n - 1] = body;
  };
  const catalog = reserve();
  const pagesObj = reserve();
  const helv = reserve();
  const helvBold = reserve();
  set(helv, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  set(helvBold, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  // a 4×4 grey image: a figure for the image-box reader
  const image = reserve();
  const pixels = Buffer.from([40, 80, 120, 160, 80, 120, 160, 200, 120, 160, 200, 240, 160, 200, 240, 255]).toString(
    'latin1',
  );
  set(
    image,
    `<< /Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 16 >>\nstream\n${pixels}\nendstream`,
  );
  const pageIds: number[] = [];
  for (const page of spec.pages) {
    const id = reserve();
    const content = reserve();
    pageIds.push(id);
    let ops = '';
    for (const t of page.texts) {
      ops += `BT /${t.bold ? 'F2' : 'F1'} ${t.size} Tf 1 0 0 1 ${t.x} ${H - t.y} Tm (${esc(t.text)}) Tj ET\n`;
    }
    for (const im of page.images ?? []) ops += `q ${im.w} 0 0 ${im.h} ${im.x} ${H - im.y - im.h} cm /Im1 Do Q\n`;
    set(content, `<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}endstream`);
    set(
      id,
      `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${W} ${H}] /Resources << /Font << /F1 ${helv} 0 R /F2 ${helvBold} 0 R >> /XObject << /Im1 ${image} 0 R >> >> /Contents ${content} 0 R >>`,
    );
  }
  set(pagesObj, `<< /Type /Pages /Kids [${pageIds.map((p) => `${p} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);
  let outlines = '';
  if (spec.outline?.length) {
    const root = reserve();
    const count = (items: OutlineSpec[]): number => items.reduce((n, i) => n + 1 + count(i.children ?? []), 0);
    const writeItems = (items: OutlineSpec[], parent: number): number[] => {
      const ids = items.map(() => reserve());
      items.forEach((item, i) => {
        const kids = item.children?.length ? writeItems(item.children, ids[i]) : [];
        const links = [
          `/Title (${esc(item.title)})`,
          `/Parent ${parent} 0 R`,
          i > 0 ? `/Prev ${ids[i - 1]} 0 R` : '',
          i < ids.length - 1 ? `/Next ${ids[i + 1]} 0 R` : '',
          kids.length
            ? `/First ${kids[0]} 0 R /Last ${kids[kids.length - 1]} 0 R /Count ${count(item.children ?? [])}`
            : '',
          `/Dest [${pageIds[item.page - 1]} 0 R /XYZ 0 ${H - item.y} 0]`,
        ];
        set(ids[i], `<< ${links.filter(Boolean).join(' ')} >>`);
      });
      return ids;
    };
    const top = writeItems(spec.outline, root);
    set(
      root,
      `<< /Type /Outlines /First ${top[0]} 0 R /Last ${top[top.length - 1]} 0 R /Count ${count(spec.outline)} >>`,
    );
    outlines = ` /Outlines ${root} 0 R /PageMode /UseOutlines`;
  }
  let labels = '';
  if (spec.pageLabels?.length) {
    const ranges = spec.pageLabels.map(
      (r) =>
        `${r.from} << ${r.style ? `/S /${r.style} ` : ''}${r.prefix ? `/P (${esc(r.prefix)}) ` : ''}${r.start ? `/St ${r.start} ` : ''}>>`,
    );
    labels = ` /PageLabels << /Nums [${ranges.join(' ')}] >>`;
  }
  set(catalog, `<< /Type /Catalog /Pages ${pagesObj} 0 R${outlines}${labels} >>`);
  let encrypt = '';
  if (spec.encrypted) {
    const e = reserve();
    const hex = (seed: number) =>
      Array.from({ length: 32 }, (_, i) => ((seed * 31 + i * 17) % 256).toString(16).padStart(2, '0')).join('');
    set(e, `<< /Filter /Standard /V 1 /R 2 /O <${hex(3)}> /U <${hex(7)}> /P -44 >>`);
    encrypt = ` /Encrypt ${e} 0 R /ID [<${hex(11).slice(0, 32)}> <${hex(11).slice(0, 32)}>]`;
  }
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Body text lines of 10-point Helvetica from the top `y`, 14 points apart; an indent on the first when asked. */
function para(lines: string[], y: number, indent = 0): TextOp[] {
  return lines.map((text, i) => ({ text, x: 72 + (i === 0 ? indent : 0), y: y + 14 * i, size: 10 }));
}

/**
 * The manual: a title, two sections and two subsections set in the same bold 12-point type and unnumbered
 * (so neither numbering nor size tells sections from subsections: only the outline does), a paragraph with a
 * first-line indent, one that runs over the page break, a figure with its caption, page numbers, and an
 * outline entry ("Exit codes") that points at a paragraph rather than a heading.
 */
export const MANUAL: PdfSpec = {
  pages: [
    {
      texts: [
        { text: 'A Small Manual', x: 72, y: 90, size: 20, bold: true },
        { text: 'Getting started', x: 72, y: 130, size: 12, bold: true },
        ...para(
          [
            'This manual is written for the tests of the PDF reader. It has sections, subsections and paragraphs,',
            'a figure with a caption and a paragraph that runs over the page break, so that the alignment has',
            'something to find on every page.',
          ],
          150,
        ),
        { text: 'Installing', x: 72, y: 210, size: 12, bold: true },
        ...para(
          [
            'Installing the tool takes one command. The second paragraph of a section starts with an indented',
            'first line, as many books set their paragraphs, and it ends on a line of its own.',
          ],
          230,
          18,
        ),
        { text: 'Configuring', x: 72, y: 280, size: 12, bold: true },
        ...para(
          [
            'The configuration file is read at start. Its settings are few and each of them has a default value',
            'that works for most documents, so most users never write one. When a setting must change, write',
          ],
          300,
        ),
        { text: 'Figure 1. A grey square drawn as an image.', x: 72, y: 470, size: 9 },
        { text: '1', x: 303, y: 750, size: 9 },
      ],
      images: [{ x: 72, y: 340, w: 200, h: 110 }],
    },
    {
      texts: [
        ...para(
          [
            'it in the file and start the tool again: the file is read once, when the tool starts, and never',
            'again while it runs.',
          ],
          90,
        ),
        { text: 'Reference', x: 72, y: 140, size: 12, bold: true },
        ...para(['Every option is described in the reference pages that come with the tool.'], 160),
        ...para(['Exit codes are listed here: zero for success and two for a usage error.'], 190),
        { text: '2', x: 303, y: 750, size: 9 },
      ],
    },
  ],
  outline: [
    {
      title: 'Getting started',
      page: 1,
      y: 118,
      children: [
        { title: 'Installing', page: 1, y: 198 },
        { title: 'Configuring', page: 1, y: 268 },
      ],
    },
    { title: 'Reference', page: 2, y: 128, children: [{ title: 'Exit codes', page: 2, y: 180 }] },
  ],
};

/**
 * A report with page labels: three front-matter pages labelled i–iii (printed at the foot in roman), then an
 * appendix labelled "A-1", "A-2", "A-3" (printed so at the foot). Page 2 also prints "ii" mid-page (a list
 * enumerator in the body) and page 3 a foot line that is not its label ("Draft"). Every page has one
 * paragraph of body text.
 */
export const LABELS: PdfSpec = {
  pages: [
    ['Preface', 'i'],
    ['Contents', 'ii'],
    ['Acknowledgements', 'Draft'],
    ['Appendix A: Tables', 'A-1'],
    ['More tables', 'A-2'],
    ['Last tables', 'A-3'],
  ].map(([title, foot], i) => ({
    texts: [
      { text: title, x: 72, y: 90, size: 16, bold: true },
      ...para(
        [
          `This is page ${i + 1} of a small report with page labels. Its body text is long enough to be a`,
          'paragraph of its own, and the line at the foot of the page is its page number or a note.',
        ],
        130,
      ),
      ...(i === 1 ? [{ text: 'ii', x: 72, y: 200, size: 10 }] : []),
      { text: foot, x: 300, y: 750, size: 9 },
    ],
  })),
  pageLabels: [
    { from: 0, style: 'r' },
    { from: 3, style: 'D', prefix: 'A-' },
  ],
};

/**
 * A page with a figure whose caption opens with a bold label ("Figure 1." in Helvetica-Bold, the rest in
 * Helvetica, on one baseline), under a paragraph that cites the figure.
 */
export const CAPTION: PdfSpec = {
  pages: [
    {
      texts: [
        ...para(
          [
            'The grey square below is drawn as an image. Figure 1 shows it at the size the page gives it, and',
            'the caption under it names it, as captions do.',
          ],
          90,
        ),
        { text: 'Figure 1.', x: 72, y: 280, size: 9, bold: true },
        { text: 'A grey square drawn as an image.', x: 116, y: 280, size: 9 },
      ],
      images: [{ x: 72, y: 140, w: 200, h: 120 }],
    },
  ],
};

/** A page with an image and no text: a scan without OCR. */
export const SCAN: PdfSpec = { pages: [{ texts: [], images: [{ x: 0, y: 0, w: W, h: H }] }] };

/** A PDF of `n` pages with one short line each (for size limits). */
export function manyPages(n: number): PdfSpec {
  return {
    pages: Array.from({ length: n }, (_, i) => ({
      texts: [{ text: `Page ${i + 1} of a long document.`, x: 72, y: 90, size: 10 }],
    })),
  };
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'manual.pdf'), buildPdf(MANUAL));
  writeFileSync(path.join(OUT, 'scan.pdf'), buildPdf(SCAN));
  writeFileSync(path.join(OUT, 'encrypted.pdf'), buildPdf({ ...MANUAL, encrypted: true }));
  writeFileSync(path.join(OUT, 'labels.pdf'), buildPdf(LABELS));
  writeFileSync(path.join(OUT, 'caption.pdf'), buildPdf(CAPTION));
  writeFileSync(path.join(OUT, 'labels-none.pdf'), buildPdf({ ...LABELS, pageLabels: undefined }));
  await writeContentList();
}

/**
 * A MinerU content_list for manual.pdf, as a parser would write it: the PDF adapter's blocks with boxes in
 * 0–1000, every heading at text_level 1 (MinerU gives no deeper levels), the figure as an image entry with
 * its caption, the page numbers as `page_number`, and OCR-like noise in one paragraph ("l" read as "1").
 */
async function writeContentList(): Promise<void> {
  const { readPdf } = await import('../../src/pdf/read.js');
  const { readPdfDocument } = await import('../../src/adapters/pdf.js');
  const data = await readPdf(path.join(OUT, 'manual.pdf'), { images: true });
  const doc = readPdfDocument(data, 'manual.pdf');
  const box = (b: number[] | null) => (b ? b.map((v) => Math.round(v * 1000)) : undefined);
  const entries: Record<string, unknown>[] = [];
  for (const el of doc.elements) {
    const base = { bbox: box(el.bbox), page_idx: el.page - 1 };
    if (el.type === 'image') entries.push({ type: 'image', img_path: 'images/figure1.jpg', img_caption: [], ...base });
    else if (el.type === 'image_caption') {
      const img = entries.findLast((e) => e.type === 'image');
      if (img) (img.img_caption as string[]).push(el.text);
    } else if (/^\d+$/.test(el.text)) entries.push({ type: 'page_number', text: el.text, ...base });
    else if (el.type === 'title') entries.push({ type: 'text', text: el.text, text_level: 1, ...base });
    else {
      const text = el.text.startsWith('Installing the tool') ? el.text.replace(/ll/g, '1l') : el.text;
      entries.push({ type: 'text', text, ...base });
    }
  }
  writeFileSync(path.join(OUT, 'manual_content_list.json'), `${JSON.stringify(entries, null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
