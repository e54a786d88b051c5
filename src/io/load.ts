// Reading input from disk: one JSON file, or a folder of per-page JSON files; OCR markup (hOCR, ALTO)
// files and folders are read as text and parsed by their adapters.
// Errors here name the file and say what is wrong; nothing is parsed twice.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, stat as statAsync } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { type ParseError, parse as parseTolerant, printParseErrorCode } from 'jsonc-parser';
import { DocstitchError } from '../model/errors.js';
import { escapeToken } from '../model/pointer.js';
import { openJsonArray, type StreamedArray } from './json-array-stream.js';
import { LIMITS } from './limits.js';

export interface SourceFile {
  /** Path on disk. */
  path: string;
  /** Path relative to the input folder ('' for single-file input): the ref prefix. */
  name: string;
  json: unknown;
  /** The raw text of a markup file (hOCR, ALTO, PAGE XML: see MARKUP_EXTENSIONS); `json` is then undefined. */
  text?: string;
  /** Set when the JSON was cut off and parsed only after closing its open brackets. */
  recoveredFromTruncation?: { closers: string };
  /** The raw bytes of a PDF input (a `.pdf` file, or a file starting `%PDF-`); `json` is then undefined. */
  bytes?: Uint8Array;
  /** The PDF's text layer, read (asynchronously, by src/pdf/index.ts) before the PDF adapter runs. */
  pdf?: import('../pdf/read.js').PdfData;
  /**
   * A large top-level array read element by element (readInput): `json` then holds only its first elements, for
   * detection; an adapter that reads streams takes every element from `streamed.entries()`.
   */
  streamed?: StreamedArray;
}

export interface AdapterInput {
  /** The path the user gave. */
  path: string;
  isFolder: boolean;
  files: SourceFile[];
}

export interface LoadOptions {
  /** Largest input accepted, in bytes (whole folder for folder input). */
  maxBytes: number;
  /** readInput: files from this size up are streamed when their top level is an array (default STREAM_MIN_BYTES). */
  streamMinBytes: number;
}

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/** Load a file or a folder of `.json` files (sorted by natural order of their names). */
export function loadInput(path: string, options: Partial<LoadOptions> = {}): AdapterInput {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    throw new DocstitchError('io', 'no such file or folder', { file: path });
  }
  if (stat.isDirectory()) {
    // A folder of OCR markup (per-page hOCR or ALTO files) is read only when it holds no JSON.
    const json = listJsonFiles(path);
    const names = json.length > 0 ? json : listMarkupFiles(path);
    if (names.length === 0) {
      throw new DocstitchError('empty', 'folder holds no .json files (nor .hocr, .html or .xml files)', { file: path });
    }
    let total = 0;
    for (const n of names) total += statSync(join(path, n)).size;
    if (total > maxBytes) throw tooLarge(path, total, maxBytes);
    return { path, isFolder: true, files: names.map((n) => readInputFile(join(path, n), n)) };
  }
  if (stat.size > maxBytes) throw tooLarge(path, stat.size, maxBytes);
  return { path, isFolder: false, files: [readInputFile(path, '')] };
}

/**
 * Files from this size up whose top level is an array are read element by element (json-array-stream.ts): below
 * it the whole-file path is as fast and the memory is the process' fixed cost anyway.
 */
export const STREAM_MIN_BYTES = 8 * 1024 * 1024;

/**
 * loadInput as the command reads a path: a large JSON file whose top level is an array is opened as a stream
 * (its first elements read, the rest as the adapter asks), anything else loaded whole. Same errors as loadInput:
 * a file the stream reader does not vouch for is read whole again (adapters/index.ts, readWithAdapter).
 */
export function readInput(path: string, options: Partial<LoadOptions> = {}): AdapterInput {
  let stat: ReturnType<typeof statSync> | undefined;
  try {
    stat = statSync(path);
  } catch {
    stat = undefined;
  }
  return (stat && openStreamed(path, stat, options)) ?? loadInput(path, options);
}

/** A large JSON array file opened as a stream (readInput), or undefined when it is to be read whole. */
function openStreamed(
  path: string,
  stat: { isFile(): boolean; size: number },
  options: Partial<LoadOptions>,
): AdapterInput | undefined {
  const streamable =
    stat.isFile() &&
    stat.size >= (options.streamMinBytes ?? STREAM_MIN_BYTES) &&
    stat.size <= (options.maxBytes ?? DEFAULT_MAX_BYTES) &&
    !path.toLowerCase().endsWith('.pdf') &&
    !isMarkupName(path);
  const streamed = streamable ? openJsonArray(path) : undefined;
  if (!streamed) return undefined;
  return { path, isFolder: false, files: [{ path, name: '', json: streamed.head, streamed }] };
}

/** A streamed file read whole instead (the whole-file path's value, or its error). */
export function readWhole(file: SourceFile): SourceFile {
  return file.streamed ? readJsonFile(file.path, file.name) : file;
}

/**
 * loadInput without blocking the event loop while a single file is read (a slow disk, a pipe whose writer is
 * late): a queue worker keeps renewing its job's lock meanwhile. A folder is read as loadInput reads it, a large
 * JSON array file as readInput opens it (a megabyte at a time, each read short: the same errors, and neither the
 * file's text nor its whole parsed tree held at once).
 */
