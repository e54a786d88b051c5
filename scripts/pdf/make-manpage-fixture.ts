// `npx tsx scripts/pdf/make-manpage-fixture.ts` — writes test/fixtures/pdf/manpage.pdf and two parser outputs of
// it, manpage.paddle.json (PaddleOCR PP-StructureV3 `res.json` pages) and manpage.mistral.json (a Mistral OCR
// `ocr_response.json`), byte by byte. Our own data (MIT): a reference page in the shape of a manual's man page as
// the Office corpus prints it (a cover page whose only heading is "Name", then "Synopsis", "Description",
// "Command-line actions", the running head "Name" on every later page), all four headings at depth 1 in the
// outline. The parser outputs are made from the spec as the parsers give such a page: PaddleOCR labels "Name" on
// the cover a paragraph title and the running heads `header`; Mistral OCR puts the cover's "Name" in the page
// header field, as it does the running head, and the other headings as `#` lines. Used by
// test/pdf/outline-headers.test.ts (it replaced copies of office-report-aptitude-en-rn01re01, GPL).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PADDLE_SETTINGS } from '../corpus/writers/paddle.js';
import { buildPdf, type PdfSpec, type TextOp } from './make-fixtures.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'test/fixtures/pdf');
const PAGES = 4;

const body = (lines: string[], y: number): TextOp[] =>
  lines.map((text, i) => ({ text, x: 72, y: y + 14 * i, size: 10 }));
const head = (text: string, y: number): TextOp => ({ text, x: 72, y, size: 14, bold: true });
const running = (n: number): TextOp[] => [
  { text: 'Name', x: 72, y: 40, size: 8 },
  { text: `Page ${n} of ${PAGES}`, x: 270, y: 760, size: 9 },
];

export const MANPAGE: PdfSpec = {
  pages: [
    {
      texts: [
        { text: 'Name', x: 72, y: 200, size: 28, bold: true },
        { text: 'The tool user manual', x: 72, y: 240, size: 12 },
      ],
    },
    {
      texts: [
        ...running(2),
        ...body(['tool - a small program written for the tests of the PDF reader'], 90),
        head('Synopsis', 130),
        ...body(['tool [options...] { check | build | clean }', 'tool [options...] show names...', 'tool help'], 155),
        head('Description', 220),
        ...body(
          [
            'The tool reads a folder of source files and checks each of them before it builds the package. It',
            'prints one line for every file it cannot read and goes on with the others, so that one run shows',
            'every problem at once.',
          ],
          245,
        ),
        ...body(
          [
            'Its settings come from a small file in the folder, read once when the tool starts; an option on the',
            'command line wins over the file.',
          ],
          300,
        ),
      ],
    },
    {
      texts: [
        ...running(3),
        head('Command-line actions', 90),
        ...body(
          [
            'The first word on the command line that is not an option is the action. The actions are check, which',
            'reads the files and reports what it finds, build, which also writes the package, and clean, which',
            'removes what an earlier build wrote.',
          ],
          115,
        ),
        ...body(['show prints the settings of the named files, and help prints a summary of the options.'], 170),
      ],
    },
    {
      texts: [
        ...running(4),
        ...body(
          [
            'Exit status: zero when every file was read and checked, one when a file has a problem, two for a',
            'usage error such as an unknown action.',
          ],
          90,
        ),
      ],
    },
  ],
  outline: [
    { title: 'Name', page: 1, y: 180 },
    { title: 'Synopsis', page: 2, y: 118 },
    { title: 'Description', page: 2, y: 208 },
    { title: 'Command-line actions', page: 3, y: 78 },
  ],
};

/** A text op's box in pixels at 200 dpi (PaddleOCR's and Mistral's page images), from its baseline and size. */
function px(t: TextOp, next?: TextOp): number[] {
  const k = 200 / 72;
  const width = t.text.length * t.size * (t.bold ? 0.6 : 0.5);
  const bottom = next ? next.y + 3 : t.y + 3;
  return [t.x, t.y - t.size, t.x + width, bottom].map((v) => Math.round(v * k));
}

/** The page's text ops as blocks: a run of body lines 14 points apart is one paragraph. */
function blocks(texts: TextOp[]): { label: string; text: string; box: number[] }[] {
  const out: { label: string; text: string; box: number[] }[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    if (t.size === 8) out.push({ label: 'header', text: t.text, box: px(t) });
    else if (t.size === 9) out.push({ label: 'footer', text: t.text, box: px(t) });
    else if (t.bold) out.push({ label: 'paragraph_title', text: t.text, box: px(t) });
    else {
      let j = i;
      while (j + 1 < texts.length && texts[j + 1].size === 10 && texts[j + 1].y - texts[j].y === 14) j++;
      const lines = texts.slice(i, j + 1);
      const box = px(t, lines[lines.length - 1]);
      box[2] = Math.max(...lines.map((l) => px(l)[2]));
      out.push({ label: 'text', text: lines.map((l) => l.text).join(' '), box });
      i = j;
    }
  }
  return out;
}

function paddle(): unknown[] {
  return MANPAGE.pages.map((p, page) => ({
    input_path: 'manpage.pdf',
    page_index: page,
    model_settings: PADDLE_SETTINGS,
    parsing_res_list: blocks(p.texts).map((b, i) => ({
      block_label: b.label,
      block_content: b.text,
      block_bbox: b.box,
      block_id: i,
      block_order: b.label === 'header' || b.label === 'footer' ? null : i + 1,
    })),
  }));
}

function mistral(): unknown {
  return {
    pages: MANPAGE.pages.map((p, page) => {
      const bs = blocks(p.texts);
      // the cover's big "Name" goes to the header field, as the running head "Name" does on the other pages
      const header = page === 0 ? 'Name' : (bs.find((b) => b.label === 'header')?.text ?? null);
      const rest = bs.filter((b) => b.label !== 'header' && b.label !== 'footer' && !(page === 0 && b.text === 'Name'));
      return {
        index: page,
        markdown: rest.map((b) => (b.label === 'paragraph_title' ? `# ${b.text}` : b.text)).join('\n\n'),
        images: [],
        dimensions: { dpi: 200, height: 2200, width: 1700 },
        tables: [],
        hyperlinks: [],
        header,
        footer: bs.find((b) => b.label === 'footer')?.text ?? null,
        confidence_scores: null,
      };
    }),
    model: 'mistral-ocr-2512',
    usage_info: { pages_processed: PAGES, doc_size_bytes: null },
    document_annotation: null,
  };
}

writeFileSync(path.join(OUT, 'manpage.pdf'), buildPdf(MANPAGE));
writeFileSync(path.join(OUT, 'manpage.paddle.json'), `${JSON.stringify(paddle(), null, 1)}\n`);
writeFileSync(path.join(OUT, 'manpage.mistral.json'), `${JSON.stringify(mistral(), null, 1)}\n`);
