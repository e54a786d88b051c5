// Property-based fuzzing of the input side, shared by test/fuzz.test.ts (a few hundred cases) and
// scripts/fuzz.ts (`npm run fuzz -- --runs N`). Inputs are the committed fixtures, mutated: fields
// deleted, duplicated or retyped, numbers made huge/negative/out of range, strings emptied or filled
// with awkward unicode, JSON nested deep, the text cut off or re-encoded; markup inputs (hOCR, ALTO, PAGE XML)
// get the same mutations on their elements and attributes. For every case the outcome
// must be one of the documented exit codes (never 70, internal), the accounting must add up, every
// output must validate against its schema, and the same input must give the same output.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { renderOutputs } from '../../src/cli/outputs.js';
import { type AdapterInput, MARKUP_EXTENSIONS, parseJsonBytes, parseMarkupBytes } from '../../src/io/load.js';
import { DocstitchError, EXIT_CODES } from '../../src/model/errors.js';
import { structureSchema } from '../../src/model/structure.js';
import { documentJsonSchema } from '../../src/model/tree-schema.js';
import { stitchSync } from '../../src/pipeline.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** One fuzzing seed: a committed fixture (a file, or a folder of page files) and the format it is. */
export interface Seed {
  name: string;
  format: string;
  isFolder: boolean;
  /** JSON formats carry `json`; markup formats (hOCR, ALTO, PAGE XML) carry their `text`. */
  files: Array<{ name: string; json?: unknown; text?: string }>;
}

const FORMAT_OF_DIR: Record<string, string> = {
  'azure-di': 'azure-di',
  deepseek_ocr: 'deepseek-ocr',
  docling: 'docling',
  dots_ocr: 'dots-ocr',
  marker: 'marker',
  mistral_ocr: 'mistral-ocr',
  paddleocr: 'paddleocr',
  popo: 'popo',
  textract: 'textract',
  unstructured: 'unstructured',
  hocr: 'hocr',
  alto: 'alto',
  page_xml: 'page-xml',
};

const isMarkup = (name: string) => MARKUP_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

function mineruFormat(name: string): string {
  if (name.includes('content_list_v2')) return 'mineru-content-list-v2';
  if (name.includes('content')) return 'mineru-content-list';
  if (name.includes('middle')) return 'mineru-middle';
  return 'mineru-model';
}

/** Every fixture no larger than maxBytes, as a seed (MinerU's middle.json is cut to its first pages). */
export function loadSeeds(maxBytes = 200_000): Seed[] {
  const seeds: Seed[] = [];
  for (const dir of readdirSync(fixtures).sort()) {
    const full = join(fixtures, dir);
    // Only parser outputs are seeds (scanned-source/ holds the pages the OCR fixtures were made from).
    if (!statSync(full).isDirectory() || (dir !== 'mineru' && !(dir in FORMAT_OF_DIR))) continue;
    for (const entry of readdirSync(full).sort()) {
      const path = join(full, entry);
      const format = dir === 'mineru' ? mineruFormat(entry) : FORMAT_OF_DIR[dir];
      if (statSync(path).isDirectory()) {
        const files = readdirSync(path)
          .filter((f) => f.endsWith('.json') || isMarkup(f))
          .sort()
          .map((f) =>
            isMarkup(f)
              ? { name: f, text: readFileSync(join(path, f), 'utf8') }
              : { name: f, json: JSON.parse(readFileSync(join(path, f), 'utf8')) },
          );
        seeds.push({ name: relative(fixtures, path), format, isFolder: true, files });
        continue;
      }
      if (isMarkup(entry)) {
        if (statSync(path).size > maxBytes) continue;
        const text = readFileSync(path, 'utf8');
        seeds.push({ name: relative(fixtures, path), format, isFolder: false, files: [{ name: '', text }] });
        continue;
      }
      if (!entry.endsWith('.json') || entry.endsWith('.source.json')) continue;
      let json: unknown = parseJsonBytes(readFileSync(path), path, '').json;
      if (format === 'mineru-middle') json = firstPages(json, 2);
      else if (format === 'mineru-content-list-v2') json = (json as unknown[]).slice(0, 3);
      else if (statSync(path).size > maxBytes) continue;
      seeds.push({ name: relative(fixtures, path), format, isFolder: false, files: [{ name: '', json }] });
    }
  }
  return seeds;
}

