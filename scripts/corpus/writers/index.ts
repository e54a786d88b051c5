// The parser-style writers beyond MinerU/dots/middle/hOCR (issue #13 item 2), each with its parser's habits
// (habits.ts) seeded per document and format: Docling, Marker, Mistral OCR, PaddleOCR, Unstructured, MinerU
// content_list_v2, AWS Textract, Azure AI Document Intelligence, DeepSeek-OCR (grounding output).
// `writeParserFormats` writes `<doc>/<format>/<file>` and its gold, and returns what meta.json records:
// per format the habits' rates (`habits.<format>`), how often each was applied (`habitsApplied.<format>`), the
// writer's per-document choice (`writerChoice.<format>`) and the gold counts.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Structure } from '../../../src/model/structure.js';
import type { Lang } from '../blocks.js';
import type { Built } from '../build.js';
import {
  applyFloatHabits,
  applyStackedCut,
  chooseFloatHabits,
  emptyFloatCounts,
  type FloatHabitCounts,
  type FloatHabits,
} from '../float-habits.js';
import {
  applyHabits,
  chooseHabits,
  emptyCounts,
  type HabitCounts,
  type Habits,
  type LevelMode,
  parserLevels,
  type VPage,
} from '../habits.js';
import {
  applyHeadingHabits,
  chooseHeadingHabits,
  emptyHeadingCounts,
  type HeadingHabitCounts,
  type HeadingHabits,
} from '../heading-habits.js';
import {
  applyParaHabits,
  chooseParaHabits,
  emptyParaCounts,
  type ParaHabitCounts,
  type ParaHabits,
} from '../para-habits.js';
import { hashString, makeRng } from '../rng.js';
import {
  applyTableHabits,
  chooseTableHabits,
  emptyTableCounts,
  type TableHabitCounts,
  type TableHabits,
} from '../table-habits.js';
import { emitAzureDi } from './azure-di.js';
import { type Placed, writerGold } from './common.js';
import { emitDeepseek } from './deepseek.js';
import { emitDocling } from './docling.js';
import { emitMarker } from './marker.js';
import { emitMineruV2 } from './mineru-v2.js';
import { emitMistral } from './mistral.js';
import { emitPaddle } from './paddle.js';
import { emitTextract } from './textract.js';
import { emitUnstructured } from './unstructured.js';

export const PARSER_FORMATS = [
  'docling',
  'marker',
  'mistral',
  'paddle',
  'unstructured',
  'mineru-v2',
  'textract',
  'azure-di',
  'deepseek',
] as const;
export type ParserFormat = (typeof PARSER_FORMATS)[number];

/** The input file each format is written to, in `<doc>/<format>/`. */
export const PARSER_FILES: Record<ParserFormat, string> = {
  docling: 'document.json',
  marker: 'marker.json',
  mistral: 'ocr_response.json',
  paddle: 'res.json',
  unstructured: 'elements.json',
  'mineru-v2': 'content_list_v2.json',
  textract: 'analyze_document.json',
  'azure-di': 'analyze_result.json',
  deepseek: 'deepseek_ocr.json',
};

export interface ParserDoc {
  id: string;
  lang: Lang;
  built: Built;
  seed: number;
  /** apply ../table-habits.ts (`--table-habits`) */
  tableHabits?: boolean;
  /** apply ../heading-habits.ts (`--heading-habits`) */
  headingHabits?: boolean;
  /** apply ../para-habits.ts (`--para-habits`) */
  paraHabits?: boolean;
  /** Azure DI results with v4 `sections` (`--azure-sections`, azure-sections.ts) */
  azureSections?: boolean;
  /** apply ../float-habits.ts (`--float-habits`) */
  floatHabits?: boolean;
}

export interface ParserOutput {
  input: unknown;
  gold: Structure;
  habits: Habits;
  applied: HabitCounts;
  choice?: string;
  tables?: { habits: TableHabits; applied: TableHabitCounts };
  headings?: { habits: HeadingHabits; applied: HeadingHabitCounts };
  paras?: { habits: ParaHabits; applied: ParaHabitCounts };
  floats?: { habits: FloatHabits; applied: FloatHabitCounts };
}

