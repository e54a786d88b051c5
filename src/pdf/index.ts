// The PDF's part of a run: read the text layer of a PDF input before its adapter runs, and add the
// evidence of a `--pdf` file (or of the PDF input itself) to the parsed document. Asynchronous, because
// pdfjs is; `stitch()` and the command line call it, `stitchSync()` refuses a PDF (usage error).
import type { AdapterInput } from '../io/load.js';
import type { ParsedDocument } from '../model/element.js';
import { DocstitchError } from '../model/errors.js';
import { type AlignReport, applyPdfEvidence } from './align.js';
import { type PdfData, readPdf } from './read.js';

export type { AlignReport } from './align.js';
export { applyPdfEvidence } from './align.js';
export type { PdfData, PdfLine, PdfOutlineEntry, PdfPage } from './read.js';
export { readPdf } from './read.js';

/** Whether an input is a PDF to be read by the PDF adapter (a single file loaded as bytes). */
export function isPdfInput(input: AdapterInput): boolean {
  return !input.isFolder && input.files.length === 1 && input.files[0].bytes !== undefined;
}

/** Read the text layer of a PDF input into its file (`files[0].pdf`), with image boxes. */
export async function preparePdfInput(input: AdapterInput): Promise<PdfData | undefined> {
  if (!isPdfInput(input)) return undefined;
  const file = input.files[0];
  if (!file.pdf) file.pdf = await readPdf(file.bytes as Uint8Array, { images: true }, file.path);
  return file.pdf;
}

/** The document with the PDF's evidence: the `--pdf` file's when given, else a PDF input's own. */
export async function withPdfEvidence(
  doc: ParsedDocument,
  pdf: string | Uint8Array | PdfData | undefined,
): Promise<{ doc: ParsedDocument; report?: AlignReport }> {
  if (pdf === undefined) return { doc };
  const data = typeof pdf === 'string' || pdf instanceof Uint8Array ? await readPdf(pdf) : pdf;
  return applyPdfEvidence(doc, data);
}

/** stitchSync cannot read a PDF: say how to. */
export function refuseSyncPdf(): never {
  throw new DocstitchError(
    'usage',
    'a PDF (--pdf, or a PDF input) is read by the asynchronous stitch(), not stitchSync()',
  );
}
