// Every threshold and weight the deterministic engine uses, in one documented object.
// Change them through `stitch(input, { engine: { … } })` or a JSON file given to `--options`; both are
// checked against `engineOptionsSchema`, so a mistyped key or value is an error instead of a silent default.
import { z } from 'zod';
import { DocstitchError } from './model/errors.js';
import { defaultWeights, type Weights, type WeightsInput, weightsInputSchema } from './weights/index.js';

export interface EngineOptions {
  furniture: {
    /** An element whose centre lies above this fraction of the page height is in the top band. */
    topBand: number;
    /** …below this fraction, in the bottom band. */
    bottomBand: number;
    /** Fraction of pages (of one parity, for alternating heads) a text must repeat on to be a running head. */
    minRepeatFraction: number;
    /** …and at least this many times (documents of up to `shortDocumentPages` pages need only 2). */
    minRepeats: number;
    shortDocumentPages: number;
    /** Longest text (characters) still considered a running header/footer. */
    maxLength: number;
    /** A line whose box ends within this fraction of the top (or starts within it of the bottom) is in the margin. */
    marginBand: number;
    /** …and is furniture by position alone when no taller than this and no longer than `maxMarginLength`. */
    maxMarginHeight: number;
    maxMarginLength: number;
  };
  textMerge: {
    /** Merge when the continuation score is at least this (scores are log-odds-like sums). */
    threshold: number;
    /** Highest confidence of "kept apart" when a sentence ends exactly at a column or page break (often a continuation). */
    sentenceAtBreakConfidence: number;
    /** A block whose bottom is within this fraction of the page height of the lowest body block ends its column. */
    columnEndSlack: number;
  };
  tableMerge: {
    threshold: number;
    /** Relative width difference under which two table fragments count as the same width. */
    widthTolerance: number;
  };
  headings: {
    /** Titles longer than this many characters are demoted to text unless numbered. */
    maxTitleLength: number;
    /** Relative line-height difference under which two headings count as the same size. */
    sizeTolerance: number;
  };
  captions: {
    /** Largest vertical gap (fraction of page height) between a caption and its float. */
    maxGap: number;
    threshold: number;
  };
  /** Decisions below this confidence count as unsure (reported, and sent to an LLM in `unsure` mode). */
  unsureBelow: number;
  /**
   * Map each decision's confidence through its stage's calibration (src/weights/calibration.ts, fitted by
   * `npm run fit`) so it is the measured probability of being right. Off: the rules' own confidences.
   */
  calibrate: boolean;
  /** Each stage's feature weights (src/weights/): what each kind of evidence adds to a decision's score. */
  weights: Weights;
}

export const defaultEngineOptions: EngineOptions = {
  furniture: {
    topBand: 0.1,
    bottomBand: 0.9,
    minRepeatFraction: 0.3,
    minRepeats: 3,
    shortDocumentPages: 4,
    maxLength: 160,
    marginBand: 0.05,
    maxMarginHeight: 0.02,
    maxMarginLength: 80,
  },
  textMerge: { threshold: 0.5, columnEndSlack: 0.08, sentenceAtBreakConfidence: 0.6 },
  tableMerge: { threshold: 1, widthTolerance: 0.12 },
  headings: { maxTitleLength: 200, sizeTolerance: 0.12 },
  captions: { maxGap: 0.25, threshold: 0.5 },
  unsureBelow: 0.9,
  calibrate: true,
  weights: defaultWeights,
};

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type EngineOptionsInput = DeepPartial<EngineOptions>;

const fraction = z.number().min(0).max(1);
const nonNegative = z.number().min(0);
const count = z.int().min(0);

/** What `--options` and `stitch(input, { engine })` accept: any subset of EngineOptions, no other key. */
export const engineOptionsSchema = z
  .strictObject({
    furniture: z
      .strictObject({
        topBand: fraction,
        bottomBand: fraction,
        minRepeatFraction: fraction,
        minRepeats: z.int().min(1),
        shortDocumentPages: count,
        maxLength: nonNegative,
        marginBand: fraction,
        maxMarginHeight: fraction,
        maxMarginLength: nonNegative,
      })
      .partial(),
    textMerge: z
      .strictObject({ threshold: z.number(), sentenceAtBreakConfidence: fraction, columnEndSlack: fraction })
      .partial(),
    tableMerge: z.strictObject({ threshold: z.number(), widthTolerance: nonNegative }).partial(),
    headings: z.strictObject({ maxTitleLength: nonNegative, sizeTolerance: nonNegative }).partial(),
    captions: z.strictObject({ maxGap: fraction, threshold: z.number() }).partial(),
    unsureBelow: fraction,
    calibrate: z.boolean(),
    weights: weightsInputSchema,
  })
  .partial();