/** One document in one parser format, with that parser's habits. */
export function emitParser(f: ParserFormat, doc: ParserDoc, force?: Habits): ParserOutput {
  const habits = force ?? chooseHabits(makeRng((doc.seed ^ hashString(`habits/${f}`)) >>> 0), f);
  const applied = emptyCounts();
  const pages = applyHabits(doc.built.pages, habits, makeRng((doc.seed ^ hashString(`apply/${f}`)) >>> 0), applied);
  const tables = doc.tableHabits ? withTableHabits(f, doc.seed, pages) : undefined;
  // Mistral's Markdown gives each heading on one line, its number with it
  const headings = doc.headingHabits && f !== 'mistral' ? withHeadingHabits(f, doc.seed, pages) : undefined;
  // and a paragraph whole
  const paras = doc.paraHabits && f !== 'mistral' ? withParaHabits(f, doc.seed, pages) : undefined;
  const floats = doc.floatHabits ? withFloatHabits(f, doc.seed, doc.lang, pages) : undefined;
  const rng = makeRng((doc.seed ^ hashString(`writer/${f}`)) >>> 0);
  const levels = parserLevels(pages, habits.levels, rng);
  let r: { input: unknown; placed: Placed[]; choice?: string };
  switch (f) {
    case 'docling':
      r = emitDocling(doc.id, pages, levels);
      break;
    case 'marker':
      r = emitMarker(pages, levels);
      break;
    case 'mistral': {
      const m = emitMistral(pages, levels, rng);
      r = { ...m, choice: `${m.input.model}; furniture ${m.furniture}` };
      break;
    }
    case 'paddle': {
      const p = emitPaddle(doc.id, pages, rng);
      r = { ...p, choice: p.variant };
      break;
    }
    case 'mineru-v2':
      r = emitMineruV2(doc.id, pages);
      break;
    case 'textract': {
      const t = emitTextract(doc.id, pages, rng);
      r = { ...t, choice: t.variant };
      break;
    }
    case 'azure-di': {
      const mode = doc.azureSections ? azureSectionMode(doc.seed) : undefined;
      const treeLevels = mode
        ? parserLevels(pages, mode, makeRng((doc.seed ^ hashString('levels/azure-di')) >>> 0))
        : undefined;
      r = { ...emitAzureDi(pages, treeLevels), ...(mode ? { choice: `sections ${mode}` } : {}) };
      break;
    }
    case 'deepseek': {
      const d = emitDeepseek(pages, rng);
      r = { ...d, choice: `furniture ${d.choice.furniture}; bare headings ${d.choice.bareHeadings}` };
      break;
    }
    case 'unstructured': {
      const u = emitUnstructured(doc.id, doc.lang, pages, rng);
      r = { ...u, choice: `furniture as ${u.furniture}` };
      break;
    }
  }
  return {
    input: r.input,
    gold: writerGold(r.placed),
    habits,
    applied,
    choice: r.choice,
    ...(tables ? { tables } : {}),
    ...(headings ? { headings } : {}),
    ...(paras ? { paras } : {}),
    ...(floats ? { floats } : {}),
  };
}

/**
 * How the document's Azure section tree nests, from its own random stream (the corpora built without
 * `--azure-sections` keep every other choice): mostly right, else every section at one depth, or a quarter of the
 * headings one level off (Azure's layout model decides the tree from the page's look, and errs as the others do).
 */
function azureSectionMode(seed: number): LevelMode {
  const r = makeRng((seed ^ hashString('sections/azure-di')) >>> 0).next();
  return r < 0.6 ? 'right' : r < 0.8 ? 'flat' : 'jitter';
}

/** The float habits of one document in one format, each from its own random stream, applied to its pages. */
function withFloatHabits(f: ParserFormat, seed: number, lang: string, pages: VPage[]) {
  const habits = chooseFloatHabits(makeRng((seed ^ hashString(`float-habits/${f}`)) >>> 0));
  const applied = emptyFloatCounts();
  applyFloatHabits(pages, habits, lang, makeRng((seed ^ hashString(`apply-floats/${f}`)) >>> 0), applied);
  applyStackedCut(pages, habits.stackedCut, makeRng((seed ^ hashString(`apply-stacked/${f}`)) >>> 0), applied);
  return { habits, applied };
}