export async function loadInputAsync(path: string, options: Partial<LoadOptions> = {}): Promise<AdapterInput> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let stat: Awaited<ReturnType<typeof statAsync>>;
  try {
    stat = await statAsync(path);
  } catch {
    throw new DocstitchError('io', 'no such file or folder', { file: path });
  }
  if (stat.isDirectory()) return loadInput(path, options);
  if (stat.size > maxBytes) throw tooLarge(path, stat.size, maxBytes);
  // a large array as readInput opens it: its first elements now, the rest a megabyte at a time as the adapter asks
  const streamed = openStreamed(path, stat, options);
  if (streamed) return streamed;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new DocstitchError('io', 'cannot read file', { file: path });
  }
  return { path, isFolder: false, files: [sourceFromBytes(bytes, path, '')] };
}

/** Extensions of the XML/HTML outputs of OCR engines (hOCR, ALTO, PAGE), loaded as text for their adapters. */
export const MARKUP_EXTENSIONS = ['.hocr', '.html', '.htm', '.xhtml', '.xml'];

function isMarkupName(name: string): boolean {
  const lower = name.toLowerCase();
  return MARKUP_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * Read one input file: its bytes once (a named pipe or a device can be read only once), then a PDF by its name
 * or its first bytes, OCR markup by its name, else JSON.
 */
function readInputFile(path: string, name: string): SourceFile {
  return sourceFromBytes(readBytes(path), path, name);
}

/** One input file from its bytes: a PDF by its name or first bytes, OCR markup by its name, else JSON. */
function sourceFromBytes(bytes: Buffer, path: string, name: string): SourceFile {
  if (path.toLowerCase().endsWith('.pdf') || startsLikePdf(bytes)) return pdfSource(bytes, path, name);
  return isMarkupName(path) ? parseMarkupBytes(bytes, path, name) : parseJsonBytes(bytes, path, name);
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new DocstitchError('io', 'cannot read file', { file: path });
  }
}

const PDF_MAGIC = '%PDF-';

/** Whether a file's bytes begin as a PDF does (`%PDF-`), whatever its name. */
function startsLikePdf(bytes: Uint8Array): boolean {
  if (bytes.length < PDF_MAGIC.length) return false;
  for (let i = 0; i < PDF_MAGIC.length; i++) if (bytes[i] !== PDF_MAGIC.charCodeAt(i)) return false;
  return true;
}

function pdfSource(bytes: Buffer, path: string, name: string): SourceFile {
  if (bytes.length === 0) throw new DocstitchError('empty', 'file is empty', { file: path });
  return { path, name, json: undefined, bytes: new Uint8Array(bytes) };
}

/** Read a PDF input's bytes; src/pdf/index.ts reads its text layer before the adapter runs. */
export function readPdfFile(path: string, name: string): SourceFile {
  return pdfSource(readBytes(path), path, name);
}

/** Every markup file below a folder (recursively), relative paths in natural order. */
function listMarkupFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (isMarkupName(entry.name)) out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort(collator.compare);
}

const markupDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Read a markup file as text; parsing is the adapter's (each format has its own parser and checks). */
export function readMarkupFile(path: string, name: string): SourceFile {
  return parseMarkupBytes(readBytes(path), path, name);
}

/** The text of one markup file's bytes (`path` only names it in errors); UTF-8, a byte-order mark skipped. */
export function parseMarkupBytes(bytes: Uint8Array, path: string, name: string): SourceFile {
  let text = markupDecoder.decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new DocstitchError('empty', 'file is empty', { file: path });
  return { path, name, json: undefined, text };
}

function tooLarge(path: string, size: number, max: number): DocstitchError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new DocstitchError('tooLarge', `input is ${mb(size)}, over the ${mb(max)} limit (raise it with --max-size)`, {
    file: path,
  });
}

const collator = new Intl.Collator('en', { numeric: true });
/** The order of a folder's files: natural order of their relative names (page2 before page10). */
export const compareFileNames = collator.compare;

/** Every .json file below a folder (recursively), relative paths in natural order. Sidecars `*.source.json` are skipped. */
export function listJsonFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json') && !entry.name.endsWith('.source.json')) out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort(collator.compare);
}

/** Parse one JSON file; a truncated file is parsed by closing its brackets and flagged (adapters decide whether to accept it). */
export function readJsonFile(path: string, name: string): SourceFile {
  return parseJsonBytes(readBytes(path), path, name);
}

/** Decode and parse the bytes of one JSON file (`path` only names it in errors). */
export function parseJsonBytes(bytes: Uint8Array, path: string, name: string): SourceFile {
  return parseJsonText(decodeJsonText(bytes, path), path, name);
}

