// `--pdf-dir DIR` (a batch, `queue add`): each input is paired with its source PDF in DIR by base name.
// The rule (docs/scale.md): the input's name without `.json` (a folder input: the folder's name), then the
// same name without a parser's suffix (`_content_list`, `_middle`, `_model`, `_res`); the first `NAME.pdf`
// (or `NAME.PDF`) found in DIR is the document's PDF. `paper.json`, `paper_content_list.json`,
// `paper_middle.json` and a folder `paper/` all pair with `paper.pdf`. An input with no match is stitched
// without a PDF, with a warning naming it; an input that is itself a PDF needs none.
import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { DocstitchError } from '../model/errors.js';
import { isPdfPath } from './doc-job.js';

/** The file-name endings parsers add to a document's name (MinerU's content list, middle and model files, …). */
export const PARSER_SUFFIXES = ['_content_list', '_middle', '_model', '_res'] as const;

/** The names (without `.pdf`) under which an input's PDF is looked for, in order. */
export function pdfCandidates(input: string): string[] {
  const name = basename(resolve(input)).replace(/\.json$/i, '');
  const names = [name];
  for (const suffix of PARSER_SUFFIXES) {
    if (name.endsWith(suffix) && name.length > suffix.length) names.push(name.slice(0, -suffix.length));
  }
  return names;
}

export interface PdfPairing {
  /** The PDF of each input (undefined: none, or the input is a PDF). */
  pdfs: Array<string | undefined>;
  /** One line per input without a PDF. */
  warnings: string[];
}

/** Pair each input with its PDF in `dir` (absolute paths). */
export function pairPdfs(inputs: readonly string[], dir: string): PdfPairing {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
    throw new DocstitchError('io', 'no such folder (--pdf-dir)', { file: dir });
  const pdfs: Array<string | undefined> = [];
  const warnings: string[] = [];
  for (const input of inputs) {
    if (isPdfPath(input)) {
      pdfs.push(undefined);
      continue;
    }
    const names = pdfCandidates(input);
    const found = names
      .flatMap((name) => [`${name}.pdf`, `${name}.PDF`])
      .map((file) => join(dir, file))
      .find((path) => existsSync(path) && statSync(path).isFile());
    pdfs.push(found === undefined ? undefined : resolve(found));
    if (found === undefined)
      warnings.push(
        `${input}: warning: no PDF for it in ${dir} (looked for ${names.map((n) => `${n}.pdf`).join(', ')}); stitched without one`,
      );
  }
  return { pdfs, warnings };
}