function firstPages(json: unknown, n: number): unknown {
  const root = json as { pdf_info: unknown[] };
  return { ...root, pdf_info: root.pdf_info.slice(0, n) };
}

// ---------------------------------------------------------------------------------------------------
// Mutations

type Path = Array<string | number>;

/** Paths of the nodes of a JSON value (breadth first, at most `limit`), the root first. */
function nodePaths(json: unknown, limit = 4000): Path[] {
  const out: Path[] = [];
  const queue: Array<{ value: unknown; path: Path }> = [{ value: json, path: [] }];
  while (queue.length > 0 && out.length < limit) {
    const { value, path } = queue.shift() as { value: unknown; path: Path };
    out.push(path);
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) queue.push({ value: v, path: [...path, i] });
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) queue.push({ value: v, path: [...path, k] });
    }
  }
  return out;
}

function deepNest(depth: number): unknown {
  let v: unknown = 'deep';
  for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
  return v;
}

/** Values a field may be replaced with: every JSON type, edge numbers, awkward strings, deep nesting. */
export const ODD_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1,
  0.5,
  -0.000001,
  1e9,
  5e6,
  2 ** 53 - 1,
  -(2 ** 53),
  1e308,
  -1e308,
  '',
  ' ',
  'x',
  '12345',
  'NaN',
  'Infinity',
  'one',
  '\u0000\u0001\u001f',
  '\ud800 lone surrogate',
  '🙂 emoji ﷺ \u202e rtl 𝔘𝔫𝔦',
  '<table><tr><td>1</td></tr>',
  '<script>alert(1)</script>',
  '$$ \\frac{1}{0} $$',
  'a'.repeat(5000),
  [],
  [[]],
  {},
  { '': null },
  [0, 0, 0, 0],
  [1e308, -1e308, 0, 1],
  [-5, -5, -1, -1],
  ['1', '2', '3', '4'],
  deepNest(40),
];

/** Replacements that are JSON-text only: Infinity and NaN-like literals JSON.parse turns into numbers. */
const TEXT_LITERALS = ['1e999', '-1e999', '1e-999', '123456789012345678901234567890', '-0'];

export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'retype'; at: number; value: number }
  | { kind: 'number'; at: number; literal: number }
  | { kind: 'deep'; at: number; depth: number };

export type TextMutation =
  | { kind: 'none' }
  | { kind: 'truncate'; at: number }
  | { kind: 'bom'; encoding: 'utf8' | 'utf16le' | 'utf16be' | 'utf32le' | 'utf16le-nobom' }
  | { kind: 'flip'; at: number; byte: number };

export interface Case {
  seed: number;
  /** Read with the seed's format (as with --format) instead of detecting it. */
  forceFormat: boolean;
  mutations: Mutation[];
  text: TextMutation;
}

export function caseArbitrary(seedCount: number): fc.Arbitrary<Case> {
  const at = fc.nat({ max: 1_000_000 });
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at }),
    fc.record({ kind: fc.constant('duplicate' as const), at }),
    fc.record({ kind: fc.constant('retype' as const), at, value: fc.nat({ max: ODD_VALUES.length - 1 }) }),
    fc.record({ kind: fc.constant('number' as const), at, literal: fc.nat({ max: TEXT_LITERALS.length - 1 }) }),
    fc.record({ kind: fc.constant('deep' as const), at, depth: fc.constantFrom(5, 30, 300) }),
  );
  const text: fc.Arbitrary<TextMutation> = fc.oneof(
    { weight: 6, arbitrary: fc.constant({ kind: 'none' as const }) },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.integer({ min: 1, max: 999 }) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('bom' as const),
        encoding: fc.constantFrom(
          'utf8' as const,
          'utf16le' as const,
          'utf16be' as const,
          'utf32le' as const,
          'utf16le-nobom' as const,
        ),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('flip' as const), at, byte: fc.nat({ max: 255 }) }) },
  );
  return fc.record({
    seed: fc.nat({ max: seedCount - 1 }),
    forceFormat: fc.boolean(),
    mutations: fc.array(mutation, { minLength: 0, maxLength: 3 }),
    text,
  });
}

const NUMBER_MARK = '__docstitch_fuzz_number__';

