// Reading structure files, pairing gold with predictions, and printing the scores as a text table.
//
// - readStructureFile: JSON parse + schema check (../model/structure.ts). Unreadable → DocstitchError
//   'io'; not JSON → 'json'; wrong shape → 'schema' with the JSON pointer of the first offending field.
// - evaluatePaths(gold, pred): two files (one document, id = the gold file's name), or two folders. In a
//   folder, a structure file is any file below it named `structure.json` or `*.structure.json`; gold and
//   prediction are paired by identical relative path (id = that path, `/`-separated). A file present on
//   one side only is an 'io' error listing every such file; so is a pair of folders with no structure
//   files, or a file given with a folder ('usage').
// - formatTable: one row per system, columns TEDS, heading F1, level accuracy, paragraph-merge F1,
//   table-merge F1, caption F1, furniture F1; values with three decimals, `n/a` where nothing was scored
//   (macro: no document had the metric; micro: all counts 0).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { DocstitchError } from '../model/errors.js';
import { pointer } from '../model/pointer.js';
import { type Structure, structureSchema } from '../model/structure.js';
import { aggregate, type CorpusPrf, type CorpusScores, type DocumentScores, evaluate } from './metrics.js';

export type Average = 'micro' | 'macro';

export interface DocumentEvaluation {
  /** Relative path of the pair (folder input) or the gold file's name (file input). */
  id: string;
  gold: string;
  pred: string;
  scores: DocumentScores;
}

export interface Evaluation {
  documents: DocumentEvaluation[];
  corpus: CorpusScores;
}

const STRUCTURE_FILE_NAME = 'structure.json';
const STRUCTURE_FILE_SUFFIX = `.${STRUCTURE_FILE_NAME}`;
const DECIMALS = 3;
const NOT_SCORED = 'n/a';
const COLUMN_GAP = '  ';

// ---------------------------------------------------------------- reading

/** Read and validate one structure.json. */
export function readStructureFile(path: string): Structure {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new DocstitchError('io', `cannot read structure file (${errorCode(err)})`, { file: path });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new DocstitchError('json', `not JSON: ${err instanceof Error ? err.message : String(err)}`, { file: path });
  }
  const parsed = structureSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const [first, ...rest] = parsed.error.issues;
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  throw new DocstitchError('schema', `${first.message}${more}`, { file: path, pointer: issuePointer(first.path) });
}

/** A zod issue path as an RFC 6901 pointer ('' for the document itself). */
export function issuePointer(path: readonly PropertyKey[]): string {
  return pointer(...path.map((key) => (typeof key === 'symbol' ? String(key) : key)));
}

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' ? code : String(err);
}

// ---------------------------------------------------------------- pairing

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    throw new DocstitchError('io', 'no such file or folder', { file: path });
  }
}

function isStructureFileName(name: string): boolean {
  return name === STRUCTURE_FILE_NAME || name.endsWith(STRUCTURE_FILE_SUFFIX);
}

const collator = new Intl.Collator('en', { numeric: true });

/** Structure files below a folder, as `/`-separated relative paths in natural order. */
export function listStructureFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (isStructureFileName(entry.name)) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort(collator.compare);
}

/** Gold/prediction pairs for two files or two folders (see the pairing rule at the top of the file). */
export function pairStructureFiles(
  goldPath: string,
  predPath: string,
): Array<{ id: string; gold: string; pred: string }> {
  const goldIsFolder = isFolder(goldPath);
  const predIsFolder = isFolder(predPath);
  if (goldIsFolder !== predIsFolder) {
    throw new DocstitchError('usage', 'give two structure files or two folders, not one of each', {
      file: goldIsFolder ? predPath : goldPath,
    });
  }
  if (!goldIsFolder) return [{ id: basename(goldPath), gold: goldPath, pred: predPath }];

  const goldFiles = listStructureFiles(goldPath);
  const predFiles = listStructureFiles(predPath);
  const predSet = new Set(predFiles);
  const goldSet = new Set(goldFiles);
  const goldOnly = goldFiles.filter((f) => !predSet.has(f));
  const predOnly = predFiles.filter((f) => !goldSet.has(f));
  if (goldOnly.length + predOnly.length > 0) {
    const parts = [
      goldOnly.length > 0 ? `only in gold ${goldPath}: ${goldOnly.join(', ')}` : '',
      predOnly.length > 0 ? `only in prediction ${predPath}: ${predOnly.join(', ')}` : '',
    ];
    throw new DocstitchError('io', `unpaired structure files; ${parts.filter(Boolean).join('; ')}`, {
      file: goldOnly.length > 0 ? goldPath : predPath,
    });
  }
  if (goldFiles.length === 0) {
    throw new DocstitchError('io', `no ${STRUCTURE_FILE_NAME} or *${STRUCTURE_FILE_SUFFIX} files in either folder`, {
      file: goldPath,
    });
  }
  return goldFiles.map((id) => ({ id, gold: join(goldPath, id), pred: join(predPath, id) }));
}