/** Parse the text of one JSON file (read from disk or received by `docstitch serve`); same recovery and errors. */
export function parseJsonText(text: string, path: string, name: string): SourceFile {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new DocstitchError('empty', 'file is empty', { file: path });
  let parsed: SourceFile;
  try {
    parsed = { path, name, json: JSON.parse(text) };
  } catch (error) {
    const closers = closersForTruncatedJson(text);
    let recovered: SourceFile | undefined;
    if (closers) {
      try {
        const json = JSON.parse(text.replace(/[\s,]*$/, '') + closers);
        recovered = { path, name, json, recoveredFromTruncation: { closers } };
      } catch {
        // fall through to the error below
      }
    }
    if (!recovered) throw new DocstitchError('json', `invalid JSON: ${describeJsonError(error, text)}`, { file: path });
    parsed = recovered;
  }
  checkDepth(parsed.json, path);
  return parsed;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The text of a JSON file: UTF-8 (a byte-order mark is skipped) or UTF-16 with a byte-order mark.
 * Anything else is named in the error rather than misread ("invalid symbol at line 1").
 */
export function decodeJsonText(bytes: Uint8Array, path: string): string {
  const [b0, b1, b2, b3] = bytes;
  const refuse = (encoding: string) =>
    new DocstitchError('json', `the file is ${encoding}; docstitch reads UTF-8 (or UTF-16 with a byte-order mark)`, {
      file: path,
    });
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) throw refuse('UTF-32LE (byte-order mark FF FE 00 00)');
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) throw refuse('UTF-32BE (byte-order mark 00 00 FE FF)');
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      throw new DocstitchError(
        'json',
        `the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`,
        { file: path },
      );
    }
  }
  // Without a mark, JSON's first character is ASCII, so zero bytes among the first four give the encoding (RFC 4627).
  if (bytes.length >= 4 && (b0 === 0 || b1 === 0)) {
    if (b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0) throw refuse('UTF-32BE without a byte-order mark');
    if (b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0) throw refuse('UTF-32LE without a byte-order mark');
    if (b0 === 0 && b1 !== 0) throw refuse('UTF-16BE without a byte-order mark');
    if (b0 !== 0 && b1 === 0) throw refuse('UTF-16LE without a byte-order mark');
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new DocstitchError(
      'json',
      `not valid UTF-8 (${invalidUtf8Place(bytes)}); docstitch reads UTF-8 (or UTF-16 with a byte-order mark)`,
      {
        file: path,
      },
    );
  }
}

/** "byte B, line L" of the first byte sequence that is not UTF-8 (only on the error path). */
function invalidUtf8Place(bytes: Uint8Array): string {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  let at = 0;
  for (;;) {
    const i = lossy.indexOf('\uFFFD', at);
    if (i < 0) return 'somewhere';
    const prefix = lossy.slice(0, i);
    const offset = Buffer.byteLength(prefix, 'utf8');
    // A real U+FFFD in the file (EF BF BD) is valid UTF-8: look further.
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) {
      return `byte ${offset}, line ${prefix.split('\n').length}`;
    }
    at = i + 1;
  }
}

/** Refuse JSON nested deeper than any parser writes (recursive readers would overflow the stack on it). */
function checkDepth(json: unknown, path: string): void {
  // Fast pass without paths (this runs on every input); the path is found only when the limit is hit.
  const values: unknown[] = [json];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop() as Record<string, unknown>;
    const depth = depths.pop() as number;
    if (depth >= LIMITS.maxJsonDepth) {
      throw new DocstitchError(
        'schema',
        `JSON nested deeper than ${LIMITS.maxJsonDepth} levels (no parser output is)`,
        {
          file: path,
          pointer: pathToDepth(json, LIMITS.maxJsonDepth),
        },
      );
    }
    for (const key in value) {
      const child = value[key];
      if (child !== null && typeof child === 'object') {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
}

/** Pointer of the first container at `depth` (depth first, in document order). */
function pathToDepth(json: unknown, depth: number): string {
  const stack: Array<{ value: unknown; ptr: string; depth: number }> = [{ value: json, ptr: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, ptr, depth: d } = stack.pop() as (typeof stack)[number];
    if (d >= depth) return ptr;
    const children = Object.entries(value as Record<string, unknown>).reverse();
    for (const [key, child] of children) {
      if (child !== null && typeof child === 'object')
        stack.push({ value: child, ptr: `${ptr}/${escapeToken(key)}`, depth: d + 1 });
    }
  }
  return '';
}

/** The brackets that would close a JSON text cut off outside a string, or null when it is not merely truncated. */
export function closersForTruncatedJson(text: string): string | null {
  const stack: string[] = [];
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '[') stack.push(']');
    else if (ch === '{') stack.push('}');
    else if (ch === ']' || ch === '}') {
      if (stack.pop() !== ch) return null;
    }
  }
  if (inString || stack.length === 0) return null;
  return stack.reverse().join('');
}

/** Where and why a JSON text fails to parse: "ValueExpected at line L, column C" (jsonc-parser locates it; V8 often does not). */
function describeJsonError(error: unknown, text: string): string {
  const errors: ParseError[] = [];
  parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return error instanceof Error ? error.message : String(error);
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  const reason = printParseErrorCode(first.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return `${reason} at line ${line}, column ${column}`;
}

export function displayName(input: AdapterInput): string {
  return input.isFolder ? `${basename(input.path)}/` : basename(input.path);
}