/** Apply the structural mutations to a copy of a JSON value (paths chosen by index modulo the node count). */
function mutateJson(json: unknown, mutations: Mutation[]): { json: unknown; literal?: string } {
  let root: unknown = structuredClone(json);
  let literal: string | undefined;
  for (const m of mutations) {
    // Half the time an object field (most nodes are box coordinates; fields are where types go wrong).
    const all = nodePaths(root);
    const fields = all.filter((p) => typeof p[p.length - 1] === 'string');
    const paths = m.at % 2 === 1 && fields.length > 0 ? fields : all;
    const path = paths[Math.floor(m.at / 2) % paths.length];
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1];
    const parent = parentPath.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], root) as
      | Record<string | number, unknown>
      | unknown[];
    const set = (value: unknown) => {
      if (path.length === 0) root = value;
      else (parent as Record<string | number, unknown>)[key] = value;
    };
    const current = path.length === 0 ? root : (parent as Record<string | number, unknown>)[key];
    if (m.kind === 'delete') {
      if (path.length === 0) continue;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, unknown>)[key];
    } else if (m.kind === 'duplicate') {
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(current));
      else if (Array.isArray(current)) current.push(...structuredClone(current));
    } else if (m.kind === 'retype') set(structuredClone(ODD_VALUES[m.value]));
    else if (m.kind === 'number') {
      set(NUMBER_MARK);
      literal = TEXT_LITERALS[m.literal];
    } else set(deepNest(m.depth));
  }
  return { json: root, literal };
}

/**
 * The structural mutations of a markup file, on its text: an element (a tag and what it holds) deleted
 * or duplicated, an attribute value replaced by an odd one, an opening tag nested deep. Elements are
 * chosen by index modulo the number of opening tags, so every mutation lands somewhere.
 */
function mutateMarkup(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const tags = [...out.matchAll(/<([A-Za-z][\w:.-]*)\b[^>]*>/g)];
    if (tags.length === 0) continue;
    const tag = tags[Math.floor(m.at / 2) % tags.length];
    const start = tag.index ?? 0;
    const name = tag[1];
    const close = out.indexOf(`</${name}>`, start);
    const end = tag[0].endsWith('/>') || close < 0 ? start + tag[0].length : close + name.length + 3;
    const element = out.slice(start, end);
    if (m.kind === 'delete') out = out.slice(0, start) + out.slice(end);
    else if (m.kind === 'duplicate') out = out.slice(0, end) + element + out.slice(end);
    else if (m.kind === 'deep') {
      const open = `<${name}>`.repeat(m.depth);
      out = out.slice(0, start) + open + element + `</${name}>`.repeat(m.depth) + out.slice(end);
    } else {
      // retype / number: an attribute's value (or the element's text) becomes an odd literal
      const odd = m.kind === 'number' ? TEXT_LITERALS[m.literal] : (JSON.stringify(ODD_VALUES[m.value]) ?? 'undefined');
      const attr = /(\w+)="[^"]*"/.exec(tag[0]);
      const escaped = odd.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
      out = attr
        ? out.slice(0, start) + tag[0].replace(attr[0], `${attr[1]}="${escaped}"`) + out.slice(start + tag[0].length)
        : out.slice(0, start + tag[0].length) + escaped + out.slice(start + tag[0].length);
    }
  }
  return out;
}