// Compile-time guard: the schema and the EngineOptions interface name the same keys and types.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const _schemaMatchesEngineOptions: Same<z.infer<typeof engineOptionsSchema>, EngineOptionsInput> = true;

const typeNames: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  object: 'an object',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string')
    return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  return `a ${typeof value}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value;
}

/** What a checked table is called in messages, and its defaults (which name the keys known at a path). */
interface Checked {
  /** "engine option", "weight" */
  noun: string;
  /** "the engine options", "the weights" */
  whole: string;
  defaults: unknown;
}

const ENGINE: Checked = { noun: 'engine option', whole: 'the engine options', defaults: defaultEngineOptions };
const WEIGHTS: Checked = { noun: 'weight', whole: 'the weights', defaults: defaultWeights };

/** One sentence for a zod issue: the option's dotted name, what it must be, what it was. */
function issueMessage(issue: z.core.$ZodIssue, input: unknown, what: Checked): { message: string; path: string[] } {
  const path = issue.path.map(String);
  const name = (keys: string[]) => (keys.length ? `${what.noun} "${keys.join('.')}"` : what.whole);
  if (issue.code === 'unrecognized_keys') {
    const [key] = issue.keys;
    const known = Object.keys(valueAt(what.defaults, path) as object).join(', ');
    const more = issue.keys.length > 1 ? ` (and ${issue.keys.slice(1).join(', ')})` : '';
    return {
      message: `unknown ${name([...path, key])}${more}; known here: ${known}`,
      path: [...path, key],
    };
  }
  const got = describeValue(valueAt(input, issue.path));
  if (issue.code === 'invalid_type') {
    const expected = typeNames[issue.expected] ?? issue.expected;
    return { message: `${name(path)} must be ${expected}, not ${got}`, path };
  }
  if (issue.code === 'too_small')
    return { message: `${name(path)} must be at least ${issue.minimum}, not ${got}`, path };
  if (issue.code === 'too_big') return { message: `${name(path)} must be at most ${issue.maximum}, not ${got}`, path };
  return { message: `${name(path)}: ${issue.message}`, path };
}

/** The first problem of a failed parse as a usage error naming the key (and the file), and how many more. */
function usageError(issues: z.core.$ZodIssue[], input: unknown, what: Checked, file?: string): DocstitchError {
  const [first, ...rest] = issues;
  const { message, path } = issueMessage(first, input, what);
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  const pointer = path.map((key) => `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
  return new DocstitchError('usage', `${message}${more}`, { file, pointer: pointer || undefined });
}

/**
 * The user's engine options, checked: an unknown key, a wrong type or an out-of-range value is a
 * usage error naming the option (and the file, for `--options`), never silently ignored.
 */
export function parseEngineOptions(input: unknown, where: { file?: string } = {}): EngineOptionsInput {
  const parsed = engineOptionsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw usageError(parsed.error.issues, input, ENGINE, where.file);
}

/**
 * A weights file (`--weights`): any subset of each stage's feature weights, checked like the engine options
 * (an unknown stage or feature is a usage error naming it and the file).
 */
export function parseWeights(input: unknown, where: { file?: string } = {}): WeightsInput {
  const parsed = weightsInputSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw usageError(parsed.error.issues, input, WEIGHTS, where.file);
}

/** Defaults overlaid with the user's partial options (checked first: see parseEngineOptions). */
export function resolveEngineOptions(input: EngineOptionsInput = {}): EngineOptions {
  const checked = parseEngineOptions(input);
  const out = structuredClone(defaultEngineOptions) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(checked)) {
    if (key === 'weights' && value && typeof value === 'object') {
      const weights = out.weights as Record<string, object>;
      for (const [stage, table] of Object.entries(value as Record<string, object>))
        weights[stage] = { ...weights[stage], ...table };
    } else if (value && typeof value === 'object') {
      out[key] = { ...(out[key] as object), ...value };
    } else if (value !== undefined) out[key] = value;
  }
  return out as unknown as EngineOptions;
}