/** The paragraph habits of one document in one format, each from its own random stream, applied to its pages. */
function withParaHabits(f: ParserFormat, seed: number, pages: VPage[]) {
  const habits = chooseParaHabits(makeRng((seed ^ hashString(`para-habits/${f}`)) >>> 0));
  const applied = emptyParaCounts();
  applyParaHabits(pages, habits, makeRng((seed ^ hashString(`apply-paras/${f}`)) >>> 0), applied);
  return { habits, applied };
}

/** The heading habits of one document in one format, each from its own random stream, applied to its pages. */
function withHeadingHabits(f: ParserFormat, seed: number, pages: VPage[]) {
  const habits = chooseHeadingHabits(makeRng((seed ^ hashString(`heading-habits/${f}`)) >>> 0));
  const applied = emptyHeadingCounts();
  applyHeadingHabits(pages, habits, makeRng((seed ^ hashString(`apply-headings/${f}`)) >>> 0), applied);
  return { habits, applied };
}

/** The table habits of one document in one format, each from its own random stream, applied to its pages. */
function withTableHabits(f: ParserFormat, seed: number, pages: VPage[]) {
  const habits = chooseTableHabits(makeRng((seed ^ hashString(`table-habits/${f}`)) >>> 0));
  const applied = emptyTableCounts();
  applyTableHabits(pages, habits, makeRng((seed ^ hashString(`apply-tables/${f}`)) >>> 0), applied);
  return { habits, applied };
}

const summary = (s: Structure) => ({
  headings: s.headings.length,
  paragraphMerges: s.paragraphMerges.length,
  tableMerges: s.tableMerges.length,
  captions: s.captions.length,
  furniture: s.furniture.length,
});

/**
 * The asked parser formats a document is written in: all of them, or with `sample` K only K consecutive ones of
 * the formats in a ring, starting at the document's index in its build (`rank`; else a hash of its id), so that
 * over a build every format gets an even share of the documents.
 */
export function parserFormatsOf(docId: string, want: Iterable<string>, sample = 0, rank?: number): ParserFormat[] {
  const asked = new Set(want);
  const fs = PARSER_FORMATS.filter((f) => asked.has(f));
  if (!sample || sample >= fs.length) return fs;
  const r = (rank ?? hashString(docId)) % fs.length;
  const kept = new Set([...fs.slice(r), ...fs.slice(0, r)].slice(0, sample));
  return fs.filter((f) => kept.has(f));
}

/**
 * Write the asked parser formats of one document into `dir` (`sample`: see parserFormatsOf); the keys meta.json
 * adds (none when none asked).
 */
export function writeParserFormats(
  dir: string,
  doc: ParserDoc,
  want: Iterable<string>,
  sample = 0,
  rank?: number,
): Record<string, unknown> {
  const formats = parserFormatsOf(doc.id, want, sample, rank);
  if (formats.length === 0) return {};
  const habits: Record<string, unknown> = {};
  const applied: Record<string, unknown> = {};
  const choice: Record<string, string> = {};
  const gold: Record<string, unknown> = {};
  const tables: Record<string, unknown> = {};
  const headingHabits: Record<string, unknown> = {};
  const paraHabits: Record<string, unknown> = {};
  const floatHabits: Record<string, unknown> = {};
  for (const f of formats) {
    const out = emitParser(f, doc);
    mkdirSync(path.join(dir, f), { recursive: true });
    // compact, as the parsers' own JSON dumps mostly are (and the committed slices stay small)
    writeFileSync(path.join(dir, f, PARSER_FILES[f]), `${JSON.stringify(out.input)}\n`);
    writeFileSync(path.join(dir, f, 'gold.structure.json'), `${JSON.stringify(out.gold, null, 1)}\n`);
    habits[f] = out.habits;
    applied[f] = out.applied;
    if (out.choice) choice[f] = out.choice;
    if (out.tables) tables[f] = out.tables;
    if (out.headings) headingHabits[f] = out.headings;
    if (out.paras) paraHabits[f] = out.paras;
    if (out.floats) floatHabits[f] = out.floats;
    gold[f] = summary(out.gold);
  }
  return {
    habits,
    habitsApplied: applied,
    writerChoice: choice,
    goldParsers: gold,
    ...(doc.tableHabits ? { tableHabits: tables } : {}),
    ...(doc.headingHabits ? { headingHabits } : {}),
    ...(doc.paraHabits ? { paraHabits } : {}),
    ...(doc.floatHabits ? { floatHabits } : {}),
  };
}
