// Reading input from disk: one JSON file, or a folder of per-page JSON files.
// Errors here name the file and say what is wrong; nothing is parsed twice.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { type ParseError, parse as parseTolerant, printParseErrorCode } from 'jsonc-parser';
import { DocstitchError } from '../model/errors.js';

export interface SourceFile {
  /** Path on disk. */
  path: string;
  /** Path relative to the input folder ('' for single-file input): the ref prefix. */
  name: string;
  json: unknown;
  /** Set when the JSON was cut off and parsed only after closing its open brackets. */
  recoveredFromTruncation?: { closers: string };
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
    const names = listJsonFiles(path);
    if (names.length === 0) throw new DocstitchError('empty', 'folder holds no .json files', { file: path });
    let total = 0;
    for (const n of names) total += statSync(join(path, n)).size;
    if (total > maxBytes) throw tooLarge(path, total, maxBytes);
    return { path, isFolder: true, files: names.map((n) => readJsonFile(join(path, n), n)) };
  }
  if (stat.size > maxBytes) throw tooLarge(path, stat.size, maxBytes);
  return { path, isFolder: false, files: [readJsonFile(path, '')] };
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
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new DocstitchError('io', 'cannot read file', { file: path });
  }
  return parseJsonText(text, path, name);
}

/** Parse the text of one JSON file (read from disk or received by `docstitch serve`); same recovery and errors. */
export function parseJsonText(text: string, path: string, name: string): SourceFile {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new DocstitchError('empty', 'file is empty', { file: path });
  try {
    return { path, name, json: JSON.parse(text) };
  } catch (error) {
    const closers = closersForTruncatedJson(text);
    if (closers) {
      try {
        const json = JSON.parse(text.replace(/[\s,]*$/, '') + closers);
        return { path, name, json, recoveredFromTruncation: { closers } };
      } catch {
        // fall through to the error below
      }
    }
    throw new DocstitchError('json', `invalid JSON: ${describeJsonError(error, text)}`, { file: path });
  }
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