function encode(text: string, m: TextMutation): Uint8Array {
  const utf8 = Buffer.from(text, 'utf8');
  if (m.kind === 'truncate') return utf8.subarray(0, Math.max(1, Math.floor((utf8.length * m.at) / 1000)));
  if (m.kind === 'flip') {
    const copy = Buffer.from(utf8);
    if (copy.length > 0) copy[m.at % copy.length] = m.byte;
    return copy;
  }
  if (m.kind !== 'bom') return utf8;
  const le = Buffer.from(text, 'utf16le');
  if (m.encoding === 'utf8') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
  if (m.encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  if (m.encoding === 'utf16le-nobom') return le;
  if (m.encoding === 'utf16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
  const codepoints = Array.from(text, (c) => c.codePointAt(0) ?? 0);
  const utf32 = Buffer.alloc(4 + codepoints.length * 4);
  utf32.writeUInt32LE(0xfeff, 0);
  codepoints.forEach((cp, i) => {
    utf32.writeUInt32LE(cp, 4 + i * 4);
  });
  return utf32;
}

/** The bytes of each file of a case. */
export function caseFiles(seed: Seed, c: Case): Array<{ name: string; bytes: Uint8Array }> {
  // Structural mutations go to one file of a folder seed (chosen by the first mutation's index).
  const target = c.mutations.length > 0 ? c.mutations[0].at % seed.files.length : -1;
  return seed.files.map((f, i) => {
    const untouched = i !== target && !(target < 0 && i === 0);
    if (f.text !== undefined) {
      return {
        name: f.name,
        bytes: untouched ? Buffer.from(f.text) : encode(mutateMarkup(f.text, c.mutations), c.text),
      };
    }
    if (untouched) return { name: f.name, bytes: Buffer.from(JSON.stringify(f.json)) };
    const { json, literal } = mutateJson(f.json, c.mutations);
    let text = JSON.stringify(json);
    if (literal !== undefined) text = text.replaceAll(`"${NUMBER_MARK}"`, literal);
    return { name: f.name, bytes: encode(text, c.text) };
  });
}

// ---------------------------------------------------------------------------------------------------
// Running a case and checking the invariants

export interface Outcome {
  /** The exit code the CLI would give. */
  code: number;
  message?: string;
  outputs?: Record<string, string>;
  /** The invariant broken, when one is. */
  violation?: string;
}

const DOCUMENTED = new Set<number>(Object.values(EXIT_CODES));

/** What the CLI does with one input, in memory: exit code, outputs, and any invariant broken. */
export function runCase(seed: Seed, c: Case): Outcome {
  const files = caseFiles(seed, c);
  const path = `fuzz/${seed.name}`;
  let outcome: Outcome;
  try {
    const input: AdapterInput = {
      path,
      isFolder: seed.isFolder,
      files: files.map((f, i) => {
        const file = seed.isFolder ? join(path, f.name) : path;
        return seed.files[i].text !== undefined
          ? parseMarkupBytes(f.bytes, file, f.name)
          : parseJsonBytes(f.bytes, file, f.name);
      }),
    };
    const result = stitchSync(input, { format: c.forceFormat ? seed.format : undefined });
    const outputs = renderOutputs(result, ['tree', 'md', 'structure']);
    outcome = { code: EXIT_CODES.ok, outputs, violation: checkResult(result, outputs) };
  } catch (error) {
    if (error instanceof DocstitchError) {
      outcome = { code: error.exitCode, message: error.toLine() };
      if (/\n/.test(error.toLine())) outcome.violation = 'error message spans several lines';
    } else {
      const e = error as Error;
      outcome = { code: EXIT_CODES.internal, message: `${e?.name}: ${e?.message}\n${e?.stack ?? ''}` };
    }
  }
  if (!DOCUMENTED.has(outcome.code) || outcome.code === EXIT_CODES.internal) {
    outcome.violation ??= `exit code ${outcome.code}`;
  }
  return outcome;
}

function checkResult(result: ReturnType<typeof stitchSync>, outputs: Record<string, string>): string | undefined {
  const a = result.accounting;
  if (a.read !== a.placed + a.dropped) return `accounting: read ${a.read} ≠ placed ${a.placed} + dropped ${a.dropped}`;
  if (result.warnings.some((w) => w.ruleId === 'assemble.accounting')) return 'accounting warning';
  const tree = documentJsonSchema.safeParse(JSON.parse(outputs['document.json']));
  if (!tree.success) return `document.json does not validate: ${tree.error.issues[0]?.message}`;
  const structure = structureSchema.safeParse(JSON.parse(outputs['structure.json']));
  if (!structure.success) return `structure.json does not validate: ${structure.error.issues[0]?.message}`;
  return undefined;
}

/** Run a case twice: the outcome, with a violation when the two runs differ. */
export function runCaseTwice(seed: Seed, c: Case): Outcome {
  const first = runCase(seed, c);
  if (first.violation) return first;
  const second = runCase(seed, c);
  const same =
    first.code === second.code &&
    first.message === second.message &&
    JSON.stringify(first.outputs) === JSON.stringify(second.outputs);
  return same ? first : { ...first, violation: 'the same input gave different outputs' };
}