/** Score predictions against gold: per document and over the corpus. For `docstitch eval GOLD PRED`. */
export function evaluatePaths(goldPath: string, predPath: string): Evaluation {
  const documents = pairStructureFiles(goldPath, predPath).map((pair) => ({
    ...pair,
    scores: evaluate(readStructureFile(pair.gold), readStructureFile(pair.pred)),
  }));
  return { documents, corpus: aggregate(documents) };
}

// ---------------------------------------------------------------- the table

interface Column {
  title: string;
  /** The value under an average, or undefined when nothing was scored. */
  value: (scores: CorpusScores, average: Average) => number | undefined;
}

function prfColumn(title: string, pick: (s: CorpusScores) => CorpusPrf): Column {
  return {
    title,
    value: (s, average) => {
      const m = pick(s);
      if (average === 'macro') return m.macro.documents > 0 ? m.macro.f1 : undefined;
      return m.micro.support + m.micro.predicted > 0 ? m.micro.f1 : undefined;
    },
  };
}

const COLUMNS: Column[] = [
  {
    title: 'TEDS',
    value: (s, average) => {
      if (average === 'macro') return s.teds.macro.documents > 0 ? s.teds.macro.teds : undefined;
      return s.teds.micro.goldNodes + s.teds.micro.predNodes > 0 ? s.teds.micro.teds : undefined;
    },
  },
  prfColumn('heading F1', (s) => s.headings),
  {
    title: 'level acc',
    value: (s, average) => {
      if (average === 'macro') return s.levels.macro.documents > 0 ? s.levels.macro.accuracy : undefined;
      return s.levels.micro.total > 0 ? s.levels.micro.accuracy : undefined;
    },
  },
  prfColumn('para-merge F1', (s) => s.paragraphMerges),
  prfColumn('table-merge F1', (s) => s.tableMerges),
  prfColumn('caption F1', (s) => s.captions),
  prfColumn('furniture F1', (s) => s.furniture),
];

function formatValue(value: number | undefined): string {
  return value === undefined ? NOT_SCORED : value.toFixed(DECIMALS);
}

/**
 * A plain aligned text table, one row per system (e.g. "identity", "docstitch"), ending in a newline.
 * `average` picks macro (mean over documents, the default) or micro (pooled counts) values.
 */
export function formatTable(
  rows: ReadonlyArray<{ system: string; scores: CorpusScores }>,
  options: { average?: Average } = {},
): string {
  const average = options.average ?? 'macro';
  const header = ['system', ...COLUMNS.map((c) => c.title)];
  const body = rows.map((r) => [r.system, ...COLUMNS.map((c) => formatValue(c.value(r.scores, average)))]);
  const widths = header.map((h, k) => Math.max(h.length, ...body.map((cells) => cells[k].length)));
  // System names align left, numbers right.
  const line = (cells: string[]) =>
    cells
      .map((cell, k) => (k === 0 ? cell.padEnd(widths[k]) : cell.padStart(widths[k])))
      .join(COLUMN_GAP)
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join(COLUMN_GAP);
  const documents = rows.map((r) => r.scores.documents);
  const counted =
    new Set(documents).size === 1
      ? `${documents[0]} document${documents[0] === 1 ? '' : 's'}`
      : `documents: ${documents.join('/')}`;
  const title = `${average} averages, ${counted}`;
  return `${[title, line(header), rule, ...body.map(line)].join('\n')}\n`;
}
