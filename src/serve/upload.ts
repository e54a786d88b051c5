// Turning a request body into the engine's input: a JSON body is one file; a multipart upload is one file
// or a folder of per-page files, named and ordered as the folder reader (src/io/load.ts) names and orders them.
import { createHash } from 'node:crypto';
import { type AdapterInput, compareFileNames, parseJsonText } from '../io/load.js';
import { type Diagnostic, warning } from '../model/element.js';
import { DocstitchError } from '../model/errors.js';

/** A file part of a multipart upload, already read. */
export interface UploadedFile {
  /** The part's file name, which may hold a relative path (`scan/page_2.json`). */
  filename: string;
  text: string;
}

export interface PdfInfo {
  name: string;
  bytes: number;
  sha256: string;
}

export const DEFAULT_BODY_NAME = 'body.json';

/** A JSON body: one file, named by the `name` field. */
export function inputFromJsonBody(text: string, name = DEFAULT_BODY_NAME): AdapterInput {
  return { path: name, isFolder: false, files: [parseJsonText(text, name, '')] };
}

/**
 * Several uploaded files. One file without a folder in its name is a file input; otherwise a folder input
 * whose files are named relative to the folder (a top folder all names share is the folder itself, as when a
 * browser uploads a directory). Like the folder reader, only `.json` files are read and `*.source.json`
 * sidecars skipped, but each skipped file is reported in the warnings.
 */
export function inputFromFiles(uploaded: readonly UploadedFile[]): { input: AdapterInput; warnings: Diagnostic[] } {
  if (uploaded.length === 0) throw new DocstitchError('usage', 'no file in the upload (send it in the field "files")');
  const names = uploaded.map((f) => normalizeName(f.filename));
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) throw new DocstitchError('usage', 'two uploaded files have the same name', { file: n });
    seen.add(n);
  }
  if (uploaded.length === 1 && !names[0].includes('/')) {
    return {
      input: { path: names[0], isFolder: false, files: [parseJsonText(uploaded[0].text, names[0], '')] },
      warnings: [],
    };
  }
  const top = names[0].split('/')[0];
  const shared = names.every((n) => n.includes('/') && n.split('/')[0] === top);
  const folder = shared ? top : 'upload';
  const warnings: Diagnostic[] = [];
  const pages: Array<{ name: string; text: string }> = [];
  uploaded.forEach((file, i) => {
    const name = shared ? names[i].slice(top.length + 1) : names[i];
    if (!name.endsWith('.json') || name.endsWith('.source.json')) {
      const reason = `${folder}/${name}: not read (only .json page files are, and no *.source.json sidecar)`;
      warnings.push(warning('serve.file-not-read', reason));
    } else pages.push({ name, text: file.text });
  });
  if (pages.length === 0) throw new DocstitchError('empty', 'the upload holds no .json files', { file: `${folder}/` });
  pages.sort((a, b) => compareFileNames(a.name, b.name));
  return {
    input: {
      path: folder,
      isFolder: true,
      files: pages.map((p) => parseJsonText(p.text, `${folder}/${p.name}`, p.name)),
    },
    warnings,
  };
}

/** A relative path with `/` separators; absolute paths and `..` are refused (names become refs, never paths on disk). */
function normalizeName(filename: string): string {
  const name = filename.replaceAll('\\', '/').replace(/^(\.\/)+/, '');
  const parts = name.split('/');
  if (name === '' || name.startsWith('/') || parts.some((p) => p === '..' || p === '')) {
    throw new DocstitchError('usage', `file name "${filename}" is not a relative path`);
  }
  return name;
}

/** The PDF part: checked to be a PDF and reported (the engine reads no PDF without a model). */
export function describePdf(name: string, bytes: Uint8Array): PdfInfo {
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') {
    throw new DocstitchError('format', 'the "pdf" field is not a PDF (it does not start with %PDF-)', { file: name });
  }
  return { name, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}
